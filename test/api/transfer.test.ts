/**
 * Export and import through the HTTP API: everything out as one file, back in all or
 * nothing, and export → import → export giving the same journal (property-based).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/contracts/export-format.js';
import { INSTRUMENT_IDS } from '../../src/core/measures/instrument.js';
import { SAFETY_STEPS } from '../../src/core/safety/records.js';
import { formatInstant } from '../../src/core/time.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { BODY_STATES, SHIFT_KINDS, STRATEGY_FUNCTIONS, STRATEGY_ROLES } from '../../src/core/vocabulary.js';
import { startHarness, type Harness } from '../harness.js';

type Json = Record<string, unknown>;
const KINDS = ['moments', 'checkins', 'practices', 'shifts'] as const;

/** A clock that moves one second on each reading, so created and updated times differ. */
function tickingClock(start = Date.UTC(2026, 0, 10, 9)) {
  let ms = start;
  return { now: () => formatInstant((ms += 1000), 60) };
}

const exportOf = async (h: Harness): Promise<Json> => (await h.call({ method: 'GET', url: '/api/export' })).json();
const withoutStamp = ({ exportedAt: _e, ...rest }: Json) => rest;
const importInto = (h: Harness, payload: unknown) =>
  h.call({ method: 'POST', url: '/api/import', payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } });
/** What import counts as already present: entries, questionnaires and safety events. */
const byIdCount = (file: Json) => [...KINDS, 'measures', 'safetyEvents'].reduce((n, k) => n + (file[k] as unknown[]).length, 0);

async function ok(res: Awaited<ReturnType<Harness['call']>>, status = 201): Promise<Json> {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json();
}

// ---- generators of a random journal ----

const offset = fc.constantFrom('Z', '+05:30', '-08:00', '+00:00', '+01:00', '-03:30', '+14:00', '+09:45');
const instant = fc
  .tuple(fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 11, 31) }), offset, fc.boolean())
  .map(([ms, off, fraction]) => {
    const minutes = off === 'Z' ? 0 : (off[0] === '-' ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4)));
    const text = formatInstant(ms, minutes);
    const base = off === 'Z' ? `${text.slice(0, -6)}Z` : text;
    return fraction ? base.replace(/(Z|[+-]\d\d:\d\d)$/, '.250$1') : base;
  });
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const note = fc.option(text(120), { nil: null });
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== '' && s.trim().length <= 80);
const recase = (s: string, how: number) => (how === 0 ? s : how === 1 ? s.toUpperCase() : s.toLowerCase());

const momentArb = fc.record(
  {
    occurredAt: instant,
    trigger: fc.tuple(fc.nat(), fc.nat(2)),
    intensity: fc.integer({ min: 0, max: 10 }),
    bodyState: fc.option(fc.constantFrom(...BODY_STATES), { nil: null }),
    thought: fc.option(text(60), { nil: null }),
    followedThought: fc.option(fc.boolean(), { nil: null }),
    recognizedEarly: fc.boolean(),
    handledDifferently: fc.boolean(),
    settledMinutes: fc.option(fc.integer({ min: 0, max: 10080 }), { nil: null }),
    strategies: fc.uniqueArray(fc.tuple(fc.nat(), fc.option(fc.boolean(), { nil: null })), { maxLength: 4, selector: ([i]) => i }),
    note,
  },
  { requiredKeys: ['occurredAt', 'trigger', 'intensity', 'strategies'] },
);
const checkinArb = fc.record(
  {
    occurredAt: instant,
    distress: fc.integer({ min: 0, max: 10 }),
    mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    windowState: fc.option(fc.constantFrom(...BODY_STATES), { nil: null }),
    sleepHours: fc.option(fc.double({ min: 0, max: 24, noNaN: true }), { nil: null }),
    note,
  },
  { requiredKeys: ['occurredAt', 'distress'] },
);
const practiceArb = fc.record(
  { occurredAt: instant, kind: name, minutes: fc.option(fc.integer({ min: 0, max: 1440 }), { nil: null }), note },
  { requiredKeys: ['occurredAt', 'kind'] },
);
const shiftArb = fc
  .record({ occurredAt: instant, kind: fc.constantFrom(...SHIFT_KINDS), note })
  .map((s) => (s.kind === 'own-words' && (s.note === null || s.note.trim() === '') ? { ...s, note: 'In my words' } : s));

