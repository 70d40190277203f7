/**
 * How a connection waits for another process's write lock (a `headway import` in a
 * terminal holds it for the whole import, seconds for a big file).
 *
 * SQLite's own busy handler waits by sleeping inside the call, which for a server means
 * the whole event loop stops: no request is answered, not even a health check. So the
 * server's connection runs with a busy timeout of 0 and waits on timers instead, trying
 * again after 1, 2, 5, 10, then every 20 ms (SQLite's own handler starts the same way), so
 * a write goes through within ~20 ms of the lock coming free. A CLI may block; it lets
 * SQLite wait, patiently.
 */
import { busyError, isBusy } from './storage-errors.js';

export interface LockWait {
  /** How long a write may wait for the lock before it is answered `database_busy` (ms). */
  timeoutMs: number;
  /** True: wait on timers, keeping the event loop free. False: SQLite waits inside the call. */
  onTimers: boolean;
}

/** The server: a few seconds, as SQLite-backed services commonly allow, never blocking. */
export const SERVER_LOCK_WAIT: LockWait = { timeoutMs: 5_000, onTimers: true };
/** A CLI command: long enough for another command's import to finish; blocking is fine. */
export const CLI_LOCK_WAIT: LockWait = { timeoutMs: 30_000, onTimers: false };

const BACKOFF_MS = [1, 2, 5, 10, 20] as const;

export const backoffMs = (attempt: number): number => BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] ?? 20;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `begin` (BEGIN IMMEDIATE) until it gets the lock, waiting on timers between tries,
 * for at most `wait.timeoutMs`; then throws `database_busy`. Any other error is thrown as is.
 */
export async function beginWithin(begin: () => void, wait: LockWait): Promise<void> {
  const start = performance.now();
  for (let attempt = 0; ; attempt++) {
    try {
      begin();
      return;
    } catch (error) {
      if (!isBusy(error) || !wait.onTimers) throw error;
    }
    const left = start + wait.timeoutMs - performance.now();
    if (left <= 0) throw busyError(wait.timeoutMs);
    await sleep(Math.min(backoffMs(attempt), left));
  }
}
