/**
 * The clinic store: PostgreSQL through `pg`, one ordinary transaction per unit of work
 * (the server's own WAL and fsync give durability and group commit).
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrate.js';
import type { Store, StoreTx } from './port.js';
import { KyselyRepo } from './repo.js';
import type { Database } from './schema.js';

const INT8_OID = 20;

export class PostgresStore extends KyselyRepo implements Store {
  readonly dialect = 'postgres' as const;

  private constructor(private readonly kysely: Kysely<Database>) {
    super(kysely);
  }

  static async open(connectionString: string): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString,
      max: 10,
      // 64-bit integers (millisecond instants, counts) fit a JS number exactly.
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      await migrateToLatest(db, 'postgres');
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new PostgresStore(db);
  }

  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.kysely.transaction().execute((trx) => work(new KyselyRepo(trx)));
  }

  async close(): Promise<void> {
    await this.kysely.destroy();
  }
}
