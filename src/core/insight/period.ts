/**
 * The report's time frame. The period ends with asOf and reaches back `weeks` weeks (or
 * to the first entry). "Early" is its first six weeks and "recent" its last six, so a
 * statement like "in the last six weeks" is literally true; a period shorter than twelve
 * weeks is split in halves instead.
 */
import { addDays, type CalendarDay } from '../time.js';

export const WINDOW_DAYS = 42;
export const DEFAULT_WEEKS = 26;
/**
 * "Everything so far" reaches back at most twenty years. One entry mistyped as 1900
 * otherwise made a weekly series of 6,500 weeks: a 10 MB report that took the server
 * 20 seconds to build.
 */
export const MAX_WEEKS = 1040;

export interface Period {
  from: CalendarDay;
  to: CalendarDay;
  /** Last day of the early window. */
  earlyUntil: CalendarDay;
  /** First day of the recent window. */
  recentFrom: CalendarDay;
  /** Days from `from` to `to`, inclusive. */
  days: number;
}

export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A period chosen by its first day ("since therapy began") rather than by a number of weeks. */
export interface FromDay {
  from: CalendarDay;
}

/**
 * @param span weeks back from asOf; null for everything; or `{ from }`, the first day wanted
 *   (clamped to asOf, like the weeks, to MAX_WEEKS and to the first entry)
 * @param firstDay the first day with any entry on or before asOf, or null
 */
export function periodFor(asOf: CalendarDay, span: number | null | FromDay, firstDay: CalendarDay | null): Period {
  const earliest = addDays(asOf, -(MAX_WEEKS * 7) + 1);
  const wanted =
    span === null
      ? (firstDay ?? asOf)
      : typeof span === 'number'
        ? addDays(asOf, -(Math.min(span, MAX_WEEKS) * 7) + 1)
        : span.from > asOf
          ? asOf
          : span.from;
  const start = wanted < earliest ? earliest : wanted;
  const from = firstDay !== null && firstDay > start ? firstDay : start;
  const days = daysBetween(from, asOf) + 1;
  const windowDays = days >= 2 * WINDOW_DAYS ? WINDOW_DAYS : Math.max(1, Math.floor(days / 2));
  return {
    from,
    to: asOf,
    earlyUntil: addDays(from, windowDays - 1),
    recentFrom: addDays(asOf, -windowDays + 1),
    days,
  };
}

/** Monday of the ISO week that holds `day`. */
export function weekOf(day: CalendarDay): CalendarDay {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((dow + 6) % 7));
}

/** weekOf with memory, for the many entries of a report that share a few hundred days. */
export function weekKeyer(): (day: CalendarDay) => CalendarDay {
  const seen = new Map<CalendarDay, CalendarDay>();
  return (day) => {
    let week = seen.get(day);
    if (week === undefined) {
      week = weekOf(day);
      seen.set(day, week);
    }
    return week;
  };
}

/**
 * How many days of the week that starts on `monday` fall inside the period, 1–7. Under 7,
 * the week is partial: the first week may begin mid-week, and the week holding `to` (the
 * as-of day) is still going unless `to` is its Sunday. A partial week's counts are not a
 * whole week's, so weekly trends leave the current one out and charts mark it "so far".
 */
export function daysInPeriod(monday: CalendarDay, period: Pick<Period, 'from' | 'to'>): number {
  const first = monday < period.from ? period.from : monday;
  const sunday = addDays(monday, 6);
  const last = sunday > period.to ? period.to : sunday;
  return Math.max(0, daysBetween(first, last) + 1);
}

/** Every Monday from the week of `from` to the week of `to`. */
export function weeksIn(from: CalendarDay, to: CalendarDay): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let w = weekOf(from); w <= to; w = addDays(w, 7)) out.push(w);
  return out;
}
