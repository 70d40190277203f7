/**
 * Bad input never breaks the server or the journal. At least 1,000 random and malformed
 * bodies go to every write endpoint — anything at all, the right keys with wrong types,
 * out-of-range values, huge strings and unknown keys, text that is not JSON, and the wrong
 * content types — and every answer is either a success or a client error in the one error
 * shape, naming the field it is about, with the database exactly as it was.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, errorBodySchema } from '../../src/contracts/errors.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { INSTRUMENT_IDS } from '../../src/core/measures/instrument.js';
import { SAFETY_STEPS } from '../../src/core/safety/records.js';
import { BODY_STATES, SHIFT_KINDS, STRATEGY_FUNCTIONS, STRATEGY_ROLES } from '../../src/core/vocabulary.js';
import { STATUS } from '../../src/server/http-errors.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { startHarness, type Harness } from '../harness.js';

const RUNS = 1000;
const P = LOCAL_PERSON_ID;
type Fields = Record<string, fc.Arbitrary<unknown>>;
interface Body {
  payload: string | undefined;
  contentType: string | undefined;
}
interface Target {
  method: 'POST' | 'PATCH' | 'PUT';
  url: string;
  fields: Fields;
  /** Deeper mutations of a valid body, where one exists. */
  extra?: fc.Arbitrary<unknown>;
  /** More state to fingerprint: the entry a PATCH is aimed at. */
  watch?: () => Promise<unknown>;
}

// ---- values ----

const uuid = fc.uuid();
const instant = fc.constantFrom('2026-03-01T10:00:00+01:00', '2025-12-31T23:59:59Z', '2024-02-29T12:00:00.5-08:00');
const shortText = fc.string({ maxLength: 30 });
const wrongType = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.double(),
  shortText,
  fc.constant(null),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const badNumber = fc.oneof(
  fc.integer({ min: -1e9, max: -1 }),
  fc.integer({ min: 6, max: 1e12 }),
  fc.double({ noNaN: true }),
  fc.constantFrom(0.5, -0, 1e308, -1e308, 2 ** 53 + 2, 10.000001, 5e-324),
);
const hugeString = fc.oneof(
  fc.nat({ max: 6000 }).map((n) => 'é'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(' '.repeat(100), '\u0000', '\ud800', 'x'.repeat(100_000), '2026-02-30T10:00:00Z', 'own-words'),
);
/** A key's valid value most often, otherwise anything that may break it. */
const wild = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 4, arbitrary: valid }, wrongType, badNumber, hugeString, fc.anything({ maxDepth: 2 }));
const unknownKeys = fc.dictionary(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 });

function shaped(fields: Fields): fc.Arbitrary<unknown> {
  const model = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, wild(v)]));
  return fc
    .tuple(fc.record(model, { requiredKeys: [] }), fc.option(unknownKeys, { freq: 4 }))
    .map(([known, extra]) => (extra ? { ...extra, ...known } : known));
}

// ---- bodies ----

const asJson = (value: unknown): Body => ({ payload: JSON.stringify(value), contentType: 'application/json' });
const CONTENT_TYPES = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
  'text/html',
  'application/octet-stream',
  'application/jsonp',
  'image/png',
  'application/vnd.api+json',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  undefined,
];
const NOT_JSON = ['', '{', '{"a":}', "{'note': 1}", 'undefined', 'NaN', '[1,]', '\u0000', '{"a":1}}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}'];

function bodies(target: Target): fc.Arbitrary<Body> {
  const good = target.extra ? fc.oneof(shaped(target.fields), target.extra) : shaped(target.fields);
  return fc.oneof(
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }).map(asJson) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map(asJson) },
    { weight: 8, arbitrary: good.map(asJson) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom(...NOT_JSON),
        fc.string({ maxLength: 40 }),
        fc.tuple(good, fc.nat()).map(([v, n]) => { const s = JSON.stringify(v); return s.slice(0, n % s.length); }),
      ).map((payload): Body => ({ payload, contentType: 'application/json' })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.oneof(good.map((v) => JSON.stringify(v)), fc.string({ maxLength: 40 })), fc.constantFrom(...CONTENT_TYPES))
        .map(([payload, contentType]): Body => ({ payload, contentType })),
    },
  );
}
const EXAMPLES: Body[] = [
  { payload: undefined, contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '[]', contentType: 'application/json' },
  { payload: '{}', contentType: 'application/json' },
  { payload: 'note=hi', contentType: 'application/x-www-form-urlencoded' },
  { payload: JSON.stringify({ note: 'x'.repeat(1_100_000) }), contentType: 'application/json' },
];

