import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntryId, PersonId } from '../core/ids.js';
import { StoreError } from './port.js';
import { SQLITE_FILE, SqliteStore } from './sqlite.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const P = '00000000-0000-4000-8000-0000000000d1' as PersonId;
const at = '2026-03-01T09:00:00+01:00';
const practice = (n: number) => ({ id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}` as EntryId, occurredAt: at, kind: 'Walk', minutes: n, note: null, createdAt: at, updatedAt: at, deletedAt: null });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('waiting on timers for another connection’s write lock', () => {
  it('gives up on each caller after its own time-out: one arriving later keeps waiting and is saved when the lock comes free', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headway-lock-unit-'));
    dirs.push(dir);
    const store = await SqliteStore.open(dir, { timeoutMs: 600, onTimers: true });
    await store.transaction((tx) => tx.insertPerson({ id: P, displayName: '', country: 'GB', createdAt: at }));
    const other = new Database(join(dir, SQLITE_FILE));
    other.exec('BEGIN IMMEDIATE');
    const t0 = performance.now();
    const first = store.transaction((tx) => tx.insertEntry('practices', P, practice(1))).then(
      () => ({ ok: true, ms: performance.now() - t0 }),
      (error: unknown) => ({ ok: false, error, ms: performance.now() - t0 }),
    );
    await sleep(400);
    const second = store.transaction((tx) => tx.insertEntry('practices', P, practice(2)));
    const a = await first;
    expect(a.ok).toBe(false);
    expect(a.ms).toBeGreaterThanOrEqual(550);
    expect(a.ms).toBeLessThan(900);
    expect((a as { error: StoreError }).error).toBeInstanceOf(StoreError);
    expect((a as { error: StoreError }).error.code).toBe('database_busy');
    await sleep(150); // the second has waited ~350 ms of its 600
    other.exec('COMMIT');
    other.close();
    await second;
    expect(performance.now() - t0).toBeLessThan(1_100);
    expect((await store.listEntries('practices', P)).map((e) => e.minutes)).toEqual([2]);
    await store.close();
  });
});
