/**
 * Chooses the store: PostgreSQL when a database URL is configured, else the embedded
 * SQLite file. Each adapter is loaded only when chosen, so a CLI command never pays for
 * the driver it does not use.
 *
 * `waitForLocks`: 'on-timers' for the server, whose event loop must stay free while another
 * process (a `headway import`) holds SQLite's write lock; 'blocking' (the default) for a
 * CLI command, which may simply wait, patiently (store/write-lock.ts).
 */
import type { Store } from '../store/port.js';

export interface StoreOptions {
  dataDir: string;
  databaseUrl: string | null;
  waitForLocks?: 'on-timers' | 'blocking';
  /** Overrides the lock time-out of `waitForLocks` (Env.lockWaitSeconds). */
  lockWaitSeconds?: number | undefined;
}

export async function openStore(opts: StoreOptions): Promise<Store> {
  if (opts.databaseUrl) {
    const { PostgresStore } = await import('../store/postgres.js');
    return PostgresStore.open(opts.databaseUrl);
  }
  const { SqliteStore, CLI_LOCK_WAIT, SERVER_LOCK_WAIT } = await import('../store/sqlite.js');
  const wait = opts.waitForLocks === 'on-timers' ? SERVER_LOCK_WAIT : CLI_LOCK_WAIT;
  return SqliteStore.open(opts.dataDir, opts.lockWaitSeconds === undefined ? wait : { ...wait, timeoutMs: opts.lockWaitSeconds * 1000 });
}
