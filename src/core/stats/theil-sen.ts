/**
 * Theil–Sen robust line: the median of all pairwise slopes, with Sen's distribution-free
 * confidence interval, computed exactly as `scipy.stats.theilslopes` (SciPy 1.10–1.17,
 * method='separate') so that calibration/scipy-reference.json checks it value for value.
 */
import { median } from './descriptive.js';
import { assertPairedFinite } from './input.js';
import { normalQuantile } from './normal.js';
import { mulberry32 } from './prng.js';
import { BRACKET_SAMPLE_SIZE, BRACKET_SEED, chooseBracket, orderStatistics, resolveBracket } from './select.js';

export interface TheilSen {
  /** Median pairwise slope, in y-units per x-unit. */
  slope: number;
  /** median(y) − slope·median(x), in y-units. */
  intercept: number;
  /** Lower confidence bound of the slope (y per x); NaN when Sen's variance is negative. */
  low: number;
  /** Upper confidence bound of the slope (y per x); NaN when Sen's variance is negative. */
  high: number;
  /** Number of points. */
  n: number;
}

/**
 * Below this many pairwise slopes, keep them all in memory and select among them. Above
 * it, one pass keeps only the slopes near the wanted ranks: a five-year report has ~36
 * weekly series of ~260 points (~34,000 slopes each), where storing and quickselecting
 * every slope was most of the engine's time. Either way the values are the same.
 */
export const FUSED_MIN_PAIRS = 2_048;
/** Random pairs that place the bracket for fewer than 50,000 slopes (a sample of 16,384 would cost as much as the pass). */
const SMALL_SAMPLE_SIZE = 1_024;

/** Σ t(t−1)/2 (tied pairs) and Σ t(t−1)(2t+5) (Kendall's variance term) over groups of equal values. */
function ties(xs: Float64Array): { pairs: number; variance: number } {
  const s = Float64Array.from(xs).sort();
  let pairs = 0;
  let variance = 0;
  let run = 1;
  for (let i = 1; i <= s.length; i++) {
    if (i < s.length && s[i] === s[i - 1]) run++;
    else {
      pairs += (run * (run - 1)) / 2;
      variance += run * (run - 1) * (2 * run + 5);
      run = 1;
    }
  }
  return { pairs, variance };
}

/** NumPy's `round`: to the nearest integer, halves to the even neighbour. */
function roundHalfEven(v: number): number {
  return Math.abs(v % 1) === 0.5 ? 2 * Math.round(v / 2) : Math.round(v);
}

// Every slope is (y_j − y_i)/(x_j − x_i) for i < j. NumPy forms it with the pair ordered so
// that the x difference is positive; negating both operands of a division leaves an IEEE
// quotient unchanged, so the values are the same bit for bit, except that 0/−d is −0 where
// NumPy has +0: adding +0 turns −0 into +0 and changes nothing else.

/** All pairwise slopes over pairs with distinct x, in a new array. */
function allSlopes(xs: Float64Array, ys: Float64Array, total: number): Float64Array {
  const n = xs.length;
  const slopes = new Float64Array(total);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const xi = xs[i]!;
    const yi = ys[i]!;
    for (let j = i + 1; j < n; j++) {
      const dx = xs[j]! - xi;
      if (dx !== 0) slopes[count++] = (ys[j]! - yi) / dx + 0;
    }
  }
  return slopes;
}

/**
 * The slopes at `ranks` without storing all ~n²/2 of them: a seeded sample of random pairs
 * places a bracket (select.ts), and one pass computes every slope and keeps only those
 * inside it. Null when the bracket missed, and the caller stores and selects instead.
 */
