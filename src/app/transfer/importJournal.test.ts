import { afterEach, describe, expect, it } from 'vitest';
import { journalFixture, type Fixture } from '../../../test/app-fixture.js';
import { AppError } from '../errors.js';
import { logMoment } from '../journal/logMoment.js';
import { exportJournal } from './exportJournal.js';
import { importJournal } from './importJournal.js';

const open: Fixture[] = [];
const fixture = async (seed = true) => {
  const f = await journalFixture('2026-03-01T09:00:00+00:00', seed);
  open.push(f);
  return f;
};
afterEach(async () => Promise.all(open.splice(0).map((f) => f.close())));

describe('importing into a journal that already has entries', () => {
  it('adds to it, matching strategies and triggers by name', async () => {
    const source = await fixture();
    const walk = (await source.deps.store.listStrategies(source.person)).find((s) => s.name === 'A walk');
    await logMoment(source.deps, source.person, { trigger: 'Work', intensity: 6, strategies: [{ strategyId: walk!.id, helped: true }] });
    const file = await exportJournal(source.deps, source.person);

    const target = await fixture();
    await logMoment(target.deps, target.person, { trigger: 'WORK', intensity: 2 });
    const r = await importJournal(target.deps, target.person, file);
    expect(r.replacedToolkit).toBe(false);
    expect(r.added).toMatchObject({ moments: 1, toolkit: 0, triggers: 0 });
    const triggers = await target.deps.store.listTriggers(target.person);
    expect(triggers.map((t) => [t.name, t.uses])).toEqual([['WORK', 2]]);
  });
});

describe('importing into an empty journal', () => {
  it('replaces the starting toolkit once; the same file again changes nothing, even when it holds no entries', async () => {
    const source = await fixture();
    await source.deps.store.transaction(async (tx) => {
      await tx.updatePerson(source.person, { displayName: 'Sam', country: 'IE' });
    });
    const walk = (await source.deps.store.listStrategies(source.person)).find((s) => s.name === 'A walk');
    await source.deps.store.transaction(async (tx) => tx.updateStrategy(source.person, walk!.id, { archived: true }));
    const file = await exportJournal(source.deps, source.person);
    expect(file.moments).toEqual([]);

    const target = await fixture();
    const first = await importJournal(target.deps, target.person, file);
    expect(first.replacedToolkit).toBe(true);
    expect(first.added.toolkit).toBe(file.toolkit.length);
    const second = await importJournal(target.deps, target.person, file);
    expect(second).toEqual({
      added: { toolkit: 0, triggers: 0, moments: 0, checkins: 0, practices: 0, shifts: 0 },
      alreadyPresent: 0,
      replacedToolkit: false,
    });
    const again = await exportJournal(target.deps, target.person);
    expect({ ...again, exportedAt: '' }).toEqual({ ...file, exportedAt: '' });
  });
});

describe('a broken file', () => {
  it('that is not an object at all is named as the problem', async () => {
    const target = await fixture(false);
    for (const raw of [null, [], 'text', 3]) {
      const err = await importJournal(target.deps, target.person, raw).catch((e: unknown) => e);
      expect((err as AppError).problems?.[0]?.path).toBe('file');
    }
  });

  it('is refused whole, with every problem and its path', async () => {
    const source = await fixture();
    await logMoment(source.deps, source.person, { trigger: 'Work', intensity: 6 });
    await logMoment(source.deps, source.person, { trigger: 'Home', intensity: 3 });
    const file = await exportJournal(source.deps, source.person);
    const broken = structuredClone(file) as unknown as { moments: Array<Record<string, unknown>>; triggers: unknown[] };
    broken.moments[1]!['intensity'] = 11;
    broken.moments[0]!['strategies'] = [{ name: 'Juggling', helped: null }];

    const target = await fixture(false);
    const err = await importJournal(target.deps, target.person, broken).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('import_invalid');
    expect((err as AppError).problems).toEqual([
      { path: 'moments[1].intensity', message: 'must be 0–10' },
      { path: 'moments[0].strategies[0].name', message: '"Juggling" is not in the file\'s toolkit' },
    ]);
    expect(await target.deps.store.countEntries(target.person)).toEqual({ moments: 0, checkins: 0, practices: 0, shifts: 0 });
  });
});
