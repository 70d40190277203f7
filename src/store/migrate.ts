/**
 * Brings a database to the schema this code expects, forward only. Refuses a database
 * that a newer Headway has already migrated, because this code could misread it.
 */
import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { migrationsFor } from './migrations/index.js';
import { StoreError, type Dialect } from './port.js';
import type { Database } from './schema.js';

const TABLE = 'headway_migration';
const LOCK_TABLE = 'headway_migration_lock';

export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  const known = migrationsFor(dialect);
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(known) };
  const migrator = new Migrator({ db, provider, migrationTableName: TABLE, migrationLockTableName: LOCK_TABLE });

  const applied = (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined).map((m) => m.name);
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (tables.some((t) => t.name === TABLE)) {
    // getMigrations lists only the migrations this code knows; ask the table for the rest.
    const rows = await (db as unknown as Kysely<Record<typeof TABLE, { name: string }>>)
      .selectFrom(TABLE)
      .select('name')
      .execute();
    const unknown = rows.map((r) => r.name).filter((n) => !(n in known));
    if (unknown.length > 0) {
      throw new StoreError(
        'database_too_new',
        `This data was written by a newer version of Headway (it has the change "${unknown.sort().at(-1)}"). ` +
          'Please update Headway to open it; nothing was changed.',
      );
    }
  }

  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName).filter((n) => !applied.includes(n));
}
