/**
 * better-sqlite3 compiles SQL on every `prepare`; Kysely prepares each query afresh.
 * Caching the prepared statement per SQL text removes that cost from every write
 * (measured in docs/PERFORMANCE.md). Queries run one at a time on the one connection,
 * so a cached statement is never in use twice at once.
 *
 * Every error a statement throws passes through `fault` (the store's storage-fault
 * words), so a full disk or a damaged file reached through Kysely reads as one too.
 */
import type { Database as BetterSqlite } from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

function guarded(stmt: SqliteStatement, fault: (error: unknown) => unknown): SqliteStatement {
  return {
    reader: stmt.reader,
    all(parameters) {
      try {
        return stmt.all(parameters);
      } catch (error) {
        throw fault(error);
      }
    },
    run(parameters) {
      try {
        return stmt.run(parameters);
      } catch (error) {
        throw fault(error);
      }
    },
    *iterate(parameters) {
      try {
        yield* stmt.iterate(parameters);
      } catch (error) {
        throw fault(error);
      }
    },
  };
}

export function withStatementCache(db: BetterSqlite, max = 500, fault: (error: unknown) => unknown = (e) => e): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql);
      if (!stmt) {
        try {
          stmt = guarded(db.prepare(sql) as unknown as SqliteStatement, fault);
        } catch (error) {
          throw fault(error); // preparing reads the schema: a damaged file can fail here
        }
        // Statements with generated IN lists vary in text; forget the oldest beyond `max`.
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}
