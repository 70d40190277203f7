/**
 * Order statistics of a typed array in linear expected time, for the median and
 * confidence bounds of the ~n²/2 pairwise slopes behind Theil–Sen (2 million at n = 2,000,
 * where a full sort would cost several times more).
 */

import { mulberry32 } from './prng.js';

const SMALL = 16;

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * Rearranges a[lo..hi] so that a[k] holds the value it would have if that range were
 * sorted, with nothing larger before it and nothing smaller after it. Hoare's FIND
 * (quickselect, CACM 1961) with a median-of-three pivot; ties fall on both sides, so runs
 * of equal slopes do not degrade it. If partitioning stalls (adversarial order), the
 * remaining range is sorted instead, which bounds the worst case at O(m log m).
 */
function selectInRange(a: Float64Array, k: number, lo: number, hi: number): void {
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
  while (hi - lo >= SMALL) {
    if (budget-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // Now a[lo..j] ≤ pivot, a[j+1..i-1] = pivot, a[i..hi] ≥ pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
  insertionSort(a, lo, hi);
}

function selectAll(a: Float64Array, ranks: readonly number[], lo: number, hi: number, first: number, last: number): void {
  if (first > last) return;
  const m = (first + last) >>> 1;
  const k = ranks[m]!;
  selectInRange(a, k, lo, hi);
  selectAll(a, ranks, lo, k - 1, first, m - 1);
  selectAll(a, ranks, k + 1, hi, m + 1, last);
}

/** Below this many values a plain multi-quickselect is fast enough. */
const BRACKET_MIN = 50_000;
/** Size of the random sample that places the bracket, and its seed (the sample decides speed only). */
export const BRACKET_SAMPLE_SIZE = 16_384;
export const BRACKET_SEED = 0x5e1ec7;

/** Bounds expected to enclose every wanted rank, and room for the values strictly between. */
export interface Bracket {
  lo: number;
  hi: number;
  capacity: number;
}

/** What one pass over the values found relative to a bracket. */
export interface BracketCounts {
  below: number;
  atLo: number;
  /** Values equal to hi, when hi ≠ lo (else they are all in atLo). */
  atHi: number;
  /** The values strictly between lo and hi; may be reordered. */
  inside: Float64Array;
}

/**
 * Sample-and-bracket selection, step 1 (after Floyd & Rivest, CACM 1975): from a sorted
 * random sample (with replacement) of `total` values, bounds that enclose the wanted
 * 0-based ranks with a margin of four standard errors of a sample quantile's position.
 * Null when the bracket would hold more than half of the values (nothing to gain).
 */
export function chooseBracket(sortedSample: Float64Array, total: number, ranks: readonly number[]): Bracket | null {
  const m = sortedSample.length;
  const margin = 2 * Math.sqrt(m);
  const iLo = Math.floor((Math.min(...ranks) / total) * m - margin);
  const iHi = Math.ceil((Math.max(...ranks) / total) * m + margin);
  const share = (Math.min(iHi, m) - Math.max(iLo, 0)) / m;
  if (m === 0 || share > 0.5) return null;
  return {
    lo: iLo <= 0 ? -Infinity : sortedSample[iLo]!,
    hi: iHi >= m - 1 ? Infinity : sortedSample[iHi]!,
    capacity: Math.min(total, Math.ceil(total * share * 1.5) + 64),
  };
}

/**
 * Sample-and-bracket selection, step 2: the values at `ranks` from the counts of one pass.
 * Values equal to a bound are counted, not stored, so heavily tied data (integer
 * intensities give many identical slopes) keeps the buffer small. Null when the bracket
 * missed a rank; the caller then falls back to a full selection.
 */
export function resolveBracket(bracket: Bracket, counts: BracketCounts, ranks: readonly number[]): number[] | null {
  const { below, atLo, atHi, inside } = counts;
  const plan: Array<{ value: number } | { at: number }> = [];
  for (const r of ranks) {
    const k = r - below;
    const j = k - atLo;
    if (k < 0) return null;
    if (k < atLo) plan.push({ value: bracket.lo });
    else if (j < inside.length) plan.push({ at: j });
    else if (j - inside.length < atHi) plan.push({ value: bracket.hi });
    else return null;
  }
  const local = [...new Set(plan.flatMap((p) => ('at' in p ? [p.at] : [])))].sort((p, q) => p - q);
  selectAll(inside, local, 0, inside.length - 1, 0, local.length - 1);
  return plan.map((p) => ('at' in p ? inside[p.at]! : p.value));
}

/** Sample-and-bracket selection over an array already in memory. */
function bracketed(a: Float64Array, ranks: readonly number[]): number[] | null {
  const total = a.length;
  const random = mulberry32(BRACKET_SEED);
  const sample = new Float64Array(BRACKET_SAMPLE_SIZE);
  for (let i = 0; i < sample.length; i++) sample[i] = a[Math.floor(random() * total)]!;
  const bracket = chooseBracket(sample.sort(), total, ranks);
  if (bracket === null) return null;
  const { lo, hi, capacity } = bracket;
  const inside = new Float64Array(capacity);
  let below = 0;
  let atLo = 0;
  let atHi = 0;
  let count = 0;
  for (let i = 0; i < total; i++) {
    const v = a[i]!;
    if (v < lo) below++;
    else if (v > hi) continue;
    else if (v === lo) atLo++;
    else if (v === hi) atHi++;
    else if (count === capacity) return null;
    else inside[count++] = v;
  }
  return resolveBracket(bracket, { below, atLo, atHi, inside: inside.subarray(0, count) }, ranks);
}

/**
 * The values of `a` at the given 0-based ranks of its ascending order (rank r is the
 * (r+1)-th smallest), in the order asked, without sorting it: expected time O(N) for
 * N = a.length, by quickselect for small arrays and sample-and-bracket for large ones.
 * May reorder `a`. Values must not be NaN. Throws a RangeError for a rank outside 0..N−1.
 */
export function orderStatistics(a: Float64Array, ranks: readonly number[]): number[] {
  for (const r of ranks) {
    if (!Number.isInteger(r) || r < 0 || r >= a.length) throw new RangeError(`orderStatistics: rank ${r} outside 0..${a.length - 1}`);
  }
  if (ranks.length === 0) return [];
  if (a.length >= BRACKET_MIN) {
    const values = bracketed(a, ranks);
    if (values !== null) return values;
  }
  const sorted = [...new Set(ranks)].sort((p, q) => p - q);
  selectAll(a, sorted, 0, a.length - 1, 0, sorted.length - 1);
  return ranks.map((r) => a[r]!);
}
