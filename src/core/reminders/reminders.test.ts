import { describe, expect, it } from 'vitest';
import { dueState } from './due.js';
import { remindersCalendar } from './ics.js';

describe('dueState', () => {
  it('is due today when never taken', () => {
    expect(dueState(null, 14, '2026-03-10')).toEqual({ due: true, nextOn: '2026-03-10' });
  });

  it('counts the rhythm from the local day it was last taken', () => {
    // 23:30 in Auckland on 1 March is still 1 March for the person, though UTC says 28 Feb... or 1 March 10:30 UTC.
    expect(dueState('2026-03-01T23:30:00+13:00', 14, '2026-03-14')).toEqual({ due: false, nextOn: '2026-03-15' });
    expect(dueState('2026-03-01T23:30:00+13:00', 14, '2026-03-15')).toEqual({ due: true, nextOn: '2026-03-15' });
    expect(dueState('2026-03-01T09:00:00+00:00', 14, '2026-05-01')).toEqual({ due: true, nextOn: '2026-03-15' });
  });

  it('refuses a rhythm that is not a whole number of days', () => {
    expect(() => dueState(null, 0, '2026-03-10')).toThrow(RangeError);
    expect(() => dueState(null, 1.5, '2026-03-10')).toThrow(RangeError);
  });
});

describe('remindersCalendar', () => {
  const ics = remindersCalendar(
    [
      { key: 'reminder-1-abc', firstOn: '2026-03-15', everyDays: 14 },
      { key: 'reminder-2-abc', firstOn: '2026-12-31', everyDays: 7 },
    ],
    Date.UTC(2026, 2, 1, 9, 30),
    'headway.local',
  );
  const lines = ics.split('\r\n');

  it('is a CRLF iCalendar with one repeating all-day event per rhythm', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260315');
    expect(lines).toContain('DTEND;VALUE=DATE:20260316');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('RRULE:FREQ=DAILY;INTERVAL=14');
    expect(lines).toContain('RRULE:FREQ=DAILY;INTERVAL=7');
    expect(lines).toContain('UID:reminder-1-abc@headway.local');
    expect(lines).toContain('DTSTAMP:20260301T093000Z');
    expect(ics.includes('\n') && !/[^\r]\n/.test(ics)).toBe(true);
  });

  it('never names the questionnaire, so a synced calendar reveals nothing', () => {
    expect(ics).not.toMatch(/PHQ|GAD|depress|anxi/i);
  });

  it('keeps every line within 75 octets', () => {
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(75);
  });
});
