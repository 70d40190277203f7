/**
 * A read-only connection to a journal another connection keeps (the server's own
 * SqliteStore): what the report worker thread reads with, so a report is built without
 * the server's event loop. In WAL mode readers and the writer never wait for each other,
 * and each statement sees only committed data.
 *
 * `dataVersion()` is SQLite's PRAGMA data_version: on a connection that never writes, it
 * changes whenever anyone else commits — this server, a `headway` command, anything —
 * so a result worked out at one version is still right while the version is the same.
 */
import { join } from 'node:path';
import SqliteDatabase, { type Database as BetterSqlite, type Statement } from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Store, StoreTx } from './port.js';
import { KyselyRepo } from './repo.js';
import type { Database } from './schema.js';
import { SQLITE_FILE } from './sqlite.js';
import { withStatementCache } from './statement-cache.js';

export class SqliteReader extends KyselyRepo implements Store {
  readonly dialect = 'sqlite' as const;
  private readonly version: Statement;

  private constructor(
    private readonly kysely: Kysely<Database>,
    sqlite: BetterSqlite,
  ) {
    super(kysely);
    this.version = sqlite.prepare('PRAGMA data_version').pluck(true);
  }

  /** Opens `headway.sqlite3` in `dataDir`, which must exist (the server made and migrated it). */
  static open(dataDir: string): SqliteReader {
    const sqlite = new SqliteDatabase(join(dataDir, SQLITE_FILE), { readonly: true, fileMustExist: true, timeout: 5000 });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return new SqliteReader(db, sqlite);
  }

  /** Changes whenever another connection commits; the same number means the same data. */
  dataVersion(): number {
    return this.version.get() as number;
  }

  transaction<T>(_work: (tx: StoreTx) => Promise<T>): Promise<T> {
    return Promise.reject(new Error('SqliteReader is read-only'));
  }

  async close(): Promise<void> {
    await this.kysely.destroy();
  }
}
