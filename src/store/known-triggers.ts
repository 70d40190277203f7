/**
 * Triggers the SQLite store has found by name, remembered while logging: a person names
 * the same few triggers again and again, and looking one up cost ~3.5 µs of a logged
 * moment's ~80 (docs/PERFORMANCE.md). What is remembered can never be out of date:
 * - another process's commit (the CLI renaming or merging a trigger while the server
 *   runs) changes `PRAGMA data_version`, which is read at the start of every group commit,
 *   while the write lock is held; any change, to any table, forgets everything;
 * - this connection's own changes to a trigger (a rename, a merge, an import, a delete)
 *   run a temporary SQL trigger that forgets everything, whatever code made the change;
 * - work that is undone (a rolled-back batch or savepoint, a COMMIT that fails) forgets
 *   everything, since a trigger it found may have been made by work that no longer exists.
 * A trigger is remembered when a look-up finds it, not when it is inserted. (An `INSERT
 * OR REPLACE` into triggers would delete rows without running the delete trigger; nothing
 * writes triggers that way, and it should not start to.)
 */
import type { Database as BetterSqlite, Statement } from 'better-sqlite3';
import type { PersonId } from '../core/ids.js';
import type { Trigger } from '../core/records.js';

/** How many names to remember before starting over. */
const KEPT = 1000;

export class KnownTriggers {
  private readonly byName = new Map<string, Trigger>();
  private readonly dataVersion: Statement<[], number>;
  private version: number | undefined;

  constructor(
    db: BetterSqlite,
    /** The look-up in the database itself. */
    private readonly lookUp: (personId: PersonId, name: string) => Trigger | undefined,
  ) {
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    db.function('headway_forget_known_triggers', { deterministic: false }, () => {
      this.forget();
      return null;
    });
    db.exec(
      'CREATE TEMP TRIGGER IF NOT EXISTS headway_trigger_updated AFTER UPDATE ON main.triggers BEGIN SELECT headway_forget_known_triggers(); END;' +
        'CREATE TEMP TRIGGER IF NOT EXISTS headway_trigger_deleted AFTER DELETE ON main.triggers BEGIN SELECT headway_forget_known_triggers(); END;',
    );
  }

  /**
   * At the start of a group commit, with the write lock held: has anyone else committed
   * since the last one? The version only grows, so a batch undone and begun again (another
   * process may commit in between) is caught at the next start at the latest, and what it
   * found meanwhile was read under the lock, from the database as it then was.
   */
  afterBegin(): void {
    const version = this.dataVersion.get();
    if (version !== this.version) {
      this.byName.clear();
      this.version = version;
    }
  }

  forget(): void {
    this.byName.clear();
  }

  find(personId: PersonId, name: string): Trigger | undefined {
    const key = `${personId}\u0000${name}`;
    let trigger = this.byName.get(key);
    if (trigger === undefined) {
      trigger = this.lookUp(personId, name);
      if (trigger !== undefined) {
        if (this.byName.size >= KEPT) this.byName.clear();
        this.byName.set(key, trigger);
      }
    }
    return trigger;
  }
}
