import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatInstant, instantToMs, isCalendarDay, localDayOf, offsetMinutesOf } from './time.js';

describe('instants', () => {
  it('accepts ISO instants with an offset and reads them as the same moment in time', () => {
    expect(instantToMs('2026-03-02T21:15:00+01:00')).toBe(Date.UTC(2026, 2, 2, 20, 15));
    expect(instantToMs('2026-03-02T20:15Z')).toBe(Date.UTC(2026, 2, 2, 20, 15));
    expect(instantToMs('2026-03-02T20:15:00.123456-05:30')).toBe(Date.UTC(2026, 2, 3, 1, 45, 0, 123));
  });

  it('refuses instants without an offset, impossible dates and out-of-range parts', () => {
    for (const bad of ['2026-03-02T21:15:00', '2026-02-30T10:00:00Z', '2026-13-01T10:00:00Z', '2026-03-02T24:00:00Z', '2026-03-02T10:60:00Z', '2026-03-02T10:00:00+15:00', 'yesterday', '']) {
      expect(instantToMs(bad), bad).toBeNull();
    }
  });

  it('knows leap days', () => {
    expect(instantToMs('2028-02-29T12:00:00Z')).not.toBeNull();
    expect(instantToMs('2026-02-29T12:00:00Z')).toBeNull();
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
  });

  it('keeps the person’s own calendar day, whatever the UTC day', () => {
    expect(localDayOf('2026-03-01T00:30:00+14:00')).toBe('2026-03-01');
    expect(localDayOf('2026-03-01T23:30:00-11:00')).toBe('2026-03-01');
  });

  it('writes any instant in any offset so that it reads back as the same moment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4102444800 }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (seconds, offset) => {
        const text = formatInstant(seconds * 1000, offset);
        expect(instantToMs(text)).toBe(seconds * 1000);
        expect(offsetMinutesOf(text)).toBe(offset);
      }),
    );
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
