/**
 * An iCalendar file (RFC 5545) with one repeating all-day reminder per questionnaire
 * rhythm, for a person to import into or subscribe to from their own calendar.
 *
 * Calendars often sync to other services, so the event says only "Headway" and that a
 * short questionnaire is ready: never which questionnaire, never a score.
 */
import { addDays, type CalendarDay } from '../time.js';

export interface ReminderSeries {
  /** Stable key, part of the event UID, so re-importing updates rather than duplicates. It must not name the questionnaire. */
  key: string;
  firstOn: CalendarDay;
  everyDays: number;
}

const CRLF = '\r\n';

function icsDate(day: CalendarDay): string {
  return day.replaceAll('-', '');
}

/** UTC basic format, as DTSTAMP requires: 20261121T093000Z. */
function icsStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1); our lines are ASCII. */
function fold(line: string): string {
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += 74) parts.push(line.slice(i, i + 74));
  return parts.join(`${CRLF} `);
}

/**
 * `stampMs` is "now" in UTC milliseconds (DTSTAMP), `uidDomain` the right-hand side of
 * each UID. Events start on `firstOn` and repeat every `everyDays` days, with a 09:00
 * display alarm on the day.
 */
export function remindersCalendar(series: readonly ReminderSeries[], stampMs: number, uidDomain: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Headway//Questionnaire reminders//EN', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Headway reminders'];
  for (const s of series) {
    const next = icsDate(addDays(s.firstOn, 1));
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.key}@${uidDomain}`,
      `DTSTAMP:${icsStamp(stampMs)}`,
      `DTSTART;VALUE=DATE:${icsDate(s.firstOn)}`,
      `DTEND;VALUE=DATE:${next}`,
      `RRULE:FREQ=DAILY;INTERVAL=${s.everyDays}`,
      'SUMMARY:Headway: a short questionnaire is ready when you are',
      'DESCRIPTION:Open Headway to answer it. There is no rush\\, and skipping a day is fine.',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Headway: a short questionnaire is ready',
      'TRIGGER:PT9H',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
