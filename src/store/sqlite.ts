/**
 * The embedded store: one SQLite file in the person's data folder, in WAL mode with
 * synchronous=FULL, so every COMMIT fsyncs the WAL before it returns, and a write is
 * acknowledged only after its COMMIT: it survives a crash or a power loss.
 *
 * Group commit: writes that arrive in the same turn of the event loop are committed in
 * one transaction (one fsync); one caller's failure still undoes only its own work (see
 * runBatch).
 *
 * The fsync runs on the event loop. Handing it to libuv's thread pool instead (and
 * running SQLite at synchronous=NORMAL) was measured slower: 5–12 % more CPU per logged
 * moment over HTTP, since the hand-off costs more than the wait it saves, and requests
 * that arrive while the loop waits join the next, larger commit (docs/PERFORMANCE.md).
 */
import { mkdirSync, chmodSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SqliteDatabase, { type Database as BetterSqlite, type Statement } from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from './migrate.js';
import { migrationsFor } from './migrations/index.js';
import { KnownTriggers } from './known-triggers.js';
import { SqliteFastPath } from './sqlite-fast-path.js';
import { withStatementCache } from './statement-cache.js';
import type { PersonId, StrategyId } from '../core/ids.js';
import type { EntryByKind, Strategy, Trigger } from '../core/records.js';
import type { EntryKind } from '../core/vocabulary.js';
import { StoreError, type EntryQuery, type Store, type StoreTx } from './port.js';
import { KyselyRepo } from './repo.js';
import type { Database } from './schema.js';

export const SQLITE_FILE = 'headway.sqlite3';

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
 * Creates a folder and any missing parents, each private to the person (0700). Node's own
 * `mkdirSync(…, { recursive: true })` never returns for a path under /proc (Node 20), so
 * each level is made in turn, and a level that cannot be made fails with its own error.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      mkdirSync(d, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // made meanwhile by another process: fine
    }
  }
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
      if (error instanceof StoreError || attempt >= 3) throw error;
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

