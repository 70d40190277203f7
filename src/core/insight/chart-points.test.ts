import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time.js';
import { buildInsightReport } from './engine.js';
import { chartPoints, MAX_CHART_POINTS } from './chart-points.js';
import type { MomentFact } from './input.js';
import { periodFor } from './period.js';

const AS_OF = '2026-11-20';

function moment(day: string, hour: number, intensity: number, settledMinutes: number | null, trigger = 'Criticism at work'): MomentFact {
  return {
    ms: Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000,
    day,
    trigger,
    intensity,
    bodyState: null,
    settledMinutes,
    recognizedEarly: false,
    followedThought: null,
    handledDifferently: false,
    strategies: [],
  };
}

/** `count` moments spread evenly over `days` days ending on AS_OF, oldest first. */
function spread(count: number, days: number, intensity: (i: number) => number = (i) => i % 11): MomentFact[] {
  return Array.from({ length: count }, (_, i) => {
    const day = addDays(AS_OF, -Math.floor(((count - 1 - i) * (days - 1)) / Math.max(1, count - 1)));
    return moment(day, 9 + (i % 10), intensity(i), i % 3 === 0 ? null : 10 + (i % 50));
  });
}

describe("a trigger's chart points", () => {
  it('are one per moment up to the bound, as before', () => {
    const moments = spread(MAX_CHART_POINTS, 26 * 7);
    const r = chartPoints(moments, periodFor(AS_OF, 26, moments[0]?.day ?? null));
    expect(r.pointDays).toBeNull();
    expect(r.points).toEqual(moments.map((m) => ({ day: m.day, intensity: m.intensity, settledMinutes: m.settledMinutes })));
  });

  it('stay within the bound for any number of moments over any span (up to the twenty years a report reaches)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 1, max: 1040 * 7 }), fc.option(fc.integer({ min: 2, max: 1040 }), { nil: null }), (count, days, weeks) => {
        const moments = spread(count, days);
        const period = periodFor(AS_OF, weeks, moments[0]?.day ?? null);
        const inside = moments.filter((m) => m.day >= period.from);
        const r = chartPoints(inside, period);
        expect(r.points.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
        // Nothing is lost: the grouped points still account for every moment.
        if (r.pointDays !== null) expect(r.points.reduce((n, p) => n + (p.moments ?? 0), 0)).toBe(inside.length);
        else expect(r.points).toHaveLength(inside.length);
      }),
      { numRuns: 60 },
    );
  });

  it('group a long history by week, each point the middle values of its week', () => {
    // Five years, 780 moments: Monday 9:00 intensity 2, Wednesday 9:00 intensity 6, Friday 8 (settled 30, noted only on Fridays).
    const moments: MomentFact[] = [];
    for (let monday = '2021-11-22'; moments.length < 780; monday = addDays(monday, 7)) {
      moments.push(moment(monday, 9, 2, null), moment(addDays(monday, 2), 9, 6, null), moment(addDays(monday, 4), 9, 8, 30));
    }
    const asOf = moments.at(-1)?.day ?? AS_OF;
    const period = periodFor(asOf, null, moments[0]?.day ?? null);
    const r = chartPoints(moments, period);
    expect(r.pointDays).toBe(7);
    expect(r.points.length).toBe(Math.ceil(moments.length / 3));
    expect(r.points[0]).toEqual({ day: '2021-11-22', intensity: 6, settledMinutes: 30, moments: 3 });
    expect(r.points.every((p) => new Date(`${p.day}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it('are what the report carries: a five-year trigger is a few hundred points, not one per moment', () => {
    const moments = spread(5000, 5 * 365);
    const report = buildInsightReport({ asOf: AS_OF, weeks: null, moments, checkins: [], practices: [], shifts: [] });
    const t = report.triggers[0];
    expect(t?.n).toBe(5000);
    expect(t?.pointDays).toBe(7);
    expect(t?.points.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(t?.points.reduce((n, p) => n + (p.moments ?? 0), 0)).toBe(5000);
  });
});
