import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile } from './normal.js';
import { FUSED_MIN_PAIRS, theilSen } from './theil-sen.js';

/** Straightforward re-statement of scipy.stats.theilslopes: every slope, a full sort, the same index rules. */
function byTheBook(x: readonly number[], y: readonly number[], confidence = 0.95) {
  const slopes: number[] = [];
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < x.length; j++) if (x[i]! > x[j]!) slopes.push((y[i]! - y[j]!) / (x[i]! - x[j]!));
  }
  slopes.sort((a, b) => a - b);
  const med = (s: readonly number[]) => (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2);
  const tieTerm = (vs: readonly number[]) => {
    const counts = new Map<number, number>();
    for (const v of vs) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.values()].reduce((acc, t) => acc + t * (t - 1) * (2 * t + 5), 0);
  };
  const n = x.length;
  const alpha = confidence > 0.5 ? 1 - confidence : confidence;
  const z = normalQuantile(alpha / 2);
  const sigma = Math.sqrt((1 / 18) * (n * (n - 1) * (2 * n + 5) - tieTerm(x) - tieTerm(y)));
  const half = (v: number) => (Math.abs(v % 1) === 0.5 ? 2 * Math.round(v / 2) : Math.round(v));
  const N = slopes.length;
  const slope = med(slopes);
  return {
    slope,
    intercept: med([...y].sort((a, b) => a - b)) - slope * med([...x].sort((a, b) => a - b)),
    low: slopes[Math.max(half((N + z * sigma) / 2) - 1, 0)] ?? NaN,
    high: slopes[Math.min(half((N - z * sigma) / 2), N - 1)] ?? NaN,
    n,
  };
}

const day = fc.integer({ min: 0, max: 90 });
const intensity = fc.integer({ min: 0, max: 10 });
const points = (maxLength: number) => fc.array(fc.tuple(day, intensity), { minLength: 2, maxLength }).filter((ps) => new Set(ps.map(([d]) => d)).size >= 2);

