/**
 * A data folder that a newer Headway has migrated is refused, not misread: every command
 * that opens it exits 6 with a message saying so, and the database file is left exactly
 * as it was (same bytes, same modification time).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hasStackTrace, headway, tempFolders } from '../headway-bin.js';

vi.setConfig({ testTimeout: 60_000, maxConcurrency: 3 });

const FUTURE = '29990101T0000_future_change';
const folders = tempFolders('headway-migrations-');
afterAll(() => folders.cleanup());

/** A data folder holding one moment, then marked as migrated by a future version. */
async function folderFromTheFuture(): Promise<{ dataDir: string; file: string }> {
  const dataDir = join(folders.make(), 'data');
  const logged = await headway(['log', 'moment', '--trigger', 'Noise', '--intensity', '3'], { HEADWAY_DATA_DIR: dataDir });
  expect(logged.code).toBe(0);
  const file = join(dataDir, 'headway.sqlite3');
  const db = new Database(file);
  db.prepare('insert into headway_migration (name, timestamp) values (?, ?)').run(FUTURE, new Date().toISOString());
  db.close();
  return { dataDir, file };
}

const fingerprint = (file: string) => ({
  sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
  mtimeMs: statSync(file).mtimeMs,
  pendingWal: existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0,
});

describe.concurrent('a database written by a newer Headway', () => {
  it.each([
    { command: 'list moments', args: ['list', 'moments'] },
    { command: 'log moment', args: ['log', 'moment', '--trigger', 'Noise', '--intensity', '5'] },
    { command: 'export', args: ['export'] },
    { command: 'serve', args: ['serve', '--port', '0'] },
  ])('refuses $command with exit 6 and a message, leaving the file untouched', async ({ args }) => {
    const { dataDir, file } = await folderFromTheFuture();
    const before = fingerprint(file);
    expect(before.pendingWal).toBe(false);

    const r = await headway(args, { HEADWAY_DATA_DIR: dataDir });

    expect(r.code).toBe(6);
    expect(r.stderr).toContain('written by a newer version of Headway');
    expect(r.stderr).toContain(FUTURE);
    expect(r.stderr).toContain('nothing was changed');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stdout).toBe('');
    expect(fingerprint(file)).toEqual(before);
  });

  it('still holds its entries and migrations after being refused', async () => {
    const { dataDir, file } = await folderFromTheFuture();
    expect((await headway(['log', 'moment', '--trigger', 'Noise', '--intensity', '5'], { HEADWAY_DATA_DIR: dataDir })).code).toBe(6);
    const db = new Database(file, { readonly: true });
    try {
      const names = db.prepare('select name from headway_migration order by name').pluck().all();
      expect(names.at(-1)).toBe(FUTURE);
      expect(db.prepare('select count(*) from moments').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });
});
