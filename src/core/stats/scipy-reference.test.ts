/**
 * Calibration against SciPy: calibration/scipy_reference.py runs scipy.stats.theilslopes,
 * scipy.stats.kendalltau, scipy.special.ndtr/ndtri and numpy.median/quantile on fixed
 * series and stores inputs and outputs in calibration/scipy-reference.json; here every
 * stored value is recomputed and compared (see calibration/README.md).
 *
 * Tolerances: estimates (slope, intercept, bounds, tau, medians, quantiles) to 1e-9
 * absolute below 1 and relative above (|a − b| ≤ 1e-9·max(1, |b|)); p-values to 1e-9
 * relative (|a − b| ≤ 1e-9·|b|), since they span 1e-82 to 1; the normal distribution
 * functions to 1e-12 relative, or 1e-300 absolute where SciPy's Φ is subnormal.
 */
import { describe, expect, it } from 'vitest';
import reference from '../../../calibration/scipy-reference.json' with { type: 'json' };
import { median, quantile } from './descriptive.js';
import { mannKendall } from './mann-kendall.js';
import { normalCdf, normalQuantile } from './normal.js';
import { theilSen } from './theil-sen.js';

interface TheilSlopes {
  slope: number | null;
  intercept: number | null;
  low: number | null;
  high: number | null;
}
interface Series {
  name: string;
  x: number[];
  y: number[];
  theilslopes: Record<string, TheilSlopes>;
  kendalltau: { tau: number | null; pAsymptotic: number | null; pExact: number | null; tiesInXOrY: boolean } | null;
}
interface Reference {
  versions: { scipy: string; numpy: string };
  series: Series[];
  normal: { cdf: Array<[number, number]>; quantile: Array<[number, number]> };
  descriptive: Array<{ xs: number[]; median: number; quantiles: Array<[number, number]> }>;
}
const ref = reference as unknown as Reference;

function expectEstimate(actual: number, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, `${what}: SciPy gives NaN`).toBeNaN();
    return;
  }
  expect(Math.abs(actual - expected), `${what}: ${actual} vs SciPy ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

function expectP(actual: number | null, expected: number, what: string): void {
  expect(actual, what).not.toBeNull();
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs SciPy ${expected}`).toBeLessThanOrEqual(1e-9 * expected);
}

/** Kendall's S by counting pairs, independently of the O(n log n) count under test. */
function pairCountS(x: readonly number[], y: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) for (let j = i + 1; j < x.length; j++) s += Math.sign(x[j]! - x[i]!) * Math.sign(y[j]! - y[i]!);
  return s;
}

describe('calibration against SciPy', () => {
  it('records which SciPy and NumPy produced the reference', () => {
    expect(ref.versions.scipy).toMatch(/^\d+\.\d+\.\d+/);
    expect(ref.versions.numpy).toMatch(/^\d+\.\d+\.\d+/);
    expect(ref.series.length).toBeGreaterThan(40);
  });

  describe.each(ref.series)('$name', (series) => {
    it('has the Theil–Sen slope, intercept and Sen interval of scipy.stats.theilslopes', () => {
      for (const [confidence, expected] of Object.entries(series.theilslopes)) {
        const r = theilSen(series.x, series.y, Number(confidence));
        if (expected.slope === null) {
          expect(r, 'SciPy has no slope (all x equal), so neither do we').toBeNull();
          continue;
        }
        expect(r).not.toBeNull();
        for (const key of ['slope', 'intercept', 'low', 'high'] as const) expectEstimate(r![key], expected[key], `${key} at ${confidence}`);
      }
    });

    it('has the tau-b and p-values of scipy.stats.kendalltau', () => {
      const expected = series.kendalltau;
      const r = mannKendall(series.x, series.y, { permutations: 99 });
      if (expected === null || expected.tau === null) {
        expect(r, 'SciPy gives NaN (n < 3 or a constant series); we give null').toBeNull();
        return;
      }
      expect(r).not.toBeNull();
      expectEstimate(r!.tau, expected.tau, 'tau');
      expectP(r!.pNormal, expected.pAsymptotic!, 'asymptotic p');
      if (expected.pExact === null) expect(r!.pExact).toBeNull();
      else expectP(r!.pExact, expected.pExact, 'exact p');
      expect(r!.s).toBe(pairCountS(series.x, series.y));
    });
  });

  it('has SciPy’s standard normal distribution function (scipy.special.ndtr)', () => {
    for (const [z, p] of ref.normal.cdf) {
      const tolerance = p < 1e-300 ? 1e-300 : 1e-12 * p;
      expect(Math.abs(normalCdf(z) - p), `Φ(${z})`).toBeLessThanOrEqual(tolerance);
    }
  });

  it('has SciPy’s normal quantile function (scipy.special.ndtri)', () => {
    for (const [p, z] of ref.normal.quantile) expect(Math.abs(normalQuantile(p) - z), `Φ⁻¹(${p})`).toBeLessThanOrEqual(1e-12 * Math.abs(z));
  });

  it('has NumPy’s median and linear quantiles', () => {
    for (const c of ref.descriptive) {
      expectEstimate(median(c.xs)!, c.median, 'median');
      for (const [q, v] of c.quantiles) expectEstimate(quantile(c.xs, q)!, v, `quantile ${q}`);
    }
  });
});
