import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalFixture, type Fixture } from '../../../test/app-fixture.js';
import type { EntryId, StrategyId } from '../../core/ids.js';
import { AppError } from '../errors.js';
import { openJournal } from '../person/openJournal.js';
import { editStrategy } from '../toolkit/editStrategy.js';
import { deleteEntry, purgeExpired } from './deleteEntry.js';
import { editEntry } from './editEntry.js';
import { listEntries } from './listEntries.js';
import { logMoment } from './logMoment.js';
import { restoreEntry } from './restoreEntry.js';

let f: Fixture;
beforeEach(async () => (f = await journalFixture()));
afterEach(async () => f.close());

const strategyNamed = async (name: string) => {
  const s = (await f.deps.store.listStrategies(f.person)).find((x) => x.name === name);
  if (!s) throw new Error(`no ${name}`);
  return s;
};

describe('a new journal', () => {
  it('starts with the default toolkit, once', async () => {
    const first = await f.deps.store.listStrategies(f.person);
    expect(first.map((s) => s.role)).toEqual(expect.arrayContaining(['coping', 'avoidant', 'healing']));
    await openJournal(f.deps, { personId: f.person, country: 'GB' });
    expect(await f.deps.store.listStrategies(f.person)).toHaveLength(first.length);
  });
});

describe('logging a moment', () => {
  it('remembers a trigger by name, whatever its case and spacing', async () => {
    const a = await logMoment(f.deps, f.person, { trigger: 'Criticism at work', intensity: 7 });
    const b = await logMoment(f.deps, f.person, { trigger: '  criticism   AT work', intensity: 4 });
    expect(b.triggerId).toBe(a.triggerId);
    expect(b.trigger).toBe('Criticism at work');
  });

  it('dates it now unless told otherwise, and refuses the future', async () => {
    expect((await logMoment(f.deps, f.person, { trigger: 'W', intensity: 1 })).occurredAt).toBe('2026-03-01T09:00:00+00:00');
    const err = await logMoment(f.deps, f.person, { trigger: 'W', intensity: 1, occurredAt: '2026-03-01T11:00:00+01:00' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).field).toBe('occurredAt');
  });

  it('will not pick an archived strategy for a new moment, but an old moment keeps it through edits', async () => {
    const walk = await strategyNamed('A walk');
    const m = await logMoment(f.deps, f.person, { trigger: 'W', intensity: 5, strategies: [{ strategyId: walk.id, helped: true }] });
    await editStrategy(f.deps, f.person, walk.id as StrategyId, { archived: true });
    const refused = await logMoment(f.deps, f.person, { trigger: 'W', intensity: 5, strategies: [{ strategyId: walk.id }] }).catch((e: unknown) => e);
    expect((refused as AppError).field).toBe('strategies[0].strategyId');
    const edited = await editEntry(f.deps, f.person, 'moments', m.id as EntryId, { intensity: 3, strategies: [{ strategyId: walk.id, helped: false }] });
    expect(edited.strategies).toEqual([{ strategyId: walk.id, name: 'A walk', helped: false }]);
    expect(edited.intensity).toBe(3);
  });
});

describe('deleting', () => {
  it('can be undone for 30 days, then the entry is gone for good', async () => {
    const m = await logMoment(f.deps, f.person, { trigger: 'W', intensity: 5 });
    const d = await deleteEntry(f.deps, f.person, 'moments', m.id as EntryId);
    expect(d.restorableUntil).toBe('2026-03-31T09:00:00+00:00');
    expect(await listEntries(f.deps, f.person, 'moments')).toEqual([]);
    await restoreEntry(f.deps, f.person, 'moments', m.id as EntryId);
    expect((await listEntries(f.deps, f.person, 'moments')).map((x) => x.id)).toEqual([m.id]);

    await deleteEntry(f.deps, f.person, 'moments', m.id as EntryId);
    f.setNow('2026-03-30T09:00:00+00:00');
    expect(await purgeExpired(f.deps)).toBe(0);
    f.setNow('2026-03-31T09:00:01+00:00');
    expect(await purgeExpired(f.deps)).toBe(1);
    const gone = await restoreEntry(f.deps, f.person, 'moments', m.id as EntryId).catch((e: unknown) => e);
    expect((gone as AppError).code).toBe('not_found');
  });

  it('cannot edit what is in recently deleted', async () => {
    const m = await logMoment(f.deps, f.person, { trigger: 'W', intensity: 5 });
    await deleteEntry(f.deps, f.person, 'moments', m.id as EntryId);
    const err = await editEntry(f.deps, f.person, 'moments', m.id as EntryId, { intensity: 1 }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('not_found');
  });
});
