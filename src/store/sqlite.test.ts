import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from './port.js';
import { SQLITE_FILE, SqliteStore } from './sqlite.js';
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
    expect(after.prepare('select count(*) as n from headway_migration').get()).toEqual({ n: 2 });
    after.close();
  });
});