/** A GAD-7 (7 items) or PHQ-9 (9 items, so item 9 above 0 records a safety event), answered 0–3 throughout. */
const measureArb = fc.constantFrom(['GAD-7', 7] as const, ['PHQ-9', 9] as const).chain(([instrument, items]) =>
  fc.record(
    { instrument: fc.constant(instrument), answers: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: items, maxLength: items }), takenAt: instant },
    { requiredKeys: ['instrument', 'answers'] },
  ),
);
const planLine = fc.string({ unit: 'grapheme', maxLength: 20 });
const planArb = fc.record(
  {
    steps: fc.record(Object.fromEntries(SAFETY_STEPS.map((s) => [s, fc.array(planLine, { maxLength: 3 })])), { requiredKeys: [] }),
    mattersMost: text(60),
  },
  { requiredKeys: ['steps'] },
);

const journalArb = fc.record({
  person: fc.record({ displayName: text(20), country: fc.constantFrom('GB', 'US', 'IN', 'DE', 'nz') }),
  newStrategies: fc.array(
    fc.record({ name, role: fc.constantFrom(...STRATEGY_ROLES), function: fc.constantFrom(...STRATEGY_FUNCTIONS) }),
    { maxLength: 3 },
  ),
  triggers: fc.array(name, { minLength: 1, maxLength: 4 }),
  moments: fc.array(momentArb, { minLength: 1, maxLength: 6 }),
  checkins: fc.array(checkinArb, { maxLength: 4 }),
  practices: fc.array(practiceArb, { maxLength: 3 }),
  shifts: fc.array(shiftArb, { maxLength: 3 }),
  edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 10 })), { maxLength: 3 }),
  archive: fc.array(fc.nat(), { maxLength: 2 }),
  deletions: fc.array(fc.tuple(fc.constantFrom(...KINDS), fc.nat()), { maxLength: 3 }),
  measures: fc.array(measureArb, { maxLength: 4 }),
  /** Removes one questionnaire for good; a safety event it raised stays. */
  measureDeletion: fc.option(fc.nat(), { nil: null }),
  acknowledge: fc.boolean(),
  plan: fc.option(planArb, { nil: null }),
  schedules: fc.uniqueArray(fc.tuple(fc.constantFrom(...INSTRUMENT_IDS), fc.integer({ min: 1, max: 365 })), { maxLength: 3, selector: ([i]) => i }),
});
type Journal = typeof journalArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes a generated journal through the API, as a person would. */
async function logJournal(h: Harness, j: Journal): Promise<void> {
  await ok(await h.call({ method: 'PATCH', url: '/api/person', payload: j.person }), 200);
  for (const s of j.newStrategies) {
    const res = await h.call({ method: 'POST', url: '/api/toolkit', payload: s });
    if (res.statusCode !== 409) await ok(res);
  }
  const strategies = (await h.call({ method: 'GET', url: '/api/toolkit' })).json().items as Array<{ id: string }>;
  const ids: Record<string, string[]> = { moments: [], checkins: [], practices: [], shifts: [] };
  for (const { trigger: [t, how], strategies: picks, ...m } of j.moments) {
    const uses = picks.map(([i, helped]) => ({ strategyId: strategies[i % strategies.length]!.id, helped }));
    const unique = uses.filter((u, i) => uses.findIndex((v) => v.strategyId === u.strategyId) === i);
    const body = { ...m, trigger: recase(j.triggers[t % j.triggers.length]!, how), strategies: unique };
    ids.moments!.push((await ok(await h.call({ method: 'POST', url: '/api/moments', payload: body }))).id as string);
  }
  for (const kind of ['checkins', 'practices', 'shifts'] as const) {
    for (const e of j[kind]) ids[kind]!.push((await ok(await h.call({ method: 'POST', url: `/api/${kind}`, payload: e }))).id as string);
  }
  for (const [i, intensity] of j.edits) {
    await ok(await h.call({ method: 'PATCH', url: `/api/moments/${ids.moments![i % ids.moments!.length]}`, payload: { intensity } }), 200);
  }
  for (const i of j.archive) {
    await ok(await h.call({ method: 'PATCH', url: `/api/toolkit/${strategies[i % strategies.length]!.id}`, payload: { archived: true } }), 200);
  }
  for (const [kind, i] of j.deletions) {
    const list = ids[kind]!;
    if (list.length > 0) await ok(await h.call({ method: 'DELETE', url: `/api/${kind}/${list.splice(i % list.length, 1)[0]}` }), 200);
  }
  const measureIds: string[] = [];
  for (const m of j.measures) measureIds.push(((await ok(await h.call({ method: 'POST', url: '/api/measures', payload: m }))).measure as Json).id as string);
  if (j.measureDeletion !== null && measureIds.length > 0) {
    await ok(await h.call({ method: 'DELETE', url: `/api/measures/${measureIds[j.measureDeletion % measureIds.length]}` }), 200);
  }
  const events = (await h.call({ method: 'GET', url: '/api/safety/events' })).json().items as Array<{ id: string }>;
  if (j.acknowledge && events[0]) await ok(await h.call({ method: 'POST', url: `/api/safety/events/${events[0].id}/acknowledge` }), 200);
  if (j.plan) await ok(await h.call({ method: 'PUT', url: '/api/safety-plan', payload: j.plan }), 200);
  for (const [instrument, everyDays] of j.schedules) {
    await ok(await h.call({ method: 'PUT', url: `/api/measures/schedules/${instrument}`, payload: { everyDays } }), 200);
  }
}

