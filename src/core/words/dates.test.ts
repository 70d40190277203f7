/** Days in words: never ISO, never a range that repeats itself, and a span label that matches the days. */
import { describe, expect, it } from 'vitest';
import { dayMonth, dayRangeWords, dayWords, spanWords, windowWords } from './dates.js';

describe('dayWords', () => {
  it('writes a day with its month as a word', () => {
    expect(dayWords('2026-12-07')).toBe('7 Dec 2026');
    expect(dayMonth('2026-01-31')).toBe('31 Jan');
  });

  it('reads the wall-clock day of an instant, not the UTC one', () => {
    expect(dayWords('2026-03-01T23:30:00-05:00')).toBe('1 Mar 2026');
  });
});

describe('dayRangeWords', () => {
  it('names one day once, not "Dec 7 – Dec 7, 2026"', () => {
    expect(dayRangeWords('2026-12-07', '2026-12-07')).toBe('7 Dec 2026');
  });

  it('says the month and year once inside a month, the year once inside a year', () => {
    expect(dayRangeWords('2026-12-01', '2026-12-07')).toBe('1–7 Dec 2026');
    expect(dayRangeWords('2026-11-26', '2026-12-07')).toBe('26 Nov – 7 Dec 2026');
  });

  it('gives each end its year across a new year', () => {
    expect(dayRangeWords('2025-12-20', '2026-01-07')).toBe('20 Dec 2025 – 7 Jan 2026');
  });

  it('never shows an ISO date', () => {
    for (const [a, b] of [['2026-01-01', '2026-12-31'], ['2016-11-20', '2026-11-21'], ['2026-06-10', '2026-06-10']] as const) {
      expect(dayRangeWords(a, b)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });
});

describe('spanWords and windowWords', () => {
  it('count the days both ends included, in weeks when whole', () => {
    expect(spanWords('2026-12-07', '2026-12-07')).toBe('1 day');
    expect(spanWords('2026-12-01', '2026-12-07')).toBe('1 week');
    expect(spanWords('2026-10-27', '2026-12-07')).toBe('6 weeks');
    expect(spanWords('2026-11-28', '2026-12-07')).toBe('10 days');
  });

  it('say "the first day", never "the first 1 days"', () => {
    expect(windowWords('first', '2026-12-07', '2026-12-07')).toBe('the first day');
    expect(windowWords('last', '2026-12-01', '2026-12-07')).toBe('the last week');
    expect(windowWords('last', '2026-10-27', '2026-12-07')).toBe('the last 6 weeks');
  });
});
