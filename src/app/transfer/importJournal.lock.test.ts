// An import holds the journal's write lock for its whole transaction, and nobody else can
// log anything meanwhile; so the work inside it must not grow with the file beyond the
// writing itself (one bulk insert per kind, not one call per entry), and the names,
// ids and rows worked out before it must be worked out again if the journal changed
// in between. Real SQLite stores; the transaction is only watched, not replaced.
import { afterEach, describe, expect, it } from 'vitest';
import { journalFixture, type Fixture } from '../../../test/app-fixture.js';
import type { CompleteExportFile } from '../../contracts/export-format.js';
import type { TriggerId } from '../../core/ids.js';
import type { Store, StoreTx } from '../../store/port.js';
import { logMoment } from '../journal/logMoment.js';
import { exportJournal } from './exportJournal.js';
import { importJournal } from './importJournal.js';

const open: Fixture[] = [];
const fixture = async () => {
  const f = await journalFixture('2026-03-01T09:00:00+00:00');
  open.push(f);
  return f;
};
afterEach(async () => Promise.all(open.splice(0).map((f) => f.close())));

/** An export of `n` moments over three triggers, each with a strategy. */
async function fileOf(n: number): Promise<CompleteExportFile> {
  const source = await fixture();
  const [walk] = await source.deps.store.listStrategies(source.person);
  for (let i = 0; i < n; i++) {
    source.setNow(`${new Date(Date.parse('2026-01-01T08:00:00Z') + i * 3_600_000).toISOString().slice(0, 19)}+00:00`);
    await logMoment(source.deps, source.person, { trigger: `Trigger ${i % 3}`, intensity: i % 11, strategies: [{ strategyId: walk!.id, helped: i % 2 === 0 }] });
  }
  return exportJournal(source.deps, source.person);
}

/** The store's calls, by name, made while the import's transaction work runs. */
function watchTransactions(store: Store): { calls: string[]; store: Store } {
  const calls: string[] = [];
  let inside = false;
  const watch = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, key, receiver) {
        const value = Reflect.get(t, key, receiver) as unknown;
        if (typeof value !== 'function' || key === 'transaction') return value;
        return (...args: unknown[]) => {
          if (inside) calls.push(String(key));
          return (value as (...a: unknown[]) => unknown).apply(t, args);
        };
      },
    });
  const watched = watch(store);
  const transaction = <T>(work: (tx: StoreTx) => Promise<T>) =>
    store.transaction(async (tx) => {
      inside = true;
      try {
        return await work(watch(tx));
      } finally {
        inside = false;
      }
    });
  return { calls, store: Object.assign(Object.create(watched) as Store, { transaction }) };
}

describe('an import’s transaction', () => {
  it('makes as many store calls for 120 moments as for 3, and reads only ids there', async () => {
    const calls: Record<number, string[]> = {};
    for (const n of [3, 120]) {
      const file = await fileOf(n);
      const target = await fixture();
      const watched = watchTransactions(target.deps.store);
      const r = await importJournal({ ...target.deps, store: watched.store }, target.person, file);
      expect(r.added.moments).toBe(n);
      expect(await target.deps.store.countEntries(target.person)).toMatchObject({ moments: n });
      calls[n] = watched.calls;
    }
    expect(calls[120]).toEqual(calls[3]);
    expect(calls[3]).toContain('insertEntries');
    expect(calls[3]).not.toContain('insertEntry');
    expect(calls[3]).not.toContain('listEntries');
    expect(calls[3]).not.toContain('prepareEntries');
  });

  it('matches names again when a trigger of the file was added between planning and writing', async () => {
    const file = await fileOf(6);
    const target = await fixture();
    await logMoment(target.deps, target.person, { trigger: 'Already here', intensity: 3 });
    const real = target.deps.store;
    let sneaked: TriggerId | undefined;
    // Another writer (the web app, another terminal) names "trigger 1" just before the import's transaction.
    const store = Object.assign(Object.create(real) as Store, {
      transaction: async <T>(work: (tx: StoreTx) => Promise<T>) => {
        if (!sneaked) {
          await logMoment(target.deps, target.person, { trigger: 'trigger 1', intensity: 5 });
          sneaked = (await real.findTriggerByName(target.person, 'Trigger 1'))?.id;
        }
        return real.transaction(work);
      },
    });
    const r = await importJournal({ ...target.deps, store }, target.person, file);
    expect(r.added).toMatchObject({ moments: 6, triggers: 2 });
    const triggers = await real.listTriggers(target.person);
    expect(triggers.map((t) => [t.name, t.uses]).sort()).toEqual([['Already here', 1], ['Trigger 0', 2], ['Trigger 2', 2], ['trigger 1', 3]]);
    expect(triggers.find((t) => t.name === 'trigger 1')?.id).toBe(sneaked);
  });

  it('keeps its own toolkit when a moment was logged into the empty journal between planning and writing', async () => {
    const file = await fileOf(2);
    const target = await fixture();
    const real = target.deps.store;
    let logged = false;
    const store = Object.assign(Object.create(real) as Store, {
      transaction: async <T>(work: (tx: StoreTx) => Promise<T>) => {
        if (!logged) {
          logged = true;
          await logMoment(target.deps, target.person, { trigger: 'Just now', intensity: 4 });
        }
        return real.transaction(work);
      },
    });
    const before = await real.listStrategies(target.person);
    const r = await importJournal({ ...target.deps, store }, target.person, file);
    expect(r.replacedToolkit).toBe(false);
    expect(r.added.moments).toBe(2);
    // Not replaced: the strategies it had are still there under the same ids, and the moment logged meanwhile too.
    const after = await real.listStrategies(target.person);
    expect(after.map((s) => s.id)).toEqual(expect.arrayContaining(before.map((s) => s.id)));
    expect((await real.listEntries('moments', target.person)).map((m) => m.intensity).sort()).toEqual([0, 1, 4]);
  });
});
