/**
 * Bad input never breaks the server or the journal. At least 1,000 random and malformed
 * bodies go to every write endpoint and both imports — anything at all, the right keys
 * with wrong types, out-of-range values, huge strings and unknown keys, text with NUL,
 * controls, lone surrogates and right-to-left marks, bytes that are not UTF-8, text that
 * is not JSON, and the wrong content types — and every answer is either a success or a
 * client error in the one error shape, naming the field it is about, with the database
 * exactly as it was. After a success, every text in the journal is one Headway stores.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, errorBodySchema } from '../../src/contracts/errors.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { INSTRUMENT_IDS } from '../../src/core/measures/instrument.js';
import { SAFETY_STEPS } from '../../src/core/safety/records.js';
import { BODY_STATES, SHIFT_KINDS, STRATEGY_FUNCTIONS, STRATEGY_ROLES } from '../../src/core/vocabulary.js';
import { STATUS } from '../../src/server/http-errors.js';
import { NOT_UTF8_MESSAGE } from '../../src/server/json-body.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { startHarness, type Harness } from '../harness.js';

const RUNS = 1000;
const P = LOCAL_PERSON_ID;
type Fields = Record<string, fc.Arbitrary<unknown>>;
interface Body {
  payload: string | Buffer | undefined;
  contentType: string | undefined;
  /** Bytes that are not UTF-8 inside a JSON body: refused whole, naming the body. */
  notUtf8?: true;
}
interface Target {
  method: 'POST' | 'PATCH' | 'PUT';
  url: string;
  fields: Fields;
  /** Deeper mutations of a valid body, where one exists. */
  extra?: fc.Arbitrary<unknown>;
  /** More state to fingerprint: the entry a PATCH is aimed at. */
  watch?: () => Promise<unknown>;
  /** A valid body with odd text in its text fields, where it has any. */
  text?: fc.Arbitrary<unknown>;
}

// ---- values ----

const uuid = fc.uuid();
const instant = fc.constantFrom('2026-03-01T10:00:00+01:00', '2025-12-31T23:59:59Z', '2024-02-29T12:00:00.5-08:00');
/** Text with what a journal must not store (NUL, C0 and C1 controls, DEL, half an emoji) and what it must keep (lines, combining and right-to-left marks). */
const oddText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom('\u0000', '\u001b[2J', '\u001b]52;c;aGk=\u0007', '\u007f', '\u0085', '\u009b', '\ud800', '\udfff', '\ud83d', '\ude00', '😀', 'e\u0301', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069', '\t', '\n', '\r\n', '\ufeff', '\ufffd', 'שלום'),
      fc.constantFrom('Work', ' ', 'x'),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''));
const shortText = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 30 }) }, oddText);
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
  fc.constantFrom(' '.repeat(100), '\u0000', '\ud800', 'x'.repeat(100_000), '2026-02-30T10:00:00Z', 'own-words', 'x\u0000'.repeat(3000)),
  oddText,
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

/** Sequences that are never UTF-8: a stray continuation byte, an overlong NUL, a surrogate's bytes, a cut-off character, beyond U+10FFFF. */
const NOT_UTF8 = [[0x80], [0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80]].map((b) => Buffer.from(b));

