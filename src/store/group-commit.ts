/**
 * Group commit's moving parts: the callers waiting for the next commit, transaction
 * control as prepared statements, and one batch's run with its undo on a caller's failure.
 */
import type { Database as BetterSqlite, Statement } from 'better-sqlite3';
import type { StoreTx } from './port.js';

export interface Pending {
  work: (tx: StoreTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** When it began waiting for another process's lock (performance.now()); set only then. */
  since?: number;
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Transaction control as prepared statements: `exec` compiles its SQL on every call,
 * and the Kysely wrappers cost more than the statements themselves (docs/PERFORMANCE.md).
 */
export class TransactionControl {
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
export async function runBatch(tc: TransactionControl, repo: StoreTx, batch: Pending[], inTransaction: () => boolean, undone: () => void, beginAgain: () => Promise<void>): Promise<Outcome[]> {
  if (batch.length === 1 && batch[0]) return [{ ok: true, value: await batch[0].work(repo) }];
  try {
    const outcomes: Outcome[] = [];
    for (const item of batch) outcomes.push({ ok: true, value: await item.work(repo) });
    return outcomes;
  } catch {
    if (inTransaction()) tc.rollback.run();
    undone();
    await beginAgain(); // another process may take the lock in between
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
