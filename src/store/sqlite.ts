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
 *
 * Another process's write lock (a `headway import` in a terminal) is waited for as
 * `lockWait` says (write-lock.ts): the server on timers, so the event loop stays free, and
 * a write that cannot get the lock in time is answered `database_busy`. Storage faults
 * (full disk, read-only or foreign files, damage) become StoreErrors (storage-errors.ts).
 */
import { resolve } from 'node:path';
import type { Database as BetterSqlite } from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { TransactionControl, runBatch, type Outcome, type Pending } from './group-commit.js';
import { KnownTriggers } from './known-triggers.js';
import { makeFolders, openSqliteFile } from './sqlite-file.js';
import { bringUpToDate } from './sqlite-migrate.js';
import { SqliteFastPath } from './sqlite-fast-path.js';
import { withStatementCache } from './statement-cache.js';
import { busyError, isBusy, storageFault } from './storage-errors.js';
import { CLI_LOCK_WAIT, backoffMs, beginWithin, sleep, type LockWait } from './write-lock.js';
import type { EntryId, PersonId, StrategyId } from '../core/ids.js';
import type { EntryByKind, Strategy, Trigger } from '../core/records.js';
import type { EntryKind } from '../core/vocabulary.js';
import type { EntryQuery, PreparedEntries, Store, StoreTx } from './port.js';
import { preparedRows } from './prepared-entries.js';
import { KyselyRepo } from './repo.js';
import type { Database } from './schema.js';

