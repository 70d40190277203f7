/** Rules about when an entry can be said to have happened. */
import { instantToMs, type IsoInstant } from '../../core/time.js';
import { LIMITS } from '../../core/vocabulary.js';
import { invalid } from '../errors.js';

/** Whether an instant lies in the future, beyond a few minutes' allowed clock drift. */
export function isInFuture(at: IsoInstant, now: IsoInstant): boolean {
  const a = instantToMs(at);
  const n = instantToMs(now);
  return a !== null && n !== null && a > n + LIMITS.futureToleranceMinutes * 60_000;
}

/** An entry may not be dated in the future (a few minutes' clock drift is allowed). */
export function checkNotFuture(occurredAt: IsoInstant, now: IsoInstant, field = 'occurredAt'): void {
  if (isInFuture(occurredAt, now)) throw invalid(field, "can't be in the future");
}
