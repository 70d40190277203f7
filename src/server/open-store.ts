/** Chooses the store: PostgreSQL when a database URL is configured, else the embedded SQLite file. */
import { PostgresStore } from '../store/postgres.js';
import { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/port.js';

export async function openStore(opts: { dataDir: string; databaseUrl: string | null }): Promise<Store> {
  return opts.databaseUrl ? PostgresStore.open(opts.databaseUrl) : SqliteStore.open(opts.dataDir);
}