// ---- the endpoints ----

async function strategyIds(h: Harness): Promise<string[]> {
  return (await h.store.listStrategies(P)).map((s) => s.id);
}

const entryFields = async (h: Harness): Promise<Record<string, Fields>> => {
  const strategy = fc.record({ strategyId: fc.oneof(fc.constantFrom(...(await strategyIds(h))), uuid), helped: wild(fc.boolean()) }, { requiredKeys: [] });
  return {
    moments: {
      occurredAt: instant, trigger: shortText, intensity: fc.integer({ min: 0, max: 10 }),
      bodyState: fc.constantFrom(...BODY_STATES), thought: shortText, followedThought: fc.boolean(),
      recognizedEarly: fc.boolean(), handledDifferently: fc.boolean(), settledMinutes: fc.nat(10080),
      strategies: fc.array(wild(strategy), { maxLength: 3 }), note: shortText,
    },
    checkins: { occurredAt: instant, distress: fc.nat(10), mood: fc.integer({ min: 1, max: 5 }), windowState: fc.constantFrom(...BODY_STATES), sleepHours: fc.double({ min: 0, max: 24, noNaN: true }), note: shortText },
    practices: { occurredAt: instant, kind: shortText, minutes: fc.nat(1440), note: shortText },
    shifts: { occurredAt: instant, kind: fc.constantFrom(...SHIFT_KINDS), note: shortText },
  };
};

async function logOneOfEach(h: Harness): Promise<Record<string, string>> {
  const [s] = await strategyIds(h);
  const bodies: Record<string, object> = {
    moments: { trigger: 'Work', intensity: 6, strategies: [{ strategyId: s, helped: true }], note: 'n' },
    checkins: { distress: 4, mood: 3 },
    practices: { kind: 'Therapy session', minutes: 50 },
    shifts: { kind: 'own-words', note: 'I paused' },
  };
  const ids: Record<string, string> = {};
  for (const [kind, body] of Object.entries(bodies)) ids[kind] = (await h.call({ method: 'POST', url: `/api/${kind}`, payload: body })).json().id;
  return ids;
}

const ENDPOINTS: Record<string, (h: Harness) => Promise<Target>> = {
  'POST /api/moments': async (h) => ({ method: 'POST', url: '/api/moments', fields: (await entryFields(h)).moments! }),
  'POST /api/checkins': async (h) => ({ method: 'POST', url: '/api/checkins', fields: (await entryFields(h)).checkins! }),
  'POST /api/practices': async (h) => ({ method: 'POST', url: '/api/practices', fields: (await entryFields(h)).practices! }),
  'POST /api/shifts': async (h) => ({ method: 'POST', url: '/api/shifts', fields: (await entryFields(h)).shifts! }),
  'POST /api/toolkit': async () => ({
    method: 'POST', url: '/api/toolkit',
    fields: { name: fc.oneof(shortText, fc.constantFrom('slow BREATHING', ' Music ')), role: fc.constantFrom(...STRATEGY_ROLES), function: fc.constantFrom(...STRATEGY_FUNCTIONS) },
  }),
  'POST /api/import': async (h) => {
    await logOneOfEach(h);
    const file = (await h.call({ method: 'GET', url: '/api/export' })).json() as Record<string, unknown>;
    const fields = Object.fromEntries(Object.entries(file).map(([k, v]) => [k, fc.constant(v)]));
    const lists = ['toolkit', 'triggers', 'moments', 'checkins', 'practices', 'shifts'];
    const extra = fc
      .tuple(fc.constantFrom(...lists), fc.string({ maxLength: 12 }), wild(fc.constant(null)), fc.boolean())
      .map(([list, key, value, known]) => {
        const [first, ...rest] = file[list] as Array<Record<string, unknown>>;
        const keys = Object.keys(first ?? {});
        const k = known && keys.length > 0 ? keys[key.length % keys.length]! : key;
        return { ...file, [list]: [{ ...first, [k]: value }, ...rest] };
      });
    return { method: 'POST', url: '/api/import', fields, extra };
  },
  ...Object.fromEntries(
    (['moments', 'checkins', 'practices', 'shifts'] as const).map((kind) => [
      `PATCH /api/${kind}/:id`,
      async (h: Harness): Promise<Target> => {
        const id = (await logOneOfEach(h))[kind]!;
        return { method: 'PATCH', url: `/api/${kind}/${id}`, fields: (await entryFields(h))[kind]!, watch: () => h.store.getEntry(kind, P, id as never) };
      },
    ]),
  ),
  'PATCH /api/toolkit/:id': async (h) => ({
    method: 'PATCH', url: `/api/toolkit/${(await strategyIds(h))[0]}`,
    fields: { name: fc.oneof(shortText, fc.constant('Music')), role: fc.constantFrom(...STRATEGY_ROLES), function: fc.constantFrom(...STRATEGY_FUNCTIONS), archived: fc.boolean() },
  }),
  'PATCH /api/triggers/:id': async (h) => {
    await logOneOfEach(h);
    await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Family', intensity: 2 } });
    const trigger = (await h.store.listTriggers(P)).find((t) => t.name === 'Work')!;
    return { method: 'PATCH', url: `/api/triggers/${trigger.id}`, fields: { name: fc.oneof(shortText, fc.constant('FAMILY')) } };
  },
  'POST /api/measures': async () => ({
    method: 'POST', url: '/api/measures',
    fields: {
      instrument: fc.constantFrom(...INSTRUMENT_IDS, 'PHQ-8', 'phq-9'),
      answers: fc.oneof(fc.array(fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constant(null)), { maxLength: 30 }), fc.array(fc.nat(3), { minLength: 9, maxLength: 9 })),
      takenAt: fc.oneof(instant, fc.constant('2999-01-01T00:00:00Z')), source: fc.constantFrom('app', 'paper', 'fhir'),
    },
  }),
  'PUT /api/safety-plan': async () => ({
    method: 'PUT', url: '/api/safety-plan',
    fields: {
      steps: fc.dictionary(fc.constantFrom(...SAFETY_STEPS, 'reasons'), fc.array(wild(shortText), { maxLength: 25 }), { maxKeys: 7 }),
      mattersMost: shortText,
    },
  }),
  'PUT /api/measures/schedules/:instrument': async () => ({
    method: 'PUT', url: '/api/measures/schedules/PHQ-9',
    fields: { everyDays: fc.integer({ min: -5, max: 400 }) },
  }),
  'PATCH /api/person': async () => ({
    method: 'PATCH', url: '/api/person',
    fields: { displayName: shortText, country: fc.oneof(fc.constantFrom('GB', 'us', 'GBR', '12', ''), fc.string({ maxLength: 3 })) },
  }),
};

