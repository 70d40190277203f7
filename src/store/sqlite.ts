/**
 * The embedded store: one SQLite file in the person's data folder, opened with WAL and
 * synchronous=FULL so every acknowledged write survives a crash or power loss.
 *
 * Group commit: writes that arrive in the same turn of the event loop are committed in
 * one transaction (one fsync), each inside its own savepoint, so one caller's failure
 * rolls back only its own work. A write is acknowledged only after the commit returns.
 */
import { mkdirSync, chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type ControlledTransaction } from 'kysely';
import { migrateToLatest } from './migrate.js';
import { withStatementCache } from './statement-cache.js';
import type { Store, StoreTx } from './port.js';
import { KyselyRepo } from './repo.js';
import type { Database } from './schema.js';

export const SQLITE_FILE = 'headway.sqlite3';

interface Pending {
  work: (tx: StoreTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Runs each caller's work in its own savepoint, so a failure undoes only that work.
 * A unit alone in its commit needs no savepoint: the transaction itself is the unit.
 */
async function runBatch(trx: ControlledTransaction<Database>, batch: Pending[]): Promise<Outcome[]> {
  if (batch.length === 1 && batch[0]) return [{ ok: true, value: await batch[0].work(new KyselyRepo(trx)) }];
  const outcomes: Outcome[] = [];
  for (const item of batch) {
    const sp = await trx.savepoint('work').execute();
    try {
      const value = await item.work(new KyselyRepo(sp));
      await sp.releaseSavepoint('work').execute();
      outcomes.push({ ok: true, value });
    } catch (error) {
      await sp.rollbackToSavepoint('work').execute();
      await sp.releaseSavepoint('work').execute();
      outcomes.push({ ok: false, error });
    }
  }
  return outcomes;
}

export class SqliteStore extends KyselyRepo implements Store {
  readonly dialect = 'sqlite' as const;
  private queue: Pending[] = [];
  private scheduled = false;
  private flushing: Promise<void> | null = null;

  private constructor(private readonly kysely: Kysely<Database>) {
    super(kysely);
  }

  /** Opens (creating if needed) the database file in `dataDir` and migrates it. */
  static async open(dataDir: string): Promise<SqliteStore> {
    if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = join(dataDir, SQLITE_FILE);
    return SqliteStore.openFile(file);
  }

  /** Opens a database file (or ':memory:' for tests). */
  static async openFile(file: string): Promise<SqliteStore> {
    const sqlite = new SqliteDatabase(file, { timeout: 5000 });
    if (file !== ':memory:') chmodSync(file, 0o600);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    try {
      await migrateToLatest(db, 'sqlite');
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new SqliteStore(db);
  }

  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const previous = this.flushing ?? Promise.resolve();
      this.flushing = previous.then(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0);
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      const trx = await this.kysely.startTransaction().execute();
      try {
        outcomes = await runBatch(trx, batch);
        await trx.commit().execute();
      } catch (error) {
        // The commit (or a single unit of work) failed: report that error, not a rollback's.
        await trx.rollback().execute().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const o = outcomes[i];
      if (o?.ok) item.resolve(o.value);
      else item.reject(o?.error);
    });
  }

  async close(): Promise<void> {
    while (this.queue.length > 0 || this.scheduled) {
      await new Promise((r) => setImmediate(r));
      await this.flushing;
    }
    await this.flushing;
    await this.kysely.destroy();
  }
}
