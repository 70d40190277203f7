/**
 * Instants are ISO 8601 strings with an explicit offset ("2026-03-02T21:15:00+01:00"),
 * kept exactly as the person's device wrote them, so the local calendar day and hour of a
 * moment never depend on the machine that later reads it. Calendar days are 'YYYY-MM-DD'.
 */

export type IsoInstant = string;
export type CalendarDay = string;

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a date may have. A journal is about a life being lived: nothing before 1900,
 * and nothing so far ahead that counting days from it leaves four-digit years (the
 * weekly arithmetic of a report as of 9999-12-31 ran into year 10000 and never ended).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

function validYmd(y: number, m: number, d: number): boolean {
  if (y < FIRST_YEAR || y > LAST_YEAR) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Milliseconds since the epoch for an ISO instant with offset, or null when it is not one. */
export function instantToMs(text: string): number | null {
  const m = INSTANT_RE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, , zone, zh, zm] = m;
  if (!validYmd(Number(y), Number(mo), Number(d))) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  if (zone !== 'Z' && (Number(zh) > 14 || Number(zm) > 59)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

export function isCalendarDay(text: string): boolean {
  const m = DAY_RE.exec(text);
  return m !== null && validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The person's local calendar day of an instant: the date as written, before the 'T'. */
export function localDayOf(instant: IsoInstant): CalendarDay {
  return instant.slice(0, 10);
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/**
 * Writes `ms` as an ISO instant in the given offset (minutes east of UTC, as in
 * "+01:00" → 60), to the second.
 */
export function formatInstant(ms: number, offsetMinutes: number): IsoInstant {
  const local = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(offsetMinutes);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`
  );
}

/** Adds whole days to a calendar day. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** The offset an instant was written with, in minutes east of UTC ("+05:30" → 330, "Z" → 0). */
export function offsetMinutesOf(instant: IsoInstant): number {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(instant);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
