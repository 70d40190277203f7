/**
 * The SQLite adapter's hot path: logging a moment. Building and compiling a Kysely query
 * costs ~30 µs, several times what SQLite needs to run it, and logging a moment takes
 * three or four queries; these prepared statements do the same work directly
 * (docs/PERFORMANCE.md). The shared store contract suite holds them to the same
 * behaviour as the Kysely implementation they replace.
 *
 * Parameters are bound by position, not by name: better-sqlite3 looks each named
 * parameter up on the object from C++, which cost ~1/3 of an insert.
 */
import type { Database as BetterSqlite, Statement } from 'better-sqlite3';
import type { EntryId, PersonId, StrategyId, TriggerId } from '../core/ids.js';
import { nameKey } from '../core/names.js';
import type { EntryByKind, Moment, Strategy, StrategyUse, Trigger } from '../core/records.js';
import type { EntryKind, StrategyFunction, StrategyRole } from '../core/vocabulary.js';
import { ENTRY_ROWS, boolOrNull, strategyUseFromRow } from './entry-rows.js';
import type { EntryQuery } from './port.js';
import type { PreparedRows } from './prepared-entries.js';

/** An insert of one entry kind, with its columns in the order the values are bound. */
interface EntryInsert {
  columns: string[];
  statement: Statement;
}

export class SqliteFastPath {
  private readonly inserts = new Map<EntryKind, EntryInsert>();
  private readonly selects = new Map<string, Statement>();
  private readonly findTrigger: Statement<[string, string]>;
  private readonly insertTriggerRow: Statement;
  private readonly getStrategyRow: Statement<[string, string]>;
  private readonly insertUse: Statement;

  constructor(private readonly db: BetterSqlite) {
    this.findTrigger = db.prepare<[string, string]>('SELECT id, name, created_at FROM triggers WHERE person_id = ? AND name_key = ?').raw(true);
    this.insertTriggerRow = db.prepare('INSERT INTO triggers (id, person_id, name, name_key, created_at) VALUES (?, ?, ?, ?, ?)');
    this.getStrategyRow = db.prepare('SELECT * FROM strategies WHERE person_id = ? AND id = ?');
    this.insertUse = db.prepare(
      'INSERT INTO moment_strategies (moment_id, strategy_id, position, helped) VALUES (?, ?, ?, ?)',
    );
  }

  findTriggerByName(personId: PersonId, name: string): Trigger | undefined {
    const r = this.findTrigger.get(personId, nameKey(name)) as [string, string, string] | undefined;
    return r && { id: r[0] as TriggerId, name: r[1], createdAt: r[2] };
  }

  insertTrigger(personId: PersonId, t: Trigger): void {
    this.insertTriggerRow.run(t.id, personId, t.name, nameKey(t.name), t.createdAt);
  }

  getStrategy(personId: PersonId, id: StrategyId): Strategy | undefined {
    const r = this.getStrategyRow.get(personId, id) as
      | { id: string; name: string; role: string; function: string; archived: number; created_at: string; updated_at: string }
      | undefined;
    return (
      r && {
        id: r.id as StrategyId,
        name: r.name,
        role: r.role as StrategyRole,
        function: r.function as StrategyFunction,
        archived: r.archived !== 0,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }
    );
  }

