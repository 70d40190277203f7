/**
 * The behaviour every Store adapter must have. sqlite.test.ts runs it on SQLite always;
 * postgres.test.ts runs it on a real PostgreSQL server.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntryId, MeasureId, PersonId, SafetyEventId, StrategyId, TriggerId } from '../core/ids.js';
import { emptySafetyPlan, type MeasureResponse } from '../core/safety/records.js';
import type { Checkin, Moment, Practice, Shift, Strategy } from '../core/records.js';
import { runBulkEntryContract } from './bulk-entries.contract.js';
import { runTidyAndBinContract } from './tidy-and-bin.contract.js';
import type { Store } from './port.js';

const A = '00000000-0000-4000-8000-00000000000a' as PersonId;
const B = '00000000-0000-4000-8000-00000000000b' as PersonId;
let seq = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
const T0 = '2026-03-01T09:00:00+01:00';

function strategy(name: string, over: Partial<Strategy> = {}): Strategy {
  return { id: uuid() as StrategyId, name, role: 'coping', function: 'soothe', archived: false, createdAt: T0, updatedAt: T0, ...over };
}

function moment(triggerId: TriggerId, over: Partial<Moment> = {}): Moment {
  return {
    id: uuid() as EntryId,
    occurredAt: T0,
    triggerId,
    intensity: 6,
    bodyState: null,
    thought: null,
    followedThought: null,
    recognizedEarly: false,
    handledDifferently: false,
    settledMinutes: null,
    strategies: [],
    note: null,
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    ...over,
  };
}

export function runStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let trigger: TriggerId;

    beforeEach(async () => {
      store = await open();
      for (const id of [A, B]) await store.insertPerson({ id, displayName: '', country: 'GB', createdAt: T0 });
      trigger = uuid() as TriggerId;
      await store.insertTrigger(A, { id: trigger, name: 'Criticism at work', createdAt: T0 });
    });
    afterEach(async () => {
      await store.close();
    });

    it('reads back a person and applies a partial update', async () => {
      await store.updatePerson(A, { country: 'NZ' });
      expect(await store.getPerson(A)).toEqual({ id: A, displayName: '', country: 'NZ', createdAt: T0, therapyStartedOn: null, therapyStartAskedAt: null, welcomedAt: null });
      expect(await store.getPerson('00000000-0000-4000-8000-0000000000ff' as PersonId)).toBeUndefined();
    });

    it('keeps the day therapy began and when it was asked, and clears the day with null', async () => {
      await store.updatePerson(A, { therapyStartedOn: '2026-03-03', therapyStartAskedAt: '2026-03-10T19:00:00+00:00' });
      expect(await store.getPerson(A)).toMatchObject({ country: 'GB', therapyStartedOn: '2026-03-03', therapyStartAskedAt: '2026-03-10T19:00:00+00:00' });
      expect(await store.getPerson(B)).toMatchObject({ therapyStartedOn: null, therapyStartAskedAt: null });
      await store.updatePerson(A, { therapyStartedOn: null });
      expect(await store.getPerson(A)).toMatchObject({ therapyStartedOn: null, therapyStartAskedAt: '2026-03-10T19:00:00+00:00' });
    });

    it('keeps when the first-start screen was done, for that person only', async () => {
      await store.updatePerson(A, { welcomedAt: '2026-12-08T01:40:00+00:00', country: 'JP' });
      expect(await store.getPerson(A)).toMatchObject({ country: 'JP', welcomedAt: '2026-12-08T01:40:00+00:00' });
      expect(await store.getPerson(B)).toMatchObject({ country: 'GB', welcomedAt: null });
      await store.updatePerson(A, { displayName: 'Ana' });
      expect(await store.getPerson(A)).toMatchObject({ welcomedAt: '2026-12-08T01:40:00+00:00' });
    });

    it('finds triggers by name whatever the letter case, and only for their owner', async () => {
      expect((await store.findTriggerByName(A, '  criticism AT work '))?.id).toBe(trigger);
      expect(await store.findTriggerByName(B, 'Criticism at work')).toBeUndefined();
    });

    it('refuses a second trigger with the same name for one person', async () => {
      await expect(store.insertTrigger(A, { id: uuid() as TriggerId, name: 'CRITICISM AT WORK', createdAt: T0 })).rejects.toThrow();
      await store.insertTrigger(B, { id: uuid() as TriggerId, name: 'Criticism at work', createdAt: T0 });
    });

    it('reads moments as the report does: oldest first, the day as the person lived it, names joined, strategies in order', async () => {
      const walk = strategy('Walk');
      const scroll = strategy('Scrolling', { role: 'avoidant', function: 'distract' });
      for (const s of [walk, scroll]) await store.insertStrategy(A, s);
      const other = uuid() as TriggerId;
      await store.insertTrigger(A, { id: other, name: 'Crowds', createdAt: T0 });
      const late = moment(trigger, {
        occurredAt: '2026-03-02T23:30:00-05:00', // 2 March where the person was, 3 March in UTC
        intensity: 8,
        bodyState: 'hypo',
        followedThought: false,
        recognizedEarly: true,
        settledMinutes: 40,
        strategies: [{ strategyId: scroll.id, helped: false }, { strategyId: walk.id, helped: null }],
      });
      const early = moment(other, { occurredAt: '2026-03-01T08:00:00+00:00', handledDifferently: true, strategies: [{ strategyId: walk.id, helped: true }] });
      const deleted = moment(trigger, { occurredAt: '2026-03-01T10:00:00+00:00', deletedAt: T0 });
      const outside = moment(trigger, { occurredAt: '2026-03-10T10:00:00+00:00' });
      for (const m of [late, early, deleted, outside]) await store.insertEntry('moments', A, m);

      const facts = await store.listMomentFacts(A, { since: '2026-03-01', until: '2026-03-02' });
      expect(facts).toEqual([
        {
          ms: Date.parse('2026-03-01T08:00:00Z'), day: '2026-03-01', trigger: 'Crowds', intensity: 6, bodyState: null, settledMinutes: null,
          recognizedEarly: false, followedThought: null, handledDifferently: true, strategies: [{ name: 'Walk', role: 'coping', helped: true }],
        },
        {
          ms: Date.parse('2026-03-03T04:30:00Z'), day: '2026-03-02', trigger: 'Criticism at work', intensity: 8, bodyState: 'hypo', settledMinutes: 40,
          recognizedEarly: true, followedThought: false, handledDifferently: false,
          strategies: [{ name: 'Scrolling', role: 'avoidant', helped: false }, { name: 'Walk', role: 'coping', helped: null }],
        },
      ]);
      expect((await store.listMomentFacts(A, { triggerId: trigger })).map((f) => f.day)).toEqual(['2026-03-02', '2026-03-10']);
      expect(await store.listMomentFacts(B, {})).toEqual([]);
    });

    it('round-trips a moment with every field and its strategies in order', async () => {
      const s1 = strategy('Walk');
      const s2 = strategy('Scrolling', { role: 'avoidant', function: 'distract' });
      const s3 = strategy('Breathing');
      for (const s of [s1, s2, s3]) await store.insertStrategy(A, s);
      const m = moment(trigger, {
        intensity: 9,
        bodyState: 'hyper',
        thought: 'They think I am useless',
        followedThought: false,
        recognizedEarly: true,
        handledDifferently: true,
        settledMinutes: 95,
        note: 'Long day.\nBetter after.',
        strategies: [
          { strategyId: s2.id, helped: false },
          { strategyId: s1.id, helped: true },
          { strategyId: s3.id, helped: null },
        ],
      });
      await store.transaction((tx) => tx.insertEntry('moments', A, m));
      expect(await store.getEntry('moments', A, m.id)).toEqual(m);
      expect(await store.getEntry('moments', B, m.id)).toBeUndefined();
    });

    it('round-trips check-ins, practices and shifts, fractions included', async () => {
      const c: Checkin = { id: uuid() as EntryId, occurredAt: T0, distress: 3, mood: 4, windowState: 'within', sleepHours: 7.5, note: null, createdAt: T0, updatedAt: T0, deletedAt: null };
      const p: Practice = { id: uuid() as EntryId, occurredAt: T0, kind: 'Therapy session', minutes: 50, note: 'hard one', createdAt: T0, updatedAt: T0, deletedAt: null };
      const s: Shift = { id: uuid() as EntryId, occurredAt: T0, kind: 'own-words', note: 'I said no', createdAt: T0, updatedAt: T0, deletedAt: null };
      await store.transaction(async (tx) => {
        await tx.insertEntry('checkins', A, c);
        await tx.insertEntry('practices', A, p);
        await tx.insertEntry('shifts', A, s);
      });
      expect(await store.getEntry('checkins', A, c.id)).toEqual(c);
      expect(await store.getEntry('practices', A, p.id)).toEqual(p);
      expect(await store.getEntry('shifts', A, s.id)).toEqual(s);
    });

    it('lists newest first and filters by the person’s own calendar day', async () => {
      // 23:30 at +14:00 is still the 1st locally, though it is the 28th of February in UTC.
      const early = moment(trigger, { occurredAt: '2026-03-01T00:30:00+14:00' });
      const mid = moment(trigger, { occurredAt: '2026-03-02T08:00:00+01:00' });
      const late = moment(trigger, { occurredAt: '2026-03-03T07:00:00-05:00' });
      for (const m of [mid, late, early]) await store.transaction((tx) => tx.insertEntry('moments', A, m));
      const all = await store.listEntries('moments', A);
      expect(all.map((m) => m.id)).toEqual([late.id, mid.id, early.id]);
      const since = await store.listEntries('moments', A, { since: '2026-03-02' });
      expect(since.map((m) => m.id)).toEqual([late.id, mid.id]);
      const until = await store.listEntries('moments', A, { until: '2026-03-01' });
      expect(until.map((m) => m.id)).toEqual([early.id]);
      expect((await store.listEntries('moments', A, { limit: 1 })).map((m) => m.id)).toEqual([late.id]);
      expect(await store.listEntries('moments', B)).toEqual([]);
    });

    it('hides deleted entries by default, lists them on request, and restores them', async () => {
      const m = moment(trigger);
      await store.transaction((tx) => tx.insertEntry('moments', A, m));
      expect(await store.setEntryDeleted('moments', A, m.id, '2026-03-05T10:00:00Z')).toBe(true);
      expect(await store.listEntries('moments', A)).toEqual([]);
      expect((await store.listEntries('moments', A, { deleted: 'only' })).map((x) => x.id)).toEqual([m.id]);
      expect(await store.setEntryDeleted('moments', B, m.id, null)).toBe(false);
      await store.setEntryDeleted('moments', A, m.id, null);
      expect((await store.listEntries('moments', A)).map((x) => x.id)).toEqual([m.id]);
    });

    it('purges only what was deleted before the cut-off', async () => {
      const old = moment(trigger);
      const recent = moment(trigger);
      for (const m of [old, recent]) await store.transaction((tx) => tx.insertEntry('moments', A, m));
      await store.setEntryDeleted('moments', A, old.id, '2026-01-01T00:00:00Z');
      await store.setEntryDeleted('moments', A, recent.id, '2026-03-01T00:00:00Z');
      expect(await store.transaction((tx) => tx.purgeDeleted('2026-02-01T00:00:00Z'))).toBe(1);
      expect(await store.getEntry('moments', A, old.id)).toBeUndefined();
      expect(await store.getEntry('moments', A, recent.id)).toBeDefined();
    });

    it('compares deletion times as instants, whatever offset they were written in', async () => {
      const m = moment(trigger);
      await store.transaction((tx) => tx.insertEntry('moments', A, m));
      // 10:00 at +14:00 on the 1st is 20:00 UTC on 31 January: before the cut-off.
      await store.setEntryDeleted('moments', A, m.id, '2026-02-01T10:00:00+14:00');
      expect(await store.transaction((tx) => tx.purgeDeleted('2026-02-01T00:00:00Z'))).toBe(1);
    });

    it('replaces a moment’s fields and strategy list', async () => {
      const s1 = strategy('Walk');
      const s2 = strategy('Music');
      for (const s of [s1, s2]) await store.insertStrategy(A, s);
      const m = moment(trigger, { strategies: [{ strategyId: s1.id, helped: true }] });
      await store.transaction((tx) => tx.insertEntry('moments', A, m));
      const edited = { ...m, intensity: 2, note: 'edited', strategies: [{ strategyId: s2.id, helped: null }] };
      await store.transaction((tx) => tx.replaceEntry('moments', A, edited));
      expect(await store.getEntry('moments', A, m.id)).toEqual(edited);
    });

    it('counts strategy uses and will not delete a strategy a moment uses', async () => {
      const used = strategy('Walk');
      const unused = strategy('Music');
      for (const s of [used, unused]) await store.insertStrategy(A, s);
      await store.transaction((tx) => tx.insertEntry('moments', A, moment(trigger, { strategies: [{ strategyId: used.id, helped: null }] })));
      const listed = await store.listStrategies(A);
      expect(listed.find((s) => s.id === used.id)?.uses).toBe(1);
      expect(listed.find((s) => s.id === unused.id)?.uses).toBe(0);
      expect(await store.deleteUnusedStrategy(A, used.id)).toBe(false);
      expect(await store.deleteUnusedStrategy(A, unused.id)).toBe(true);
      expect((await store.listStrategies(A)).map((s) => s.id)).toEqual([used.id]);
    });

    it('lists triggers with their use counts, most used first', async () => {
      const other = uuid() as TriggerId;
      await store.insertTrigger(A, { id: other, name: 'Alone in the evening', createdAt: T0 });
      for (let i = 0; i < 2; i++) await store.transaction((tx) => tx.insertEntry('moments', A, moment(other, { occurredAt: `2026-03-0${i + 2}T10:00:00+00:00` })));
      await store.transaction((tx) => tx.insertEntry('moments', A, moment(trigger)));
      const list = await store.listTriggers(A);
      expect(list.map((t) => [t.name, t.uses, t.lastUsedAt])).toEqual([
        ['Alone in the evening', 2, '2026-03-03T10:00:00+00:00'],
        ['Criticism at work', 1, T0],
      ]);
    });

    it('commits nothing of a unit of work that fails', async () => {
      const m = moment(trigger);
      await expect(
        store.transaction(async (tx) => {
          await tx.insertEntry('moments', A, m);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await store.getEntry('moments', A, m.id)).toBeUndefined();
    });

    it('keeps concurrent units of work independent: one failing does not undo the others', async () => {
      const ok1 = moment(trigger);
      const ok2 = moment(trigger);
      const bad = moment(trigger);
      const results = await Promise.allSettled([
        store.transaction((tx) => tx.insertEntry('moments', A, ok1)),
        store.transaction(async (tx) => {
          await tx.insertEntry('moments', A, bad);
          throw new Error('boom');
        }),
        store.transaction((tx) => tx.insertEntry('moments', A, ok2)),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const ids = (await store.listEntries('moments', A)).map((m) => m.id).sort();
      expect(ids).toEqual([ok1.id, ok2.id].sort());
    });

    it('counts each kind of entry per person, deleted ones included', async () => {
      const m = moment(trigger);
      await store.transaction((tx) => tx.insertEntry('moments', A, m));
      await store.setEntryDeleted('moments', A, m.id, T0);
      expect(await store.countEntries(A)).toEqual({ moments: 1, checkins: 0, practices: 0, shifts: 0 });
      expect(await store.countEntries(B)).toEqual({ moments: 0, checkins: 0, practices: 0, shifts: 0 });
    });
  
    it('keeps questionnaires per person, ordered by when they were taken across offsets, and hides a deleted one', async () => {
      const m = (takenAt: string, answers: number[]): MeasureResponse => ({
        id: uuid() as MeasureId,
        instrument: 'GAD-7',
        takenAt,
        answers,
        source: 'app',
        createdAt: T0,
      });
      const later = m('2026-03-02T08:00:00+00:00', [3, 3, 3, 3, 3, 3, 3]);
      const earlier = m('2026-03-02T08:30:00+05:00', [0, 1, 2, 3, 0, 1, 2]);
      await store.transaction(async (tx) => {
        await tx.insertMeasure(A, later);
        await tx.insertMeasure(A, earlier);
        await tx.insertMeasure(B, { ...m(T0, [0, 0, 0, 0, 0, 0, 0]), instrument: 'PHQ-9' });
      });
      expect(await store.listMeasures(A)).toEqual([earlier, later]);
      expect(await store.listMeasures(A, { instrument: 'PHQ-9' })).toEqual([]);
      expect(await store.getMeasure(B, later.id)).toBeUndefined();
      expect(await store.setMeasureDeleted(B, later.id, T0)).toBe(false);
      expect(await store.setMeasureDeleted(A, later.id, T0)).toBe(true);
      expect((await store.listMeasures(A)).map((x) => x.id)).toEqual([earlier.id]);
    });

    it('saves a safety plan, replaces it whole, and returns an empty one before the first save', async () => {
      expect(await store.getSafetyPlan(A)).toEqual(emptySafetyPlan());
      const plan = { ...emptySafetyPlan(), mattersMost: 'My sister', updatedAt: T0 };
      plan.steps.askForHelp = ['Sam — 07700 900123'];
      await store.transaction((tx) => tx.putSafetyPlan(A, plan));
      const second = { ...plan, mattersMost: 'My sister and the dog', updatedAt: '2026-03-02T09:00:00+01:00' };
      await store.transaction((tx) => tx.putSafetyPlan(A, second));
      expect(await store.getSafetyPlan(A)).toEqual(second);
      expect(await store.getSafetyPlan(B)).toEqual(emptySafetyPlan());
    });

    it('records safety events newest first and acknowledges each once', async () => {
      const measureId = uuid() as MeasureId;
      const first = { id: uuid() as SafetyEventId, occurredAt: T0, acknowledgedAt: null, detail: { kind: 'critical-answer' as const, measureId, instrument: 'PHQ-9' as const, item: 9, value: 1, tier: 'urgent' as const } };
      const second = { id: uuid() as SafetyEventId, occurredAt: '2026-03-03T09:00:00+01:00', acknowledgedAt: null, detail: { kind: 'crisis-language' as const, entryKind: 'moments' as const, entryId: 'x', categories: ['self-harm'] } };
      await store.transaction(async (tx) => {
        await tx.insertSafetyEvent(A, first);
        await tx.insertSafetyEvent(A, second);
      });
      expect(await store.listSafetyEvents(A)).toEqual([second, first]);
      expect(await store.listSafetyEvents(B)).toEqual([]);
      expect(await store.acknowledgeSafetyEvent(A, first.id, T0)).toBe(true);
      expect(await store.acknowledgeSafetyEvent(A, first.id, T0)).toBe(false);
      expect(await store.acknowledgeSafetyEvent(B, second.id, T0)).toBe(false);
      expect((await store.listSafetyEvents(A))[1]?.acknowledgedAt).toBe(T0);
    });

    it('keeps one reminder rhythm per instrument, replaced on a second put', async () => {
      await store.putSchedule(A, { instrument: 'PHQ-9', everyDays: 14 });
      await store.putSchedule(A, { instrument: 'PHQ-9', everyDays: 7 });
      await store.putSchedule(A, { instrument: 'GAD-7', everyDays: 14 });
      expect(await store.listSchedules(A)).toEqual([
        { instrument: 'GAD-7', everyDays: 14 },
        { instrument: 'PHQ-9', everyDays: 7 },
      ]);
      expect(await store.deleteSchedule(A, 'GAD-7')).toBe(true);
      expect(await store.deleteSchedule(A, 'GAD-7')).toBe(false);
      expect(await store.listSchedules(B)).toEqual([]);
    });
  });
  runBulkEntryContract(name, open);
  runTidyAndBinContract(name, open);
}