interface Pending {
  work: (tx: StoreTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Transaction control as prepared statements: `exec` compiles its SQL on every call,
 * and the Kysely wrappers cost more than the statements themselves (docs/PERFORMANCE.md).
 */
class TransactionControl {
  readonly begin: Statement;
  readonly commit: Statement;
  readonly rollback: Statement;
  readonly savepoint: Statement;
  readonly release: Statement;
  readonly rollbackTo: Statement;

  constructor(sqlite: BetterSqlite) {
    // IMMEDIATE takes the write lock now, so a CLI writing at the same time waits
    // (busy_timeout) instead of failing halfway through.
    this.begin = sqlite.prepare('BEGIN IMMEDIATE');
    this.commit = sqlite.prepare('COMMIT');
    this.rollback = sqlite.prepare('ROLLBACK');
    this.savepoint = sqlite.prepare('SAVEPOINT work');
    this.release = sqlite.prepare('RELEASE work');
    this.rollbackTo = sqlite.prepare('ROLLBACK TO work');
  }
}

/**
 * Runs the callers' work in one transaction. Most batches have no failing caller, so the
 * work first runs plainly; if any caller's work throws, the whole transaction is undone
 * and the batch runs again with each caller in its own savepoint, so a failure undoes only
 * that caller's work. Work may therefore run twice, as the Store port allows. (A savepoint
 * per caller on every batch cost ~5 % of the server's CPU per logged moment over HTTP,
 * docs/PERFORMANCE.md.)
 */
async function runBatch(tc: TransactionControl, repo: StoreTx, batch: Pending[], inTransaction: () => boolean, undone: () => void): Promise<Outcome[]> {
  if (batch.length === 1 && batch[0]) return [{ ok: true, value: await batch[0].work(repo) }];
  try {
    const outcomes: Outcome[] = [];
    for (const item of batch) outcomes.push({ ok: true, value: await item.work(repo) });
    return outcomes;
  } catch {
    if (inTransaction()) tc.rollback.run();
    undone();
    tc.begin.run();
  }
  const outcomes: Outcome[] = [];
  for (const item of batch) {
    tc.savepoint.run();
    try {
      const value = await item.work(repo);
      tc.release.run();
      outcomes.push({ ok: true, value });
    } catch (error) {
      tc.rollbackTo.run();
      tc.release.run();
      undone();
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

  private readonly fast: SqliteFastPath;
  private readonly tc: TransactionControl;
  private readonly known: KnownTriggers;
  /** True while a group commit's work runs, the only time remembered triggers are used. */
  private inBatch = false;

  private constructor(
    private readonly kysely: Kysely<Database>,
    private readonly sqlite: BetterSqlite,
  ) {
    super(kysely);
    this.fast = new SqliteFastPath(sqlite);
    this.tc = new TransactionControl(sqlite);
    this.known = new KnownTriggers(sqlite, (personId, name) => this.fast.findTriggerByName(personId, name));
  }

  // The moment-logging hot path, on prepared statements (sqlite-fast-path.ts).
  override async findTriggerByName(personId: PersonId, name: string): Promise<Trigger | undefined> {
    if (!this.inBatch) return this.fast.findTriggerByName(personId, name);
    return this.known.find(personId, name);
  }
  override async insertTrigger(personId: PersonId, trigger: Trigger): Promise<void> {
    this.fast.insertTrigger(personId, trigger);
  }
  override async getStrategy(personId: PersonId, id: StrategyId): Promise<Strategy | undefined> {
    return this.fast.getStrategy(personId, id);
  }
  override async insertEntry<K extends EntryKind>(kind: K, personId: PersonId, entry: EntryByKind[K]): Promise<void> {
    this.fast.insertEntry(kind, personId, entry);
  }
  override async listEntries<K extends EntryKind>(kind: K, personId: PersonId, query?: EntryQuery): Promise<EntryByKind[K][]> {
    return this.fast.listEntries(kind, personId, query);
  }

  /** Opens (creating if needed) the database file in `dataDir` and migrates it. */
  static async open(dataDir: string): Promise<SqliteStore> {
    makeFolders(dataDir);
    const file = join(dataDir, SQLITE_FILE);
    return SqliteStore.openFile(file);
  }

  /** Opens a database file (or ':memory:' for tests). */
  static async openFile(file: string): Promise<SqliteStore> {
    const sqlite = new SqliteDatabase(file, { timeout: 5000 });
    if (file !== ':memory:') chmodSync(file, 0o600);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL'); // every COMMIT fsyncs the WAL: see above
    // Copy the WAL back into the database every ~16 MB rather than every ~4 MB (SQLite's
    // default). A checkpoint runs inside a COMMIT and syncs both files on the event loop,
    // stalling every request in flight for a few milliseconds; a quarter as many stalls
    // (each longer) took them out of the HTTP bench's 99th percentile, and the pages that
    // logging keeps changing are copied once per checkpoint (docs/PERFORMANCE.md). The WAL
    // file keeps that size while a process has the database open.
    sqlite.pragma('wal_autocheckpoint = 4000');
    sqlite.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    try {
      if (!isCurrent(sqlite)) {
        await migrateWithRetry(db, sqlite);
        sqlite.pragma(`user_version = ${MIGRATION_COUNT}`);
      }
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new SqliteStore(db, sqlite);
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
    const undone = () => this.known.forget();
    try {
      this.tc.begin.run();
      this.known.afterBegin();
      this.inBatch = true;
      outcomes = await runBatch(this.tc, this, batch, () => this.sqlite.inTransaction, undone);
      this.inBatch = false;
      this.tc.commit.run(); // with synchronous=FULL, returns once the WAL is on disk
    } catch (error) {
      this.inBatch = false;
      if (this.sqlite.inTransaction) this.tc.rollback.run();
      this.known.forget();
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