function slopesByBracket(xs: Float64Array, ys: Float64Array, total: number, ranks: readonly number[]): number[] | null {
  const n = xs.length;
  const random = mulberry32(BRACKET_SEED);
  const sample = new Float64Array(total < 50_000 ? SMALL_SAMPLE_SIZE : BRACKET_SAMPLE_SIZE);
  for (let filled = 0, tries = 0; filled < sample.length; tries++) {
    if (tries > 50 * sample.length) return null;
    const i = Math.floor(random() * n);
    const j = Math.floor(random() * n);
    const dx = xs[j]! - xs[i]!;
    if (dx !== 0) sample[filled++] = (ys[j]! - ys[i]!) / dx + 0;
  }
  const bracket = chooseBracket(sample.sort(), total, ranks);
  if (bracket === null) return null;
  const { lo, hi, capacity } = bracket;
  const inside = new Float64Array(capacity);
  let below = 0;
  let atLo = 0;
  let atHi = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const xi = xs[i]!;
    const yi = ys[i]!;
    for (let j = i + 1; j < n; j++) {
      const dx = xs[j]! - xi;
      if (dx === 0) continue;
      const v = (ys[j]! - yi) / dx + 0;
      if (v < lo) below++;
      else if (v > hi) continue;
      else if (v === lo) atLo++;
      else if (v === hi) atHi++;
      else if (count === capacity) return null;
      else inside[count++] = v;
    }
  }
  return resolveBracket(bracket, { below, atLo, atHi, inside: inside.subarray(0, count) }, ranks);
}

/**
 * Theil–Sen estimator (Theil 1950, Sen 1968) with Sen's confidence interval, matching
 * scipy.stats.theilslopes(y, x, alpha=confidence, method='separate').
 *
 * Inputs: x (e.g. days since the first entry) and y (e.g. intensity 0–10), paired, same
 * length, finite. The slope is in y-units per x-unit.
 * - slope: median of (y_j − y_i)/(x_j − x_i) over the N pairs with x_j ≠ x_i;
 * - intercept: median(y) − slope·median(x);
 * - interval: with z = Φ⁻¹(α/2), α = 1 − confidence, and Sen's (1968, eq. 2.6) variance of
 *   Kendall's S, σ² = [n(n−1)(2n+5) − Σ_x t(t−1)(2t+5) − Σ_y u(u−1)(2u+5)] / 18 (SciPy
 *   subtracts the tie terms of both x and y), the bounds are the sorted slopes at 0-based
 *   ranks max(round((N + zσ)/2) − 1, 0) and min(round((N − zσ)/2), N − 1), NumPy rounding.
 *   When heavy ties in both x and y make σ² negative, SciPy gives NaN bounds, and so does
 *   this.
 * `confidence` defaults to 0.95; like SciPy's `alpha` it is symmetric about ½ (0.1 and 0.9
 * both mean a 90% interval). Returns null when there are fewer than two distinct x.
 * Throws a RangeError for unequal lengths, non-finite values or confidence outside (0, 1).
 * Time O(n²) with O(n) memory for large n (select.ts): 2,000 points take tens of ms.
 */
export function theilSen(x: readonly number[], y: readonly number[], confidence = 0.95): TheilSen | null {
  assertPairedFinite(x, y, 'theilSen');
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`theilSen: confidence must lie in (0, 1), got ${confidence}`);
  const n = x.length;
  const xs = Float64Array.from(x);
  const ys = Float64Array.from(y);
  const tx = ties(xs);
  const total = (n * (n - 1)) / 2 - tx.pairs;
  if (total === 0) return null;

  const alpha = confidence > 0.5 ? 1 - confidence : confidence;
  const z = normalQuantile(alpha / 2);
  const sigsq = (1 / 18) * (n * (n - 1) * (2 * n + 5) - tx.variance - ties(ys).variance);
  const sigma = Math.sqrt(sigsq);
  const middle = total % 2 === 1 ? [(total - 1) / 2] : [total / 2 - 1, total / 2];
  const haveInterval = Number.isFinite(sigma);
  const upper = Math.min(roundHalfEven((total - z * sigma) / 2), total - 1);
  const lower = Math.max(roundHalfEven((total + z * sigma) / 2) - 1, 0);
  const ranks = haveInterval ? [...middle, lower, upper] : middle;
  const values =
    (total >= FUSED_MIN_PAIRS ? slopesByBracket(xs, ys, total, ranks) : null) ?? orderStatistics(allSlopes(xs, ys, total), ranks);

  const slope = middle.length === 1 ? values[0]! : (values[0]! + values[1]!) / 2;
  return {
    slope,
    intercept: (median(y) ?? NaN) - slope * (median(x) ?? NaN),
    low: haveInterval ? values[middle.length]! : NaN,
    high: haveInterval ? values[middle.length + 1]! : NaN,
    n,
  };
}