  /** The insert for one kind, prepared with the columns of the first row written. */
  private createInsert(kind: EntryKind, columns: string[]): EntryInsert {
    const statement = this.db.prepare(`INSERT INTO ${kind} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    const insert = { columns, statement };
    this.inserts.set(kind, insert);
    return insert;
  }

  insertEntry<K extends EntryKind>(kind: K, personId: PersonId, entry: EntryByKind[K]): void {
    const row = ENTRY_ROWS[kind].toRow(personId, entry) as unknown as Record<string, unknown>;
    const insert = this.inserts.get(kind) ?? this.createInsert(kind, Object.keys(row));
    // toRow builds every row of a kind with the same keys in the same order (entry-rows.ts),
    // so its values line up with the columns the statement was prepared with.
    const values = Object.values(row);
    if (values.length !== insert.columns.length) throw new Error(`a ${kind} row has ${values.length} columns, not ${insert.columns.length}`);
    insert.statement.run(...values);
    if (kind === 'moments') {
      const m = entry as Moment;
      for (let position = 0; position < m.strategies.length; position++) {
        const s = m.strategies[position] as StrategyUse;
        this.insertUse.run(m.id as EntryId, s.strategyId, position, boolOrNull(s.helped));
      }
    }
  }

  /** Rows made beforehand (prepared-entries.ts): only SQLite's own work is left, one statement run per row. */
  insertPrepared(p: PreparedRows<EntryKind>): void {
    if (p.values.length === 0) return;
    const { statement, columns } = this.inserts.get(p.kind) ?? this.createInsert(p.kind, [...p.columns]);
    if (p.columns.length !== columns.length || p.columns.some((c, i) => c !== columns[i])) throw new Error(`prepared ${p.kind} rows have columns ${p.columns.join()}, not ${columns.join()}`);
    for (const values of p.values) statement.run(...values);
    for (const list of p.uses) for (const u of list) this.insertUse.run(...u);
  }

  listEntryIds(kind: EntryKind, personId: PersonId): EntryId[] {
    return this.statement(`SELECT id FROM ${kind} WHERE person_id = ?`, false, true).all(personId) as EntryId[];
  }

  private statement(sql: string, raw = false, pluck = false): Statement {
    const key = raw ? `raw:${sql}` : pluck ? `pluck:${sql}` : sql;
    let stmt = this.selects.get(key);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      if (raw) stmt.raw(true);
      if (pluck) stmt.pluck(true);
      this.selects.set(key, stmt);
    }
    return stmt;
  }

  /**
   * A person's entries of one kind, newest first: the same rows as KyselyRepo.listEntries,
   * read in one statement, and for moments their strategies in one more (not one query
   * per 500 moments). Reading a five-year journal went from ~600 ms to a few tens.
   */
  listEntries<K extends EntryKind>(kind: K, personId: PersonId, query: EntryQuery = {}): EntryByKind[K][] {
    const where = ['e.person_id = @person'];
    const params: Record<string, string | number> = { person: personId };
    if (query.since !== undefined) {
      where.push('e.local_day >= @since');
      params['since'] = query.since;
    }
    if (query.until !== undefined) {
      where.push('e.local_day <= @until');
      params['until'] = query.until;
    }
    const deleted = query.deleted ?? 'exclude';
    if (deleted === 'exclude') where.push('e.deleted_at IS NULL');
    if (deleted === 'only') where.push('e.deleted_at IS NOT NULL');
    const spec = ENTRY_ROWS[kind];
    let sql = `SELECT ${spec.columns.map((c) => `e.${c}`).join(', ')} FROM ${kind} e WHERE ${where.join(' AND ')} ORDER BY e.occurred_ms DESC, e.id`;
    if (query.limit !== undefined) {
      sql += ' LIMIT @limit';
      params['limit'] = query.limit;
    }
    const rows = this.statement(sql, true).all(params) as unknown[][];
    const build = (v: unknown[], uses: StrategyUse[]) => spec.fromValues(v, uses) as EntryByKind[K];
    if (kind !== 'moments' || rows.length === 0) return rows.map((v) => build(v, []));

    const uses = new Map<string, StrategyUse[]>();
    const collect = (list: Array<{ moment_id: string; strategy_id: string; helped: number | null }>) => {
      for (const u of list) {
        const mine = uses.get(u.moment_id) ?? [];
        mine.push(strategyUseFromRow(u));
        uses.set(u.moment_id, mine);
      }
    };
    if (query.limit === undefined) {
      const usesSql =
        `SELECT ms.moment_id, ms.strategy_id, ms.helped FROM moment_strategies ms JOIN moments e ON e.id = ms.moment_id ` +
        `WHERE ${where.join(' AND ')} ORDER BY ms.moment_id, ms.position`;
      const { limit: _l, ...usesParams } = params;
      collect(this.statement(usesSql).all(usesParams) as never);
    } else {
      const ids = rows.map((v) => v[0] as string);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const usesSql = `SELECT moment_id, strategy_id, helped FROM moment_strategies WHERE moment_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY moment_id, position`;
        collect(this.db.prepare(usesSql).all(...chunk) as never);
      }
    }
    return rows.map((v) => build(v, uses.get(v[0] as string) ?? []));
  }
}