describe('theilSen', () => {
  it('recovers an exact line', () => {
    const x = [0, 1, 2, 3, 4, 5, 6];
    const r = theilSen(x, x.map((d) => 8 - 0.5 * d))!;
    expect(r).toEqual({ slope: -0.5, intercept: 8, low: -0.5, high: -0.5, n: 7 });
  });

  it('shrugs off a single wild value that would drag a least-squares line', () => {
    const x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const y = x.map((d) => 7 - 0.2 * d);
    y[9] = 100;
    expect(theilSen(x, y)!.slope).toBeCloseTo(-0.2, 12);
  });

  it('ignores pairs logged on the same day, and needs at least two different days', () => {
    expect(theilSen([3, 3, 3], [1, 5, 9])).toBeNull();
    expect(theilSen([], [])).toBeNull();
    expect(theilSen([0, 0, 1], [2, 4, 5])!.slope).toBe(2); // slopes 3 and 1 over the two cross-day pairs
  });

  it('gives NaN bounds, as SciPy does, when ties in both x and y leave Sen’s variance negative', () => {
    const r = theilSen([0, 0, 0, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 1])!;
    expect(r.slope).toBe(1);
    expect(r.low).toBeNaN();
    expect(r.high).toBeNaN();
  });

  it('agrees with a by-the-book computation, for small and for large series', () => {
    fc.assert(
      fc.property(points(60), fc.constantFrom(0.95, 0.9, 0.8), (ps, conf) => {
        const x = ps.map(([d]) => d);
        const y = ps.map(([, v]) => v);
        expect(theilSen(x, y, conf)).toEqual(byTheBook(x, y, conf));
      }),
    );
    // 400 points: 79,800 slopes, enough for the path that never stores them all.
    const rand = fc.sample(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.double({ min: 0, max: 10, noNaN: true })), { numRuns: 400, seed: 7 });
    const x = rand.map(([d]) => d);
    for (const y of [rand.map(([, v]) => v), rand.map(([, v]) => Math.round(v))]) expect(theilSen(x, y)).toEqual(byTheBook(x, y));
  });

  it('agrees with a by-the-book computation above the one-pass threshold, ties and all', () => {
    // 66–150 points: 2,145–11,175 slopes, every one past FUSED_MIN_PAIRS, like the weekly
    // series of a five-year report. Few distinct days and whole or half scores give long
    // runs of equal slopes, the case where counting at the bracket's bounds matters.
    // A zero's sign is not compared: a tiny negative slope that underflows is −0, and which
    // of −0 and +0 a sort puts first is arbitrary (NumPy's sort too).
    const unsigned = (r: ReturnType<typeof theilSen>) => r && Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === 0 ? 0 : v]));
    expect(66 * 65 / 2).toBeGreaterThanOrEqual(FUSED_MIN_PAIRS);
    const score = fc.oneof(intensity, fc.integer({ min: 0, max: 20 }).map((v) => v / 2), fc.constantFrom(0, 0.5, 1), fc.double({ min: -50, max: 50, noNaN: true }));
    const xOf = fc.oneof(fc.integer({ min: 0, max: 1_800 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 260 }).map((k) => k * 7 + 3.5));
    fc.assert(
      fc.property(fc.array(fc.tuple(xOf, score), { minLength: 66, maxLength: 150 }), fc.constantFrom(0.95, 0.9, 0.5), (ps, conf) => {
        const x = ps.map(([d]) => d);
        const y = ps.map(([, v]) => v);
        if (new Set(x).size < 2) return;
        expect(unsigned(theilSen(x, y, conf))).toEqual(unsigned(byTheBook(x, y, conf)));
      }),
      { numRuns: 60 },
    );
    // All scores equal, all days apart: every slope is 0 and so is the interval.
    const days = Array.from({ length: 120 }, (_, i) => i);
    expect(theilSen(days, days.map(() => 4))).toEqual({ slope: 0, intercept: 4, low: 0, high: 0, n: 120 });
    expect(theilSen(days, days.map(() => 4))).toEqual(byTheBook(days, days.map(() => 4)));
  });

  it('handles the smallest series: none, one and two points', () => {
    expect(theilSen([], [])).toBeNull();
    expect(theilSen([5], [3])).toBeNull();
    expect(theilSen([2, 2], [3, 9])).toBeNull();
    expect(theilSen([1, 3], [3, 9])).toEqual(byTheBook([1, 3], [3, 9]));
    expect(theilSen([1, 3], [3, 9])!.slope).toBe(3);
  });

  it('puts the slope inside its own confidence interval', () => {
    fc.assert(
      fc.property(points(80), (ps) => {
        const r = theilSen(
          ps.map(([d]) => d),
          ps.map(([, v]) => v),
        )!;
        if (Number.isNaN(r.low)) return;
        expect(r.low).toBeLessThanOrEqual(r.slope);
        expect(r.slope).toBeLessThanOrEqual(r.high);
      }),
    );
  });

  it('is equivariant: y → a·y + b·x + c turns the slope into a·slope + b', () => {
    fc.assert(
      fc.property(points(50), fc.integer({ min: -4, max: 4 }), fc.integer({ min: -3, max: 3 }), fc.integer({ min: -20, max: 20 }), (ps, a, b, c) => {
        const x = ps.map(([d]) => d);
        const y = ps.map(([, v]) => v);
        const moved = theilSen(
          x,
          y.map((v, i) => a * v + b * x[i]! + c),
        )!;
        expect(moved.slope).toBeCloseTo(a * theilSen(x, y)!.slope + b, 9);
      }),
    );
  });

  it('does not depend on the order in which the points arrive', () => {
    fc.assert(
      fc.property(
        points(60).chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }))),
        ([ps, shuffled]) => {
          const r = theilSen(
            ps.map(([d]) => d),
            ps.map(([, v]) => v),
          );
          const s = theilSen(
            shuffled.map(([d]) => d),
            shuffled.map(([, v]) => v),
          );
          expect(s).toEqual(r);
        },
      ),
    );
  });

  it('refuses mismatched series, NaN, and a confidence outside (0, 1)', () => {
    expect(() => theilSen([0, 1], [1])).toThrow(RangeError);
    expect(() => theilSen([0, NaN], [1, 2])).toThrow(RangeError);
    for (const c of [0, 1, -0.5, NaN]) expect(() => theilSen([0, 1], [1, 2], c)).toThrow(RangeError);
  });
});
