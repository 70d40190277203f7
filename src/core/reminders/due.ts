/**
 * When a questionnaire is next due, from the person's chosen rhythm (e.g. PHQ-9 every
 * 14 days) and when they last answered it. "Due" is an invitation: nothing counts missed
 * days, and a late questionnaire is simply due, not overdue by N.
 */
import { addDays, localDayOf, type CalendarDay, type IsoInstant } from '../time.js';

export interface DueState {
  due: boolean;
  /** The day it becomes (or became) due; today when it was never taken. */
  nextOn: CalendarDay;
}

/**
 * `lastTakenAt` is the latest administration (its local calendar day counts), `everyDays`
 * the rhythm (≥ 1), `today` the person's calendar day. Never taken: due today.
 */
export function dueState(lastTakenAt: IsoInstant | null, everyDays: number, today: CalendarDay): DueState {
  if (!Number.isInteger(everyDays) || everyDays < 1) throw new RangeError('everyDays must be a whole number ≥ 1');
  if (lastTakenAt === null) return { due: true, nextOn: today };
  const nextOn = addDays(localDayOf(lastTakenAt), everyDays);
  return { due: nextOn <= today, nextOn };
}
