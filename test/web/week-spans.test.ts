/**
 * Weekly charts as of a Monday: the axis ends with the as-of day (never next week), the
 * week just begun is drawn over its one day and marked "so far", and its table row says so.
 */
import { describe, expect, it } from 'vitest';
import { weekRowLabel, weekScale, weekSoFar, weekSpan, soFarWords } from '../../web/src/features/progress/charts/weekSpans.js';
import { perMomentPoints } from '../../web/src/features/progress/charts/weeklyCharts.js';
import { pointDate } from '../../web/src/features/progress/charts/triggerCharts.js';
import type { CopingLoad } from '../../src/core/insight/report.js';

const MONDAY = '2026-12-07';
const period = { from: '2026-11-10', to: MONDAY, earlyUntil: '2026-11-23', recentFrom: '2026-11-24' };
const iso = (d: Date) => d.toISOString();

describe('weekly chart spans as of a Monday', () => {
  it('ends the axis at the end of the as-of day, not next Sunday', () => {
    const x = weekScale(period, 600);
    expect((x.domain as Date[]).map(iso)).toEqual(['2026-11-10T00:00:00.000Z', '2026-12-08T00:00:00.000Z']);
  });

  it('draws the week just begun over its one day, marked so far; whole weeks over seven', () => {
    const now = weekSpan({ week: MONDAY, days: 1 }, period);
    expect([iso(now.x1), iso(now.x2), iso(now.mid), now.soFar]).toEqual([
      '2026-12-07T00:00:00.000Z',
      '2026-12-08T00:00:00.000Z',
      '2026-12-07T12:00:00.000Z',
      true,
    ]);
    const whole = weekSpan({ week: '2026-11-30', days: 7 }, period);
    expect([iso(whole.x2), whole.soFar]).toEqual(['2026-12-07T00:00:00.000Z', false]);
    // The first week began before the period (a Tuesday): drawn from that Tuesday, and over, so not "so far".
    const first = weekSpan({ week: '2026-11-09', days: 6 }, period);
    expect([iso(first.x1), iso(first.x2), first.soFar]).toEqual(['2026-11-10T00:00:00.000Z', '2026-11-16T00:00:00.000Z', false]);
  });

  it('says which row is the week so far, in the table and the caption', () => {
    const rows = [
      { week: '2026-11-30', days: 7 },
      { week: MONDAY, days: 1 },
    ];
    expect(weekSoFar(rows, period)).toEqual({ week: MONDAY, days: 1 });
    expect(weekRowLabel({ week: MONDAY, days: 1 }, period, (d) => d)).toBe('2026-12-07 (so far: 1 day)');
    expect(weekRowLabel({ week: '2026-11-30', days: 7 }, period, (d) => d)).toBe('2026-11-30');
    expect(soFarWords(rows, period, true)).toBe('The last week is this week so far (1 day), drawn hollow and left out of the trend until it is over.');
    // As of a Sunday the last week is whole: nothing to say.
    expect(soFarWords([{ week: '2026-11-30', days: 7 }], { ...period, to: '2026-12-06' }, true)).toBeNull();
  });

  it('leaves the week so far out of the points the trend line is drawn through', () => {
    const week = (w: string, days: number, perMoment: number | null) => ({ week: w, days, moments: 2, strategies: 4, perMoment, meanIntensity: 5, perIntensityPoint: null });
    const load = { weeks: [week('2026-11-23', 7, 2), week('2026-11-30', 7, null), week(MONDAY, 1, 6)] } as unknown as CopingLoad;
    expect(perMomentPoints(load, period).map((p) => [iso(p.date), p.value])).toEqual([['2026-11-26T12:00:00.000Z', 2]]);
  });
});

describe('a trigger chart’s grouped points as of a Monday', () => {
  it('draws a week-long run that began on the as-of day on that day, not mid-week in the future', () => {
    expect(iso(pointDate({ pointDays: 7 }, MONDAY, period))).toBe('2026-12-07T12:00:00.000Z');
    expect(iso(pointDate({ pointDays: 7 }, '2026-11-30', period))).toBe('2026-12-03T12:00:00.000Z');
    expect(iso(pointDate({ pointDays: null }, MONDAY, period))).toBe('2026-12-07T00:00:00.000Z');
  });
});