describe('export', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ clock: tickingClock() });
  });
  afterEach(() => h.close());

  it('holds everything the person logged, and leaves out deleted entries', async () => {
    const s = (await h.call({ method: 'GET', url: '/api/toolkit' })).json().items[0];
    const kept = await ok(await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Work', intensity: 4, strategies: [{ strategyId: s.id, helped: true }] } }));
    const gone = await ok(await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Family', intensity: 9 } }));
    await ok(await h.call({ method: 'POST', url: '/api/checkins', payload: { distress: 3, sleepHours: 7.5 } }));
    await ok(await h.call({ method: 'POST', url: '/api/practices', payload: { kind: 'Therapy session', minutes: 50 } }));
    await ok(await h.call({ method: 'POST', url: '/api/shifts', payload: { kind: 'felt-it-fully' } }));
    await ok(await h.call({ method: 'DELETE', url: `/api/moments/${gone.id}` }), 200);

    const res = await h.call({ method: 'GET', url: '/api/export' });
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="headway-export-\d{4}-\d{2}-\d{2}\.json"$/);
    const file = res.json();
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, person: { country: 'GB' } });
    expect(file.toolkit).toHaveLength(18);
    expect(file.triggers.map((t: Json) => t.name)).toEqual(['Family', 'Work']);
    expect(file.moments.map((m: Json) => m.id)).toEqual([kept.id]);
    expect(file.moments[0]).toMatchObject({ trigger: 'Work', intensity: 4, strategies: [{ name: s.name, helped: true }] });
    expect(file.moments[0]).not.toHaveProperty('deletedAt');
    expect([file.checkins.length, file.practices.length, file.shifts.length]).toEqual([1, 1, 1]);
  });

  it('carries a safety event from a practice note, which an empty journal takes back in', async () => {
    const practice = await ok(await h.call({ method: 'POST', url: '/api/practices', payload: { kind: 'Journalling', note: 'i want to kill myself' } }));
    expect(practice.safety).toBeDefined();
    const file = await ok(await h.call({ method: 'GET', url: '/api/export' }), 200);
    expect((file.safetyEvents as Json[]).map((e) => e.detail)).toEqual([
      { kind: 'crisis-language', entryKind: 'practices', entryId: practice.id, categories: expect.any(Array) },
    ]);
    const target = await startHarness();
    try {
      const added = await ok(await importInto(target, file), 200);
      expect(added.added).toMatchObject({ practices: 1, safetyEvents: 1 });
      const events = (await target.call({ method: 'GET', url: '/api/safety/events' })).json().items as Json[];
      expect(events.map((e) => e.description)).toEqual([expect.stringContaining('a practice')]);
    } finally {
      await target.close();
    }
  });
});

