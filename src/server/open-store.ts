/**
 * Chooses the store: PostgreSQL when a database URL is configured, else the embedded
 * SQLite file. Each adapter is loaded only when chosen, so a CLI command never pays for
 * the driver it does not use.
 */
import type { Store } from '../store/port.js';

export async function openStore(opts: { dataDir: string; databaseUrl: string | null }): Promise<Store> {
  if (opts.databaseUrl) {
    const { PostgresStore } = await import('../store/postgres.js');
    return PostgresStore.open(opts.databaseUrl);
  }
  const { SqliteStore } = await import('../store/sqlite.js');
  return SqliteStore.open(opts.dataDir);
}
