/** Rules about when an entry can be said to have happened. */
import { instantToMs, type IsoInstant } from '../../core/time.js';
import { LIMITS } from '../../core/vocabulary.js';
import { invalid } from '../errors.js';

/** An entry may not be dated in the future (a few minutes' clock drift is allowed). */
export function checkNotFuture(occurredAt: IsoInstant, now: IsoInstant, field = 'occurredAt'): void {
  const at = instantToMs(occurredAt);
  const n = instantToMs(now);
  if (at !== null && n !== null && at > n + LIMITS.futureToleranceMinutes * 60_000) {
    throw invalid(field, "can't be in the future");
  }
}