describe('import', () => {
  it('round-trips any journal: export → import into an empty journal → export gives the same file', async () => {
    await fc.assert(
      fc.asyncProperty(journalArb, async (journal) => {
        // In-memory stores: the same adapter code without a disk flush per write, to keep 50 runs quick.
        const source = await startHarness({ clock: tickingClock(), store: await SqliteStore.openFile(':memory:') });
        const target = await startHarness({ clock: tickingClock(Date.UTC(2026, 5, 1)), store: await SqliteStore.openFile(':memory:') });
        try {
          await logJournal(source, journal);
          const file = await exportOf(source);
          expect(file.safetyPlan === null).toBe(journal.plan === null);
          const first = await ok(await importInto(target, file), 200);
          expect(first.replacedToolkit).toBe(true);
          expect(first.safetyPlan).toBe(journal.plan === null ? 'kept' : 'replaced');
          expect(withoutStamp(await exportOf(target))).toEqual(withoutStamp(file));

          const second = await ok(await importInto(target, file), 200);
          expect(second).toEqual({
            added: { toolkit: 0, triggers: 0, moments: 0, checkins: 0, practices: 0, shifts: 0, measures: 0, safetyEvents: 0, schedules: 0 },
            alreadyPresent: byIdCount(file),
            replacedToolkit: false,
            safetyPlan: 'kept',
          });
          expect(withoutStamp(await exportOf(target))).toEqual(withoutStamp(file));
        } finally {
          await source.close();
          await target.close();
        }
      }),
      { numRuns: 50 },
    );
  }, 240_000);

  describe('of a file with problems', () => {
    let h: Harness;
    let file: Json & { moments: Json[]; toolkit: Json[] };
    beforeEach(async () => {
      h = await startHarness({ clock: tickingClock() });
      for (const intensity of [2, 5, 8]) {
        await ok(await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Work', intensity } }));
      }
      file = (await exportOf(h)) as typeof file;
    });
    afterEach(() => h.close());

    async function expectRefused(bad: unknown, paths: string[]): Promise<void> {
      const before = withoutStamp(await exportOf(h));
      const res = await importInto(h, bad);
      expect(res.statusCode).toBe(422);
      const error = res.json().error;
      expect(error.code).toBe('import_invalid');
      expect(error.message).toContain(String(paths.length));
      expect(error.problems.map((p: Json) => p.path).sort()).toEqual([...paths].sort());
      expect(withoutStamp(await exportOf(h))).toEqual(before);
    }

    it('lists every problem of shape with its path, and imports nothing', async () => {
      const moments: Json[] = file.moments.map((m) => ({ ...m, id: crypto.randomUUID() }));
      moments[1] = { ...moments[1], intensity: 11 };
      moments[2] = { ...moments[2], occurredAt: 'yesterday', intensty: 3 };
      await expectRefused({ ...file, moments, checkins: [{ distress: 'high' }] }, [
        'moments[1].intensity',
        'moments[2].occurredAt',
        'moments[2].intensty',
        'checkins[0].id',
        'checkins[0].occurredAt',
        'checkins[0].distress',
        'checkins[0].mood',
        'checkins[0].windowState',
        'checkins[0].sleepHours',
        'checkins[0].note',
        'checkins[0].createdAt',
        'checkins[0].updatedAt',
      ]);
    });

    it('lists every broken reference with its path, and imports nothing', async () => {
      const moments: Json[] = file.moments.map((m) => ({ ...m, id: crypto.randomUUID() }));
      moments[0] = { ...moments[0], strategies: [{ name: 'Not in the toolkit', helped: null }] };
      moments[2] = { ...moments[2], trigger: 'Unknown trigger', id: moments[1]!.id };
      const toolkit = [...file.toolkit, { ...file.toolkit[0], name: String(file.toolkit[0]!.name).toUpperCase() }];
      await expectRefused({ ...file, moments, toolkit }, [
        'toolkit[18].name',
        'moments[0].strategies[0].name',
        'moments[2].id',
        'moments[2].trigger',
      ]);
    });

    it('refuses a file mixing a bad value and a broken reference, and imports nothing', async () => {
      const moments: Json[] = file.moments.map((m) => ({ ...m, id: crypto.randomUUID() }));
      moments[1] = { ...moments[1], intensity: 11 };
      moments[2] = { ...moments[2], strategies: [{ name: 'Not in the toolkit', helped: true }] };
      const before = withoutStamp(await exportOf(h));
      const res = await importInto(h, { ...file, moments });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'import_invalid', field: 'moments[1].intensity' });
      expect(res.json().error.problems).toContainEqual(expect.objectContaining({ path: 'moments[1].intensity' }));
      expect(withoutStamp(await exportOf(h))).toEqual(before);
    });

    it('lists every questionnaire answer that would not score with its path, and imports nothing', async () => {
      await ok(await h.call({ method: 'POST', url: '/api/measures', payload: { instrument: 'GAD-7', answers: [0, 1, 2, 3, 0, 1, 2] } }));
      const withMeasure = (await exportOf(h)) as Json & { measures: Json[] };
      const measures = [
        { ...withMeasure.measures[0], id: crypto.randomUUID(), answers: [0, 1, 2, 3, 0, 1] },
        { ...withMeasure.measures[0], id: crypto.randomUUID(), answers: [0, 1, 2, 3, 0, 1, 9] },
      ];
      await expectRefused({ ...withMeasure, measures }, ['measures[0].answers[6]', 'measures[1].answers[6]']);
    });

    it('refuses a file from a newer Headway, saying so', async () => {
      const res = await importInto(h, { ...file, version: 3 });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'import_invalid', field: 'version', problems: [{ path: 'version' }] });
      expect(res.json().error.message).toContain('newer Headway');
    });

    it('refuses a body that is not JSON', async () => {
      const res = await h.call({ method: 'POST', url: '/api/import', payload: '{"format": "headway.export",', headers: { 'content-type': 'application/json' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_json');
      expect((await importInto(h, { format: 'something else' })).json().error.code).toBe('import_invalid');
    });
  });
});
