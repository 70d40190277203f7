/**
 * Calendar days in words, the same on every page, in the printed summary and in the
 * terminal: "7 Dec 2026", "1–7 Dec 2026", "26 Nov – 7 Dec 2026". Never an ISO date in
 * text a person reads, and never a range that repeats itself ("Dec 7 – Dec 7, 2026").
 * Month names are English like the rest of Headway's words; day-first with the month as
 * a word reads the same in every country.
 */
import type { CalendarDay } from '../time.js';
import { count } from './plural.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function parts(day: CalendarDay): { y: string; m: string; d: number } {
  return { y: day.slice(0, 4), m: MONTHS[Number(day.slice(5, 7)) - 1] ?? '?', d: Number(day.slice(8, 10)) };
}

/** "7 Dec": for chart axes and short captions where the year is clear. */
export function dayMonth(day: CalendarDay): string {
  const p = parts(day);
  return `${p.d} ${p.m}`;
}

/** "7 Dec 2026". Accepts an instant too ("2026-12-07T21:15:00+01:00" → its own wall-clock day). */
export function dayWords(dayOrInstant: string): string {
  const p = parts(dayOrInstant.slice(0, 10));
  return `${p.d} ${p.m} ${p.y}`;
}

/** "7 Dec 2026" for one day, "1–7 Dec 2026", "26 Nov – 7 Dec 2026", "20 Dec 2025 – 7 Jan 2026". */
export function dayRangeWords(from: CalendarDay, to: CalendarDay): string {
  if (from === to) return dayWords(to);
  const a = parts(from);
  const b = parts(to);
  if (a.y !== b.y) return `${dayWords(from)} – ${dayWords(to)}`;
  if (a.m !== b.m) return `${a.d} ${a.m} – ${dayWords(to)}`;
  return `${a.d}–${dayWords(to)}`;
}

/** Whole days from one calendar day to another (negative when `to` comes first). */
export function daysFromTo(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How long from `from` to `to`, both counted: "1 day", "10 days", "1 week", "6 weeks". */
export function spanWords(from: CalendarDay, to: CalendarDay): string {
  const days = daysFromTo(from, to) + 1;
  return days % 7 === 0 ? count(days / 7, 'week') : count(days, 'day');
}

/** "the first 6 weeks", "the first day", "the last 10 days": a window of a period, named by its length. */
export function windowWords(which: 'first' | 'last', from: CalendarDay, to: CalendarDay): string {
  const span = spanWords(from, to);
  return span === '1 day' ? `the ${which} day` : span === '1 week' ? `the ${which} week` : `the ${which} ${span}`;
}
