/**
 * Short day labels for charts and captions ("25 May", "25 May – 18 Nov 2026"): the same
 * words as the terminal and the engine's sentences (core/words/dates.ts), whatever the
 * browser's language, so a page never mixes "Dec 7, 2026" with "7 Dec 2026".
 */
import { dayMonth, dayRangeWords, dayWords, spanWords as coreSpanWords } from '../../../../src/core/words/dates.js';
import { addDays, type CalendarDay } from '../../../../src/core/time.js';

export function shortDay(day: CalendarDay): string {
  return dayMonth(day);
}

export function shortDayYear(day: CalendarDay): string {
  return dayWords(day);
}

/** "7 Dec 2026" for one day, "1–7 Dec 2026", "25 May – 18 Nov 2026", "20 Nov 2016 – 21 Nov 2026". */
export function dayRange(from: CalendarDay, to: CalendarDay): string {
  return dayRangeWords(from, to);
}

/** Whole days from one calendar day to another. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "6 weeks", "10 days", "1 day": how long the early and recent windows are. */
export const spanWords = coreSpanWords;

/** Monday = 0 … Sunday = 6. */
export function weekdayOf(day: CalendarDay): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the week a day falls in (the report's weeks start on Monday). */
export function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -weekdayOf(day));
}
