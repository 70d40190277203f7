/**
 * Dates and times as the person sees them. Entries keep the wall-clock time and offset
 * they were written with (core/time.ts), so a moment logged at 21:15 shows as 21:15.
 */
import { addDays, formatInstant, instantToMs, localDayOf, type CalendarDay, type IsoInstant } from '../../../src/core/time.js';

function offsetOf(date: Date): number {
  return -date.getTimezoneOffset();
}

export function nowInstant(): IsoInstant {
  const d = new Date();
  return formatInstant(d.getTime(), offsetOf(d));
}

export function today(): CalendarDay {
  return localDayOf(nowInstant());
}

export function daysAgo(days: number): CalendarDay {
  return addDays(today(), -days);
}

/** The value a datetime-local input shows for now (used as its max). */
export function nowForInput(): string {
  return nowInstant().slice(0, 16);
}

/** A datetime-local value ("2026-03-02T21:15") read in this browser's time zone. */
export function inputToInstant(value: string): IsoInstant | null {
  if (value === '') return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  return formatInstant(d.getTime(), offsetOf(d));
}

/** The wall-clock date and time an entry was written with, for a datetime-local input. */
export function instantToInput(instant: IsoInstant): string {
  return instant.slice(0, 16);
}

export function timeOf(instant: IsoInstant): string {
  return instant.slice(11, 16);
}

export function sortKey(instant: IsoInstant): number {
  return instantToMs(instant) ?? 0;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const plainDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function asUtcDate(day: CalendarDay): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** "Today", "Yesterday", "Tuesday 18 November" — the year only when it is not this one. */
export function dayHeading(day: CalendarDay): string {
  const now = today();
  if (day === now) return 'Today';
  if (day === addDays(now, -1)) return 'Yesterday';
  const format = day.slice(0, 4) === now.slice(0, 4) ? dayFormat : longDayFormat;
  return format.format(asUtcDate(day));
}

/** "20 November 2026", for dates shown in small print. */
export function plainDay(dayOrInstant: string): string {
  return plainDayFormat.format(asUtcDate(dayOrInstant.slice(0, 10)));
}

/**
 * The instant to send for an entry: on a new one, the chosen time or now (in this
 * browser's offset, so it lands on the day the person sees); on an edit, only a changed
 * time. Text that is not a date is passed on for the schema to explain.
 */
export function occurredAtFor(when: string, original?: IsoInstant): IsoInstant | undefined {
  if (original !== undefined) {
    if (when === instantToInput(original)) return undefined;
    return inputToInstant(when) ?? (when === '' ? undefined : when);
  }
  return when === '' ? nowInstant() : (inputToInstant(when) ?? when);
}
