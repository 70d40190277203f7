/**
 * better-sqlite3 compiles SQL on every `prepare`; Kysely prepares each query afresh.
 * Caching the prepared statement per SQL text removes that cost from every write
 * (measured in docs/PERFORMANCE.md). Queries run one at a time on the one connection,
 * so a cached statement is never in use twice at once.
 */
import type { Database as BetterSqlite } from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export function withStatementCache(db: BetterSqlite, max = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = db.prepare(sql) as unknown as SqliteStatement;
        // Statements with generated IN lists vary in text; forget the oldest beyond `max`.
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}