/** A JSON body with bytes that are not UTF-8 put inside one of its strings (or anywhere). */
function notUtf8(good: fc.Arbitrary<unknown>): fc.Arbitrary<Body> {
  return fc.tuple(good, fc.nat(), fc.constantFrom(...NOT_UTF8)).map(([value, n, bytes]): Body => {
    const json = JSON.stringify(value) ?? 'null';
    const quotes = [...json.matchAll(/"/g)].map((m) => (m.index ?? 0) + 1);
    const at = quotes.length > 0 ? quotes[n % quotes.length]! : n % (json.length + 1);
    const payload = Buffer.concat([Buffer.from(json.slice(0, at)), bytes, Buffer.from(json.slice(at))]);
    return { payload, contentType: 'application/json', notUtf8: true };
  });
}

function bodies(target: Target): fc.Arbitrary<Body> {
  const good = target.extra ? fc.oneof(shaped(target.fields), target.extra) : shaped(target.fields);
  return fc.oneof(
    ...(target.text ? [{ weight: 4, arbitrary: target.text.map(asJson) }] : []),
    { weight: 2, arbitrary: notUtf8(good) },
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

// ---- text put where a file holds text ----

/** Paths (dots, list indexes as numbers) of text in an export file, and in a FHIR QuestionnaireResponse. */
const IMPORT_TEXT = ['person.displayName', 'toolkit.0.name', 'triggers.0.name', 'moments.0.trigger', 'moments.0.note', 'moments.0.strategies.0.name', 'checkins.0.note', 'practices.0.kind', 'practices.0.note', 'shifts.0.note', 'safetyPlan.steps.warningSigns.0', 'safetyPlan.mattersMost'];
const FHIR_TEXT = ['id', 'status', 'authored', 'questionnaire', 'item.0.linkId', 'item.0.answer.0.valueCoding.code'];

/** `doc` with odd text at one of `paths` (two paths at once, when a moment's trigger must still name a trigger). */
function textIn(doc: Record<string, unknown>, paths: string[]): fc.Arbitrary<unknown> {
  return fc.tuple(fc.subarray(paths, { minLength: 1, maxLength: Math.min(2, paths.length) }), oddText).map(([chosen, text]) => {
    const copy = structuredClone(doc);
    for (const path of chosen) {
      const keys = path.split('.');
      let at: Record<string, unknown> | undefined = copy;
      for (const k of keys.slice(0, -1)) at = at?.[k] as Record<string, unknown> | undefined;
      if (at !== undefined && at !== null) at[keys.at(-1)!] = text;
    }
    return copy;
  });
}

/** What core/text.ts refuses, worked out here code point by code point. */
function unstorable(text: string): boolean {
  return [...text].some((ch) => {
    const c = ch.codePointAt(0)!;
    return (c < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff);
  });
}

/** Every string in `value`, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

/** A valid body of each entry kind, with odd text in its text fields. */
const ENTRY_TEXT = {
  moments: textIn({ trigger: 'Work', intensity: 5, thought: 't', note: 'n' }, ['trigger', 'thought', 'note']),
  checkins: textIn({ distress: 3, note: 'n' }, ['note']),
  practices: textIn({ kind: 'Yoga', note: 'n' }, ['kind', 'note']),
  shifts: textIn({ kind: 'own-words', note: 'n' }, ['note']),
};

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
  'POST /api/moments': async (h) => ({ method: 'POST', url: '/api/moments', fields: (await entryFields(h)).moments!, text: ENTRY_TEXT.moments }),
  'POST /api/checkins': async (h) => ({ method: 'POST', url: '/api/checkins', fields: (await entryFields(h)).checkins!, text: ENTRY_TEXT.checkins }),
  'POST /api/practices': async (h) => ({ method: 'POST', url: '/api/practices', fields: (await entryFields(h)).practices!, text: ENTRY_TEXT.practices }),
  'POST /api/shifts': async (h) => ({ method: 'POST', url: '/api/shifts', fields: (await entryFields(h)).shifts!, text: ENTRY_TEXT.shifts }),
  'POST /api/toolkit': async () => ({
    method: 'POST', url: '/api/toolkit',
    fields: { name: fc.oneof(shortText, fc.constantFrom('slow BREATHING', ' Music ')), role: fc.constantFrom(...STRATEGY_ROLES), function: fc.constantFrom(...STRATEGY_FUNCTIONS) },
    text: textIn({ name: 'x', role: 'coping', function: 'soothe' }, ['name']),
  }),
  'POST /api/import': async (h) => {
    await logOneOfEach(h);
    await h.call({ method: 'PUT', url: '/api/safety-plan', payload: { steps: { warningSigns: ['Racing thoughts'] }, mattersMost: 'My cat' } });
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
    // New ids, so the entries are added rather than found already present.
    const newEntries = fc.tuple(textIn(file, IMPORT_TEXT), fc.array(fc.uuid({ version: 4 }), { minLength: 4, maxLength: 4 })).map(([doc, ids]) => {
      const copy = doc as Record<string, Array<{ id: string }>>;
      (['moments', 'checkins', 'practices', 'shifts'] as const).forEach((kind, i) => {
        const first = copy[kind]?.[0];
        if (first) first.id = ids[i]!;
      });
      return copy;
    });
    return { method: 'POST', url: '/api/import', fields, extra, text: newEntries };
  },
  'POST /api/fhir/import': async (h) => {
    await h.call({ method: 'POST', url: '/api/measures', payload: { instrument: 'GAD-7', answers: [1, 2, 0, 1, 3, 0, 1], takenAt: '2026-03-01T10:00:00+01:00' } });
    const bundle = (await h.call({ method: 'GET', url: '/api/fhir/Bundle' })).json() as { entry: Array<{ resource: { resourceType: string } }> };
    const response = bundle.entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')!.resource as Record<string, unknown>;
    const fields = Object.fromEntries(Object.entries(response).map(([k, v]) => [k, fc.constant(v)]));
    return { method: 'POST', url: '/api/fhir/import', fields, extra: fc.oneof(textIn(response, FHIR_TEXT), textIn(bundle as unknown as Record<string, unknown>, FHIR_TEXT.map((p) => `entry.1.resource.${p}`))) };
  },
  ...Object.fromEntries(
    (['moments', 'checkins', 'practices', 'shifts'] as const).map((kind) => [
      `PATCH /api/${kind}/:id`,
      async (h: Harness): Promise<Target> => {
        const id = (await logOneOfEach(h))[kind]!;
        return { method: 'PATCH', url: `/api/${kind}/${id}`, fields: (await entryFields(h))[kind]!, watch: () => h.store.getEntry(kind, P, id as never), text: ENTRY_TEXT[kind] };
      },
    ]),
  ),
  'PATCH /api/toolkit/:id': async (h) => ({
    method: 'PATCH', url: `/api/toolkit/${(await strategyIds(h))[0]}`,
    fields: { name: fc.oneof(shortText, fc.constant('Music')), role: fc.constantFrom(...STRATEGY_ROLES), function: fc.constantFrom(...STRATEGY_FUNCTIONS), archived: fc.boolean() },
    text: textIn({ name: 'x' }, ['name']),
  }),
  'PATCH /api/triggers/:id': async (h) => {
    await logOneOfEach(h);
    await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Family', intensity: 2 } });
    const trigger = (await h.store.listTriggers(P)).find((t) => t.name === 'Work')!;
    return { method: 'PATCH', url: `/api/triggers/${trigger.id}`, fields: { name: fc.oneof(shortText, fc.constant('FAMILY')) }, text: textIn({ name: 'x' }, ['name']) };
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
    text: textIn({ steps: { warningSigns: ['x', 'y'], askForHelp: ['z'] }, mattersMost: 'm' }, ['steps.warningSigns.0', 'steps.askForHelp.0', 'mattersMost']),
  }),
  'PUT /api/measures/schedules/:instrument': async () => ({
    method: 'PUT', url: '/api/measures/schedules/PHQ-9',
    fields: { everyDays: fc.integer({ min: -5, max: 400 }) },
  }),
  'PATCH /api/person': async () => ({
    method: 'PATCH', url: '/api/person',
    fields: {
      displayName: shortText,
      country: fc.oneof(fc.constantFrom('GB', 'us', 'GBR', '12', ''), fc.string({ maxLength: 3 })),
      therapyStartedOn: fc.constantFrom('2026-03-03', '2999-01-01', '2026-02-30', '2026-3-3', '', null, 20260303),
      therapyStartAsked: fc.constantFrom(true, false, 'true', null),
    },
    text: textIn({ displayName: 'x', country: 'GB' }, ['displayName']),
  }),
  'POST /api/triggers/:id/merge': async (h) => {
    await logOneOfEach(h);
    await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Family', intensity: 2 } });
    const all = await h.store.listTriggers(P);
    const from = all.find((t) => t.name === 'Work')!.id;
    const into = all.find((t) => t.name === 'Family')!.id;
    return {
      method: 'POST', url: `/api/triggers/${from}/merge`,
      fields: { into: fc.constantFrom(into, from, '00000000-0000-4000-8000-000000000000', 'Family', '', null, 7) },
    };
  },
  'POST /api/person/welcome': async () => ({
    method: 'POST', url: '/api/person/welcome',
    fields: { choice: fc.constantFrom('continue', 'skip', 'later', ''), country: fc.oneof(fc.constantFrom('JP', 'ke', 'GBR', '12', ''), fc.string({ maxLength: 3 })) },
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
      const everything = async () =>
        Promise.all([
          h.store.countEntries(P), h.store.listStrategies(P), h.store.listTriggers(P), h.store.getPerson(P), target.watch?.(),
          h.store.listMeasures(P, { deleted: 'include' }), h.store.listDeletedMeasures(P), h.store.getSafetyPlan(P), h.store.listSafetyEvents(P), h.store.listSchedules(P),
          ...(['moments', 'checkins', 'practices', 'shifts'] as const).map((k) => h.store.listEntries(k, P, { deleted: 'include' })),
        ]);
      const fingerprint = async () => JSON.stringify(await everything());
      let before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(bodies(target), async ({ payload, contentType, notUtf8 }) => {
          const res = await h.call({
            method: target.method,
            url: target.url,
            ...(payload !== undefined && { payload }),
            headers: contentType === undefined ? {} : { 'content-type': contentType },
          });
          sent[name]!++;
          expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
          if (res.statusCode < 300) {
            expect(notUtf8, 'a body that is not UTF-8 was taken').toBeUndefined();
            const stored = strings(await everything());
            expect(stored.filter(unstorable), 'the journal holds text Headway must not store').toEqual([]);
            before = JSON.stringify(await everything());
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
          if (notUtf8) expect([error.code, error.field, error.message]).toEqual(['invalid_json', 'body', NOT_UTF8_MESSAGE]);
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
