/**
 * Tidying triggers (merging one into another, deleting an unused one) and questionnaire
 * results in "recently deleted". Part of the contract suite every adapter must pass
 * (store.contract.ts runs it on SQLite and PostgreSQL).
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntryId, MeasureId, PersonId, TriggerId } from '../core/ids.js';
import type { Moment } from '../core/records.js';
import type { MeasureResponse } from '../core/safety/records.js';
import type { Store } from './port.js';

const A = '00000000-0000-4000-8000-0000000000a2' as PersonId;
const B = '00000000-0000-4000-8000-0000000000b2' as PersonId;
const T0 = '2026-03-01T09:00:00+01:00';

function moment(triggerId: TriggerId, over: Partial<Moment> = {}): Moment {
  return {
    id: randomUUID() as EntryId, occurredAt: T0, triggerId, intensity: 6, bodyState: null, thought: null, followedThought: null, recognizedEarly: false,
    handledDifferently: false, settledMinutes: null, strategies: [], note: null, createdAt: T0, updatedAt: T0, deletedAt: null, ...over,
  };
}

function gad7(takenAt: string): MeasureResponse {
  return { id: randomUUID() as MeasureId, instrument: 'GAD-7', takenAt, answers: [1, 1, 1, 1, 1, 1, 1], source: 'app', createdAt: T0 };
}

export function runTidyAndBinContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract, merging triggers and the results bin: ${name}`, () => {
    let store: Store;
    const trigger = async (person: PersonId, label: string): Promise<TriggerId> => {
      const id = randomUUID() as TriggerId;
      await store.insertTrigger(person, { id, name: label, createdAt: T0 });
      return id;
    };
    const log = (person: PersonId, m: Moment) => store.transaction((tx) => tx.insertEntry('moments', person, m));

    beforeEach(async () => {
      store = await open();
      for (const p of [A, B]) await store.insertPerson({ id: p, displayName: '', country: 'GB', createdAt: T0 });
    });
    afterEach(async () => {
      await store.close();
    });

    it('merges a trigger into another: its moments, recently deleted ones too, move; it is gone', async () => {
      const typo = await trigger(A, 'Critcism at work');
      const right = await trigger(A, 'Criticism at work');
      const live = moment(typo);
      const binned = moment(typo, { deletedAt: '2026-03-02T10:00:00+00:00' });
      const already = moment(right);
      for (const m of [live, binned, already]) await log(A, m);

      expect(await store.transaction((tx) => tx.mergeTrigger(A, typo, right))).toBe(2);
      expect(await store.getTrigger(A, typo)).toBeUndefined();
      expect(await store.findTriggerByName(A, 'Critcism at work')).toBeUndefined();
      expect((await store.getEntry('moments', A, live.id))?.triggerId).toBe(right);
      expect((await store.getEntry('moments', A, binned.id))?.triggerId).toBe(right);
      expect((await store.listTriggers(A)).map((t) => [t.name, t.uses])).toEqual([['Criticism at work', 2]]);
      expect(await store.countTriggerMoments(A, right)).toEqual({ live: 2, deleted: 1 });
    });

    it('merges nothing of another person’s', async () => {
      const mine = await trigger(A, 'Work');
      const theirs = await trigger(B, 'Work');
      const target = await trigger(A, 'Office');
      await log(B, moment(theirs));
      expect(await store.transaction((tx) => tx.mergeTrigger(A, theirs, target))).toBe(0);
      expect(await store.getTrigger(B, theirs)).toBeDefined();
      expect((await store.listTriggers(B)).map((t) => t.uses)).toEqual([1]);
      expect(await store.getTrigger(A, mine)).toBeDefined();
    });

    it('undoes a merge whose unit of work fails', async () => {
      const typo = await trigger(A, 'Wrok');
      const right = await trigger(A, 'Work');
      const m = moment(typo);
      await log(A, m);
      await expect(
        store.transaction(async (tx) => {
          await tx.mergeTrigger(A, typo, right);
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect((await store.getEntry('moments', A, m.id))?.triggerId).toBe(typo);
      expect(await store.getTrigger(A, typo)).toBeDefined();
    });

    it('counts a trigger’s moments, live and recently deleted, and deletes it only when none names it', async () => {
      const used = await trigger(A, 'Crowds');
      const binnedOnly = await trigger(A, 'Traffic');
      const unused = await trigger(A, 'Noise');
      await log(A, moment(used));
      await log(A, moment(binnedOnly, { deletedAt: '2026-03-02T10:00:00+00:00' }));

      expect(await store.countTriggerMoments(A, used)).toEqual({ live: 1, deleted: 0 });
      expect(await store.countTriggerMoments(A, binnedOnly)).toEqual({ live: 0, deleted: 1 });
      expect(await store.countTriggerMoments(A, unused)).toEqual({ live: 0, deleted: 0 });
      expect(await store.countTriggerMoments(B, used)).toEqual({ live: 0, deleted: 0 });

      expect(await store.transaction((tx) => tx.deleteUnusedTrigger(A, used))).toBe(false);
      expect(await store.transaction((tx) => tx.deleteUnusedTrigger(A, binnedOnly))).toBe(false);
      expect(await store.transaction((tx) => tx.deleteUnusedTrigger(B, unused))).toBe(false);
      expect(await store.transaction((tx) => tx.deleteUnusedTrigger(A, unused))).toBe(true);
      expect((await store.listTriggers(A)).map((t) => t.name).sort()).toEqual(['Crowds', 'Traffic']);
    });

    it('keeps a deleted result out of every list until it is restored', async () => {
      const first = gad7('2026-03-01T08:00:00+00:00');
      const second = gad7('2026-03-08T08:00:00+00:00');
      await store.transaction(async (tx) => {
        await tx.insertMeasure(A, first);
        await tx.insertMeasure(A, second);
      });
      expect(await store.setMeasureDeleted(B, first.id, T0)).toBe(false);
      expect(await store.setMeasureDeleted(A, first.id, T0)).toBe(true);

      expect((await store.listMeasures(A)).map((m) => m.id)).toEqual([second.id]);
      expect((await store.listMeasures(A, { instrument: 'GAD-7' })).map((m) => m.id)).toEqual([second.id]);
      expect((await store.listMeasures(A, { deleted: 'include' })).map((m) => m.id)).toEqual([first.id, second.id]);
      expect(await store.listDeletedMeasures(A)).toEqual([{ ...first, deletedAt: T0 }]);
      expect(await store.listDeletedMeasures(B)).toEqual([]);
      expect(await store.getMeasure(A, first.id)).toEqual({ ...first, deletedAt: T0 });
      expect(await store.getMeasure(A, second.id)).toEqual({ ...second, deletedAt: null });

      expect(await store.setMeasureDeleted(A, first.id, null)).toBe(true);
      expect((await store.listMeasures(A)).map((m) => m.id)).toEqual([first.id, second.id]);
      expect(await store.listDeletedMeasures(A)).toEqual([]);
    });

    it('lists deleted results most recently taken first', async () => {
      const older = gad7('2026-03-01T08:00:00+00:00');
      const newer = gad7('2026-03-08T08:00:00+00:00');
      for (const m of [older, newer]) await store.transaction((tx) => tx.insertMeasure(A, m));
      for (const m of [older, newer]) await store.setMeasureDeleted(A, m.id, T0);
      expect((await store.listDeletedMeasures(A)).map((m) => m.id)).toEqual([newer.id, older.id]);
    });

    it('purges results deleted before the cut-off with the entries, compared as instants', async () => {
      const old = gad7('2026-01-01T08:00:00+00:00');
      const atPlus14 = gad7('2026-01-02T08:00:00+00:00');
      const recent = gad7('2026-01-03T08:00:00+00:00');
      const kept = gad7('2026-01-04T08:00:00+00:00');
      for (const m of [old, atPlus14, recent, kept]) await store.transaction((tx) => tx.insertMeasure(A, m));
      await store.setMeasureDeleted(A, old.id, '2026-01-01T00:00:00Z');
      // 10:00 at +14:00 on 1 February is 20:00 UTC on 31 January: before the cut-off.
      await store.setMeasureDeleted(A, atPlus14.id, '2026-02-01T10:00:00+14:00');
      await store.setMeasureDeleted(A, recent.id, '2026-03-01T00:00:00Z');
      const binnedMoment = moment(await trigger(A, 'Work'), { deletedAt: '2026-01-01T00:00:00Z' });
      await log(A, binnedMoment);

      expect(await store.transaction((tx) => tx.purgeDeleted('2026-02-01T00:00:00Z'))).toBe(3);
      expect(await store.getMeasure(A, old.id)).toBeUndefined();
      expect(await store.getMeasure(A, atPlus14.id)).toBeUndefined();
      expect(await store.getMeasure(A, recent.id)).toMatchObject({ deletedAt: '2026-03-01T00:00:00Z' });
      expect(await store.getMeasure(A, kept.id)).toMatchObject({ deletedAt: null });
      expect(await store.getEntry('moments', A, binnedMoment.id)).toBeUndefined();
    });
  });
}
