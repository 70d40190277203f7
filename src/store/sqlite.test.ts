import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntryId, PersonId, TriggerId } from '../core/ids.js';
import type { Trigger } from '../core/records.js';
import { StoreError } from './port.js';
import { SQLITE_FILE, SqliteStore } from './sqlite.js';
import { migrationsFor } from './migrations/index.js';
import { runStoreContract } from './store.contract.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'headway-sqlite-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

runStoreContract('SQLite', () => SqliteStore.open(freshDir()));

describe('SQLite store files', () => {
  it('opens the database in WAL mode', async () => {
    const dir = freshDir();
    const store = await SqliteStore.open(dir);
    await store.close();
    const db = new Database(join(dir, SQLITE_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('opens an existing database again without migrating it twice', async () => {
    const dir = freshDir();
    await (await SqliteStore.open(dir)).close();
    const again = await SqliteStore.open(dir);
    expect(await again.countEntries('x' as never)).toEqual({ moments: 0, checkins: 0, practices: 0, shifts: 0 });
    await again.close();
  });

  it('refuses a database that a newer Headway has migrated, and leaves it untouched', async () => {
    const dir = freshDir();
    await (await SqliteStore.open(dir)).close();
    const db = new Database(join(dir, SQLITE_FILE));
    db.prepare('insert into headway_migration (name, timestamp) values (?, ?)').run('29990101T0000_future_change', new Date().toISOString());
    db.close();
    const error = await SqliteStore.open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('database_too_new');
    expect((error as StoreError).message).toContain('newer version of Headway');
    const after = new Database(join(dir, SQLITE_FILE));
    expect(after.prepare('select count(*) as n from headway_migration').get()).toEqual({ n: Object.keys(migrationsFor('sqlite')).length + 1 });
    after.close();
  });

  it('brings a first-version database forward and keeps every entry in it', async () => {
    const dir = freshDir();
    const first = await SqliteStore.open(dir);
    const person = '00000000-0000-4000-8000-00000000000a' as PersonId;
    await first.insertPerson({ id: person, displayName: 'Ana', country: 'GB', createdAt: '2026-03-01T09:00:00Z' });
    await first.transaction((tx) =>
      tx.insertEntry('shifts', person, {
        id: '00000000-0000-4000-8000-0000000000c1' as EntryId,
        occurredAt: '2026-03-01T09:00:00Z',
        kind: 'felt-it-fully',
        note: 'kept',
        createdAt: '2026-03-01T09:00:00Z',
        updatedAt: '2026-03-01T09:00:00Z',
        deletedAt: null,
      }),
    );
    await first.close();
    // Make it look as the first release left it: only the first migration applied.
    const db = new Database(join(dir, SQLITE_FILE));
    for (const t of ['measure_responses', 'safety_plans', 'safety_events', 'measure_schedules']) db.exec(`drop table ${t}`);
    for (const c of ['therapy_started_on', 'therapy_start_asked_at', 'welcomed_at']) db.exec(`alter table persons drop column ${c}`);
    db.prepare("delete from headway_migration where name <> '20261120T2330_create_journal'").run();
    db.pragma('user_version = 1');
    db.close();

    const again = await SqliteStore.open(dir);
    expect((await again.listEntries('shifts', person)).map((s) => s.note)).toEqual(['kept']);
    expect(await again.getPerson(person)).toMatchObject({ displayName: 'Ana' });
    expect(await again.listMeasures(person)).toEqual([]);
    await again.close();
  });
});

describe('SQLite group commit', () => {
  const P = '00000000-0000-4000-8000-0000000000b1' as PersonId;
  const at = '2026-03-01T09:00:00+01:00';
  let n = 0;
  const practice = () => ({ id: `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}` as EntryId, occurredAt: at, kind: 'Grief work', minutes: 20, note: null, createdAt: at, updatedAt: at, deletedAt: null });

  async function openWithPerson() {
    const store = await SqliteStore.open(freshDir());
    await store.transaction((tx) => tx.insertPerson({ id: P, displayName: '', country: 'GB', createdAt: at }));
    return store;
  }
  const ids = async (store: SqliteStore) => (await store.listEntries('practices', P)).map((e) => e.id).sort();

  it('commits callers arriving together once each, running each one’s work once', async () => {
    const store = await openWithPerson();
    const runs = [0, 0, 0];
    const entries = [practice(), practice(), practice()];
    await Promise.all(entries.map((e, i) => store.transaction(async (tx) => {
      runs[i]! += 1;
      await tx.insertEntry('practices', P, e);
    })));
    expect(runs).toEqual([1, 1, 1]);
    expect(await ids(store)).toEqual(entries.map((e) => e.id).sort());
    await store.close();
  });

  it('when one caller fails, runs the others again and keeps their writes exactly once', async () => {
    const store = await openWithPerson();
    const runs = [0, 0, 0];
    const [a, bad, c] = [practice(), practice(), practice()];
    const results = await Promise.allSettled([
      store.transaction(async (tx) => {
        runs[0]! += 1;
        await tx.insertEntry('practices', P, a);
        return 'a';
      }),
      store.transaction(async (tx) => {
        runs[1]! += 1;
        await tx.insertEntry('practices', P, bad);
        throw new Error('changed my mind');
      }),
      store.transaction(async (tx) => {
        runs[2]! += 1;
        await tx.insertEntry('practices', P, c);
        return 'c';
      }),
    ]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 'a' },
      { status: 'rejected', reason: new Error('changed my mind') },
      { status: 'fulfilled', value: 'c' },
    ]);
    // The first caller ran in the plain pass and again after the undo; the third never ran
    // in the plain pass, which stopped at the failure.
    expect(runs).toEqual([2, 2, 1]);
    expect(await ids(store)).toEqual([a.id, c.id].sort());
    await store.close();
  });

  it('commits a caller whose work fails only the first time, and a duplicate id fails only its own caller', async () => {
    const store = await openWithPerson();
    const first = practice();
    await store.transaction((tx) => tx.insertEntry('practices', P, first));
    let tries = 0;
    const flaky = practice();
    const fresh = practice();
    const results = await Promise.allSettled([
      store.transaction(async (tx) => {
        tries += 1;
        if (tries === 1) throw new Error('not yet');
        await tx.insertEntry('practices', P, flaky);
      }),
      store.transaction((tx) => tx.insertEntry('practices', P, first)), // already there
      store.transaction((tx) => tx.insertEntry('practices', P, fresh)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await ids(store)).toEqual([first.id, flaky.id, fresh.id].sort());
    await store.close();
  });
});

describe('SQLite store: triggers remembered while logging', () => {
  const P = '00000000-0000-4000-8000-0000000000c2' as PersonId;
  const at = '2026-05-01T09:00:00+00:00';
  const trigger = (name: string): Trigger => ({ id: randomUUID() as TriggerId, name, createdAt: at });
  const find = (store: SqliteStore, name: string) => store.transaction((tx) => tx.findTriggerByName(P, name));
  async function openShared(): Promise<[SqliteStore, SqliteStore]> {
    const dir = freshDir();
    const server = await SqliteStore.open(dir);
    await server.transaction((tx) => tx.insertPerson({ id: P, displayName: '', country: 'GB', createdAt: at }));
    return [server, await SqliteStore.open(dir)];
  }
  async function openOne(): Promise<SqliteStore> {
    const [store, other] = await openShared();
    await other.close();
    return store;
  }

  it('finds a trigger under its new name after another process renames it, and not under the old', async () => {
    const [server, cli] = await openShared();
    const work = trigger('Work');
    await server.transaction((tx) => tx.insertTrigger(P, work));
    expect((await find(server, 'Work'))?.id).toBe(work.id); // now remembered
    await cli.transaction((tx) => tx.renameTrigger(P, work.id, 'Office'));
    expect(await find(server, 'Work')).toBeUndefined();
    expect(await find(server, 'Office')).toEqual({ ...work, name: 'Office' });
    await cli.transaction((tx) => tx.deleteUnusedTrigger(P, work.id));
    expect(await find(server, 'Office')).toBeUndefined();
    await cli.close();
    await server.close();
  });

  it('forgets a trigger this connection renames or deletes, whichever code does it', async () => {
    const store = await openOne();
    const work = trigger('Work');
    await store.transaction((tx) => tx.insertTrigger(P, work));
    expect((await find(store, 'Work'))?.id).toBe(work.id);
    await store.transaction((tx) => tx.renameTrigger(P, work.id, 'Office'));
    expect(await find(store, 'Work')).toBeUndefined();
    expect((await find(store, 'Office'))?.name).toBe('Office');
    await store.transaction((tx) => tx.deleteUnusedTrigger(P, work.id));
    expect(await find(store, 'Office')).toBeUndefined();
    await store.close();
  });

  it('forgets a trigger found by work that was then undone, alone or among others', async () => {
    const store = await openOne();
    const madeThenUndone = (name: string) =>
      store.transaction(async (tx) => {
        await tx.insertTrigger(P, trigger(name));
        expect(await tx.findTriggerByName(P, name)).toBeDefined();
        throw new Error('changed my mind');
      });
    await expect(madeThenUndone('Alone')).rejects.toThrow('changed my mind');
    const together = await Promise.allSettled([find(store, 'Nothing'), madeThenUndone('Among others'), find(store, 'Nothing either')]);
    expect(together.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await find(store, 'Alone')).toBeUndefined();
    expect(await find(store, 'Among others')).toBeUndefined();
    await store.close();
  });

  it('runs a batch again without what its undone first pass found', async () => {
    const store = await openOne();
    const findOrMake = (name: string) =>
      store.transaction(async (tx) => {
        const found = await tx.findTriggerByName(P, name);
        if (found) return found;
        await tx.insertTrigger(P, trigger(name));
        return tx.findTriggerByName(P, name);
      });
    // The first pass makes "New" and finds it again; the failure undoes the whole pass, and
    // the second pass must make "New" afresh rather than use the one that no longer exists.
    const results = await Promise.allSettled([findOrMake('New'), findOrMake('New'), store.transaction(() => Promise.reject(new Error('no')))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    const [made, again] = results.map((r) => (r.status === 'fulfilled' ? (r.value as Trigger | undefined) : undefined));
    expect(again?.id).toBe(made?.id);
    expect(await find(store, 'New')).toEqual(made);
    await store.close();
  });

  it('forgets what a batch found when its COMMIT fails', async () => {
    const store = await openOne();
    // The store's own connection, to make COMMIT itself fail: a foreign key checked only then.
    const db = (store as unknown as { sqlite: Database.Database }).sqlite;
    const results = await Promise.allSettled([
      store.transaction(async (tx) => {
        await tx.insertTrigger(P, trigger('Ghost'));
        return tx.findTriggerByName(P, 'Ghost');
      }),
      store.transaction(async () => {
        db.pragma('defer_foreign_keys = ON');
        db.prepare("INSERT INTO triggers (id, person_id, name, name_key, created_at) VALUES ('t', 'no such person', 'x', 'x', ?)").run(at);
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await find(store, 'Ghost')).toBeUndefined();
    await store.close();
  });
});
