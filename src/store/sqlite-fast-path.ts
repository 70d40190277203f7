/**
 * The SQLite adapter's hot path: logging a moment. Building and compiling a Kysely query
 * costs ~30 µs, several times what SQLite needs to run it, and logging a moment takes
 * three or four queries; these prepared statements do the same work directly
 * (docs/PERFORMANCE.md). The shared store contract suite holds them to the same
 * behaviour as the Kysely implementation they replace.
 */
import type { Database as BetterSqlite, Statement } from 'better-sqlite3';
import type { EntryId, PersonId, StrategyId, TriggerId } from '../core/ids.js';
import { nameKey } from '../core/names.js';
import type { EntryByKind, Moment, Strategy, Trigger } from '../core/records.js';
import type { EntryKind, StrategyFunction, StrategyRole } from '../core/vocabulary.js';
import { ENTRY_ROWS, boolOrNull } from './entry-rows.js';

export class SqliteFastPath {
  private readonly inserts = new Map<EntryKind, Statement>();
  private readonly findTrigger: Statement<[string, string]>;
  private readonly insertTriggerRow: Statement;
  private readonly getStrategyRow: Statement<[string, string]>;
  private readonly insertUse: Statement;

  constructor(private readonly db: BetterSqlite) {
    this.findTrigger = db.prepare('SELECT id, name, created_at FROM triggers WHERE person_id = ? AND name_key = ?');
    this.insertTriggerRow = db.prepare(
      'INSERT INTO triggers (id, person_id, name, name_key, created_at) VALUES (@id, @person_id, @name, @name_key, @created_at)',
    );
    this.getStrategyRow = db.prepare('SELECT * FROM strategies WHERE person_id = ? AND id = ?');
    this.insertUse = db.prepare(
      'INSERT INTO moment_strategies (moment_id, strategy_id, position, helped) VALUES (?, ?, ?, ?)',
    );
  }

  findTriggerByName(personId: PersonId, name: string): Trigger | undefined {
    const r = this.findTrigger.get(personId, nameKey(name)) as { id: string; name: string; created_at: string } | undefined;
    return r && { id: r.id as TriggerId, name: r.name, createdAt: r.created_at };
  }

  insertTrigger(personId: PersonId, t: Trigger): void {
    this.insertTriggerRow.run({ id: t.id, person_id: personId, name: t.name, name_key: nameKey(t.name), created_at: t.createdAt });
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

  insertEntry<K extends EntryKind>(kind: K, personId: PersonId, entry: EntryByKind[K]): void {
    const row = ENTRY_ROWS[kind].toRow(personId, entry) as unknown as Record<string, unknown>;
    let stmt = this.inserts.get(kind);
    if (!stmt) {
      const cols = Object.keys(row);
      stmt = this.db.prepare(`INSERT INTO ${kind} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
      this.inserts.set(kind, stmt);
    }
    stmt.run(row);
    if (kind === 'moments') {
      const m = entry as Moment;
      m.strategies.forEach((s, position) => this.insertUse.run(m.id as EntryId, s.strategyId, position, boolOrNull(s.helped)));
    }
  }
}
