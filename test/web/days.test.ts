/** Day labels and time axes of the Progress charts: a span across years always says which years. */
import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../web/src/features/progress/charts/common.js';
import { dayRange } from '../../web/src/features/progress/days.js';

describe('dayRange', () => {
  it('gives the year once within a year, and both years across years', () => {
    expect(dayRange('2026-05-25', '2026-11-18')).not.toMatch(/2026.*2026/);
    expect(dayRange('2026-05-25', '2026-11-18')).toMatch(/2026/);
    expect(dayRange('2016-11-20', '2026-11-21')).toMatch(/2016.*2026/);
  });
});

describe('timeAxis', () => {
  it('labels years over ten years, months over half a year, Mondays over weeks', () => {
    expect(timeAxis('2016-11-20', '2026-11-21', 900).tickFormat).toBe('%Y');
    expect(timeAxis('2026-05-25', '2026-11-18', 900)).toEqual({ ticks: 'month', tickFormat: '%b' });
    expect(timeAxis('2026-10-01', '2026-11-18', 900).tickFormat).toBe('%-d %b');
  });

  it('thins years until they fit a phone', () => {
    const axis = timeAxis('2006-12-26', '2026-11-20', 340);
    expect(axis.tickFormat).toBe('%Y');
    const every = axis.ticks === 'year' ? 1 : Number(axis.ticks.split(' ')[0]);
    expect(20 / every).toBeLessThanOrEqual(Math.floor((340 - 46) / 40));
  });
});
