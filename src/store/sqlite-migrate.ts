/**
 * Bringing the embedded database to this code's schema at open, cheaply when it already is.
 */
import type { Database as BetterSqlite } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { migrateToLatest } from './migrate.js';
import { migrationsFor } from './migrations/index.js';
import { StoreError } from './port.js';
import type { Database } from './schema.js';

const MIGRATION_COUNT = Object.keys(migrationsFor('sqlite')).length;

/**
 * A database this code has fully migrated, and nothing newer: then the (slower) Kysely
 * migrator can be skipped, which matters for a CLI that opens the file on every command.
 * Anything else goes through migrateToLatest, which also refuses newer databases.
 */
function isCurrent(sqlite: BetterSqlite): boolean {
  if (sqlite.pragma('user_version', { simple: true }) !== MIGRATION_COUNT) return false;
  const row = sqlite.prepare('SELECT count(*) AS n FROM headway_migration').get() as { n: number } | undefined;
  return row?.n === MIGRATION_COUNT;
}

/**
 * Two processes opening a new folder at once (two `headway log …` started together) both
 * find it unmigrated; the one that loses the race fails inside its migration transaction,
 * which SQLite rolls back whole. It then finds the other's migrations done, or runs again.
 */
async function migrateWithRetry(db: Kysely<Database>, sqlite: BetterSqlite): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(db, 'sqlite');
      return;
    } catch (error) {
      // A busy lock is the race above; a storage fault (full, read-only, damaged) would fail again.
      if ((error instanceof StoreError && error.code !== 'database_busy') || attempt >= 3) throw error;
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

/** Migrates the database unless this code has already fully migrated it. */
export async function bringUpToDate(db: Kysely<Database>, sqlite: BetterSqlite): Promise<void> {
  if (isCurrent(sqlite)) return;
  await migrateWithRetry(db, sqlite);
  sqlite.pragma(`user_version = ${MIGRATION_COUNT}`);
}
