/** Short day labels for charts and captions ("25 May", "25 May – 18 Nov"). */
import { addDays, type CalendarDay } from '../../../../src/core/time.js';

const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const shortYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function shortDay(day: CalendarDay): string {
  return short.format(new Date(`${day}T00:00:00Z`));
}

export function shortDayYear(day: CalendarDay): string {
  return shortYear.format(new Date(`${day}T00:00:00Z`));
}

/** "25 May – 18 Nov 2026"; across years each end has its own ("20 Nov 2016 – 21 Nov 2026"). */
export function dayRange(from: CalendarDay, to: CalendarDay): string {
  return `${from.slice(0, 4) === to.slice(0, 4) ? shortDay(from) : shortDayYear(from)} – ${shortDayYear(to)}`;
}

/** Whole days from one calendar day to another. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "6 weeks", "10 days": how long the early and recent windows are. */
export function spanWords(from: CalendarDay, to: CalendarDay): string {
  const days = daysBetween(from, to) + 1;
  return days % 7 === 0 ? `${days / 7} week${days === 7 ? '' : 's'}` : `${days} days`;
}

/** Monday = 0 … Sunday = 6. */
export function weekdayOf(day: CalendarDay): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the week a day falls in (the report's weeks start on Monday). */
export function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -weekdayOf(day));
}
