/**
 * Descriptive statistics over plain arrays, with NumPy's conventions so that results can
 * be checked against `numpy.median` and `numpy.quantile` (calibration/).
 */
import { assertFinite } from './input.js';

/** The values in ascending numeric order, as a new typed array. */
function sortedCopy(xs: readonly number[]): Float64Array {
  const sorted = Float64Array.from(xs);
  sorted.sort();
  return sorted;
}

/**
 * The middle value of `xs` (any unit; the result is in the same unit), or the mean of the
 * two middle values when the count is even, as `numpy.median`. Null for an empty array.
 * Throws a RangeError on NaN or infinite entries.
 */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  assertFinite(xs, 'median');
  const s = xs.length <= SMALL ? sortedSmall(xs) : sortedCopy(xs);
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Up to this many values are sorted by insertion into one reused buffer: a five-year
 * report takes ~15,000 medians of a week's few moments, where allocating and sorting a
 * new typed array each time was a visible share of the engine's time.
 */
const SMALL = 32;
const scratch = new Float64Array(SMALL);

/**
 * The values in the typed-array order (−0 before +0, as `Float64Array.prototype.sort`),
 * in `scratch`, valid until the next call. Values must be finite.
 */
function sortedSmall(xs: readonly number[]): Float64Array {
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i]!;
    let j = i - 1;
    while (j >= 0 && (scratch[j]! > v || (scratch[j] === v && v === 0 && 1 / scratch[j]! > 1 / v))) {
      scratch[j + 1] = scratch[j]!;
      j--;
    }
    scratch[j + 1] = v;
  }
  return scratch;
}

/**
 * The arithmetic mean of `xs` (same unit as the values), summed with Neumaier's
 * compensated summation (Neumaier 1974) so that long series of similar values do not lose
 * digits. Null for an empty array. Throws a RangeError on NaN or infinite entries.
 */
export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  assertFinite(xs, 'mean');
  let sum = 0;
  let compensation = 0;
  for (const v of xs) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return (sum + compensation) / xs.length;
}

/**
 * The q-quantile of `xs` (q in [0, 1]; the result is in the unit of the values) by linear
 * interpolation between order statistics: Hyndman & Fan (1996) definition 7, the default
 * of R's `quantile` and of `numpy.quantile`. The position in the sorted sample is
 * h = (n − 1)·q; the result is s[⌊h⌋] + (h − ⌊h⌋)·(s[⌊h⌋+1] − s[⌊h⌋]), evaluated from the
 * nearer end as NumPy does so that q = 1 returns the maximum exactly.
 * Null for an empty array. Throws a RangeError for q outside [0, 1] or non-finite entries.
 */
export function quantile(xs: readonly number[], q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must lie in [0, 1], got ${q}`);
  if (xs.length === 0) return null;
  assertFinite(xs, 'quantile');
  const s = sortedCopy(xs);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const a = s[lo]!;
  const b = s[Math.min(lo + 1, s.length - 1)]!;
  const t = h - lo;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