// ---- the property ----

const sent: Record<string, number> = {};
afterAll(() => {
  console.info(`bad-input requests per endpoint: ${JSON.stringify(sent, null, 1)}`);
});

describe('every write endpoint, given random and malformed bodies', () => {
  it.each(Object.keys(ENDPOINTS))('%s never fails on the server side, names the problem and changes nothing', async (name) => {
    // An in-memory store: the same adapter code without a disk flush per write, to keep 16,000 requests quick.
    const h = await startHarness({ store: await SqliteStore.openFile(':memory:') });
    sent[name] = 0;
    try {
      const target = await ENDPOINTS[name]!(h);
      const fingerprint = async () =>
        JSON.stringify(
          await Promise.all([
            h.store.countEntries(P), h.store.listStrategies(P), h.store.listTriggers(P), h.store.getPerson(P), target.watch?.(),
            h.store.listMeasures(P), h.store.getSafetyPlan(P), h.store.listSafetyEvents(P), h.store.listSchedules(P),
          ]),
        );
      let before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(bodies(target), async ({ payload, contentType }) => {
          const res = await h.call({
            method: target.method,
            url: target.url,
            ...(payload !== undefined && { payload }),
            headers: contentType === undefined ? {} : { 'content-type': contentType },
          });
          sent[name]!++;
          expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
          if (res.statusCode < 300) {
            before = await fingerprint();
            return;
          }
          const parsed = errorBodySchema.safeParse(res.json());
          expect(parsed.success, res.body.slice(0, 300)).toBe(true);
          const error = parsed.data!.error;
          expect(ERROR_CODES).toContain(error.code);
          expect(res.statusCode).toBe(STATUS[error.code]);
          expect(error.message.trim()).not.toBe('');
          if (error.code === 'validation_failed') {
            expect(error.field, error.message).toBeTruthy();
            expect(error.message).toContain(error.field);
          }
          if (error.code === 'import_invalid') expect(error.problems?.length).toBeGreaterThan(0);
          expect(await fingerprint()).toBe(before);
        }),
        { numRuns: RUNS, examples: EXAMPLES.map((b) => [b]) },
      );
      expect(sent[name]).toBeGreaterThanOrEqual(1000);
    } finally {
      await h.close();
    }
  }, 60_000);
});