export const SQLITE_FILE = 'headway.sqlite3';
export { CLI_LOCK_WAIT, SERVER_LOCK_WAIT } from './write-lock.js';


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
    private readonly file: string,
    private readonly lockWait: LockWait,
    private readonly tidy: () => void,
  ) {
    super(kysely);
    this.fast = new SqliteFastPath(sqlite);
    this.tc = new TransactionControl(sqlite);
    this.known = new KnownTriggers(sqlite, (personId, name) => this.fast.findTriggerByName(personId, name));
  }

  /** The StoreError for a storage fault, or the error itself. */
  private fault(error: unknown): unknown {
    return storageFault(error, this.file) ?? error;
  }

  // The moment-logging hot path, on prepared statements (sqlite-fast-path.ts).
  override async findTriggerByName(personId: PersonId, name: string): Promise<Trigger | undefined> {
    try {
      return this.inBatch ? this.known.find(personId, name) : this.fast.findTriggerByName(personId, name);
    } catch (error) {
      throw this.fault(error);
    }
  }
  override async insertTrigger(personId: PersonId, trigger: Trigger): Promise<void> {
    this.fast.insertTrigger(personId, trigger);
  }
  override async getStrategy(personId: PersonId, id: StrategyId): Promise<Strategy | undefined> {
    try {
      return this.fast.getStrategy(personId, id);
    } catch (error) {
      throw this.fault(error);
    }
  }
  override async insertEntry<K extends EntryKind>(kind: K, personId: PersonId, entry: EntryByKind[K]): Promise<void> {
    this.fast.insertEntry(kind, personId, entry);
  }
  override async insertEntries(prepared: PreparedEntries): Promise<void> {
    this.fast.insertPrepared(preparedRows(prepared));
  }
  override async listEntryIds(kind: EntryKind, personId: PersonId): Promise<EntryId[]> {
    try {
      return this.fast.listEntryIds(kind, personId);
    } catch (error) {
      throw this.fault(error);
    }
  }
  override async listEntries<K extends EntryKind>(kind: K, personId: PersonId, query?: EntryQuery): Promise<EntryByKind[K][]> {
    try {
      return this.fast.listEntries(kind, personId, query);
    } catch (error) {
      throw this.fault(error);
    }
  }

  /**
   * Opens (creating if needed) the database file in `dataDir` and migrates it. `lockWait`
   * says how to wait for another process's write lock: the server passes SERVER_LOCK_WAIT.
   */
  static async open(dataDir: string, lockWait: LockWait = CLI_LOCK_WAIT): Promise<SqliteStore> {
    try {
      makeFolders(dataDir);
    } catch (error) {
      throw storageFault(error) ?? error;
    }
    const file = resolve(dataDir, SQLITE_FILE); // absolute, so a message names it plainly
    return SqliteStore.openFile(file, lockWait);
  }

  /** Opens a database file (or ':memory:' for tests). */
  static async openFile(file: string, lockWait: LockWait = CLI_LOCK_WAIT): Promise<SqliteStore> {
    // Opening and migrating may block: nothing is served yet. The server's connection then waits on timers.
    const opened = openSqliteFile(file, lockWait.timeoutMs);
    const { sqlite } = opened;
    const fault = (error: unknown) => storageFault(error, file) ?? error;
    let db: Kysely<Database> | undefined;
    try {
      if (!opened.readOnly) sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL'); // every COMMIT fsyncs the WAL: see above
      // Copy the WAL back into the database every ~16 MB rather than every ~4 MB (SQLite's
      // default). A checkpoint runs inside a COMMIT and syncs both files on the event loop,
      // stalling every request in flight for a few milliseconds; a quarter as many stalls
      // (each longer) took them out of the HTTP bench's 99th percentile, and the pages that
      // logging keeps changing are copied once per checkpoint (docs/PERFORMANCE.md). The WAL
      // file keeps that size while a process has the database open.
      sqlite.pragma('wal_autocheckpoint = 4000');
      sqlite.pragma('foreign_keys = ON');
      db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite, 500, fault) }) });
      await bringUpToDate(db, sqlite);
      if (lockWait.onTimers) sqlite.pragma('busy_timeout = 0');
    } catch (error) {
      if (db) await db.destroy();
      else sqlite.close();
      opened.tidy();
      throw fault(error);
    }
    return new SqliteStore(db, sqlite, file, lockWait, opened.tidy);
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

  /** Fails every caller still queued with `error`. */
  private failQueued(error: unknown): void {
    const failed = this.fault(error);
    for (const item of this.queue.splice(0)) item.reject(failed);
  }

  /**
   * Waits on timers for another process's write lock, trying again with back-off. A caller
   * that has waited `lockWait.timeoutMs` is answered `database_busy` and leaves the queue;
   * callers arriving meanwhile wait too, counted from the try before they came, so none
   * waits longer than the time-out. True once the lock is held with callers to serve.
   */
  private async waitForLock(firstTry: number): Promise<boolean> {
    const timeout = this.lockWait.timeoutMs;
    let lastTry = firstTry;
    for (let attempt = 0; ; attempt++) {
      const now = performance.now();
      for (const item of this.queue) item.since ??= lastTry;
      const late = this.queue.filter((item) => now - (item.since ?? now) >= timeout);
      if (late.length > 0) {
        this.queue = this.queue.filter((item) => now - (item.since ?? now) < timeout);
        for (const item of late) item.reject(busyError(timeout));
      }
      const oldest = this.queue[0]?.since;
      if (oldest === undefined) return false;
      await sleep(Math.max(1, Math.min(backoffMs(attempt), oldest + timeout - now)));
      lastTry = performance.now();
      try {
        this.tc.begin.run();
        return true;
      } catch (error) {
        if (!isBusy(error)) throw error;
      }
    }
  }

  private async flush(): Promise<void> {
    if (this.queue.length === 0) return;
    try {
      const firstTry = this.lockWait.onTimers ? performance.now() : 0;
      try {
        this.tc.begin.run();
      } catch (error) {
        // SQLite has already waited (blocking) unless this connection waits on timers.
        if (!isBusy(error) || !this.lockWait.onTimers) throw isBusy(error) ? busyError(this.lockWait.timeoutMs) : error;
        if (!(await this.waitForLock(firstTry))) return;
      }
    } catch (error) {
      return this.failQueued(error);
    }
    // Everyone waiting joins this commit, those who came while the lock was busy too.
    const batch = this.queue.splice(0);
    let outcomes: Outcome[];
    const undone = () => this.known.forget();
    const beginAgain = () => beginWithin(() => this.tc.begin.run(), this.lockWait);
    try {
      this.known.afterBegin();
      this.inBatch = true;
      outcomes = await runBatch(this.tc, this, batch, () => this.sqlite.inTransaction, undone, beginAgain);
      this.inBatch = false;
      this.tc.commit.run(); // with synchronous=FULL, returns once the WAL is on disk
    } catch (error) {
      this.inBatch = false;
      if (this.sqlite.inTransaction) this.tc.rollback.run();
      this.known.forget();
      const failed = this.fault(error);
      for (const item of batch) item.reject(failed);
      return;
    }
    batch.forEach((item, i) => {
      const o = outcomes[i];
      if (o?.ok) item.resolve(o.value);
      else item.reject(this.fault(o?.error));
    });
  }

  async close(): Promise<void> {
    while (this.queue.length > 0 || this.scheduled) {
      await new Promise((r) => setImmediate(r));
      await this.flushing;
    }
    await this.flushing;
    await this.kysely.destroy();
    this.tidy();
  }
}
