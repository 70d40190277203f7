/**
 * The store's bulk entry writes, which an import uses so its transaction holds the write
 * lock only for the writing: prepareEntries (before the transaction), insertEntries and
 * listEntryIds (inside it). Part of the contract suite every adapter must pass
 * (store.contract.ts runs it on SQLite and PostgreSQL).
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntryId, PersonId, StrategyId, TriggerId } from '../core/ids.js';
import type { Checkin, Moment, Practice, Shift, Strategy } from '../core/records.js';
import type { Store } from './port.js';

const A = '00000000-0000-4000-8000-0000000000a1' as PersonId;
const B = '00000000-0000-4000-8000-0000000000b1' as PersonId;
const T0 = '2026-03-01T09:00:00+01:00';
const id = () => randomUUID() as EntryId;

function moment(triggerId: TriggerId, over: Partial<Moment> = {}): Moment {
  return {
    id: id(), occurredAt: T0, triggerId, intensity: 6, bodyState: null, thought: null, followedThought: null, recognizedEarly: false,
    handledDifferently: false, settledMinutes: null, strategies: [], note: null, createdAt: T0, updatedAt: T0, deletedAt: null, ...over,
  };
}

export function runBulkEntryContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract, bulk entry writes: ${name}`, () => {
    let store: Store;
    let trigger: TriggerId;
    let walk: Strategy;
    let scroll: Strategy;

    beforeEach(async () => {
      store = await open();
      for (const p of [A, B]) await store.insertPerson({ id: p, displayName: '', country: 'GB', createdAt: T0 });
      trigger = randomUUID() as TriggerId;
      await store.insertTrigger(A, { id: trigger, name: 'Criticism at work', createdAt: T0 });
      walk = { id: randomUUID() as StrategyId, name: 'Walk', role: 'coping', function: 'move', archived: false, createdAt: T0, updatedAt: T0 };
      scroll = { ...walk, id: randomUUID() as StrategyId, name: 'Scrolling', role: 'avoidant', function: 'distract' };
      for (const s of [walk, scroll]) await store.insertStrategy(A, s);
    });
    afterEach(async () => {
      await store.close();
    });

    it('writes prepared entries of every kind as insertEntry would, moments with their strategies in order', async () => {
      const m1 = moment(trigger, {
        intensity: 9, bodyState: 'hyper', thought: 'They think I am useless', followedThought: false, recognizedEarly: true, handledDifferently: true,
        settledMinutes: 95, note: 'Long day.\nBetter after.', occurredAt: '2026-03-02T23:30:00-05:00',
        strategies: [{ strategyId: scroll.id, helped: false }, { strategyId: walk.id, helped: true }],
      });
      const m2 = moment(trigger, { strategies: [{ strategyId: walk.id, helped: null }], deletedAt: '2026-03-05T10:00:00Z' });
      const c: Checkin = { id: id(), occurredAt: T0, distress: 3, mood: 4, windowState: 'within', sleepHours: 7.5, note: null, createdAt: T0, updatedAt: T0, deletedAt: null };
      const p: Practice = { id: id(), occurredAt: T0, kind: 'Therapy session', minutes: 50, note: 'hard one', createdAt: T0, updatedAt: T0, deletedAt: null };
      const s: Shift = { id: id(), occurredAt: T0, kind: 'own-words', note: 'I said no', createdAt: T0, updatedAt: T0, deletedAt: null };
      const prepared = [
        store.prepareEntries('moments', A, [m1, m2]),
        store.prepareEntries('checkins', A, [c]),
        store.prepareEntries('practices', A, [p]),
        store.prepareEntries('shifts', A, [s]),
      ];
      expect(prepared[0]?.ids).toEqual([m1.id, m2.id]);
      expect(await store.countEntries(A)).toEqual({ moments: 0, checkins: 0, practices: 0, shifts: 0 });
      await store.transaction(async (tx) => {
        for (const rows of prepared) await tx.insertEntries(rows);
      });
      expect(await store.getEntry('moments', A, m1.id)).toEqual(m1);
      expect(await store.getEntry('moments', A, m2.id)).toEqual(m2);
      expect(await store.getEntry('checkins', A, c.id)).toEqual(c);
      expect(await store.getEntry('practices', A, p.id)).toEqual(p);
      expect(await store.getEntry('shifts', A, s.id)).toEqual(s);
      expect(await store.getEntry('moments', B, m1.id)).toBeUndefined();
      // m2 is in "recently deleted": its strategy row is written (getEntry above) but counts in no use.
      expect((await store.listStrategies(A)).map((x) => [x.name, x.uses])).toEqual([['Scrolling', 1], ['Walk', 1]]);
    });

    it('refuses to prepare an entry whose time is not an instant, writing nothing', async () => {
      expect(() => store.prepareEntries('moments', A, [moment(trigger), moment(trigger, { occurredAt: 'yesterday' })])).toThrow();
      expect(await store.countEntries(A)).toEqual({ moments: 0, checkins: 0, practices: 0, shifts: 0 });
    });

    it('leaves out the entries asked, with their strategies, keeping the order of the rest', async () => {
      const ms = [0, 1, 2, 3].map((i) => moment(trigger, { intensity: i, strategies: [{ strategyId: walk.id, helped: i % 2 === 0 }] }));
      const all = store.prepareEntries('moments', A, ms);
      const some = all.without(new Set([ms[1]!.id, ms[3]!.id, id()]));
      expect(some.ids).toEqual([ms[0]!.id, ms[2]!.id]);
      expect(all.ids).toHaveLength(4);
      await store.transaction((tx) => tx.insertEntries(some));
      expect((await store.listEntries('moments', A)).map((m) => m.intensity).sort()).toEqual([0, 2]);
      expect((await store.listStrategies(A)).find((x) => x.name === 'Walk')?.uses).toBe(2);
      await store.transaction((tx) => tx.insertEntries(all.without(new Set(ms.map((m) => m.id)))));
      expect((await store.countEntries(A)).moments).toBe(2);
    });

    it('lists the ids of one person’s entries of one kind, recently deleted ones too', async () => {
      const mine = [moment(trigger), moment(trigger, { deletedAt: '2026-03-05T10:00:00Z' })];
      await store.insertTrigger(B, { id: randomUUID() as TriggerId, name: 'Other', createdAt: T0 });
      const [theirTrigger] = await store.listTriggers(B);
      const theirs = moment(theirTrigger!.id);
      await store.transaction(async (tx) => {
        await tx.insertEntries(store.prepareEntries('moments', A, mine));
        await tx.insertEntry('moments', B, theirs);
      });
      expect((await store.listEntryIds('moments', A)).sort()).toEqual(mine.map((m) => m.id).sort());
      expect(await store.listEntryIds('moments', B)).toEqual([theirs.id]);
      expect(await store.listEntryIds('checkins', A)).toEqual([]);
    });

    it('writes thousands at once, and nothing of them when one cannot be written', async () => {
      const many = Array.from({ length: 2_500 }, (_, i) => moment(trigger, { intensity: i % 11, strategies: i % 3 === 0 ? [] : [{ strategyId: walk.id, helped: true }] }));
      await store.transaction((tx) => tx.insertEntries(store.prepareEntries('moments', A, many)));
      expect((await store.listEntryIds('moments', A)).length).toBe(2_500);
      expect((await store.listStrategies(A)).find((x) => x.name === 'Walk')?.uses).toBe(many.filter((m) => m.strategies.length > 0).length);

      // The last one reuses an id already stored: the whole unit of work is undone.
      const more = [...Array.from({ length: 1_500 }, () => moment(trigger)), moment(trigger, { id: many[0]!.id })];
      await expect(store.transaction((tx) => tx.insertEntries(store.prepareEntries('moments', A, more)))).rejects.toThrow();
      expect((await store.countEntries(A)).moments).toBe(2_500);
      await store.transaction((tx) => tx.insertEntries(store.prepareEntries('checkins', A, [])));
      expect((await store.countEntries(A)).checkins).toBe(0);
    });
  });
}
