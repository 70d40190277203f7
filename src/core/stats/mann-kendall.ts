/**
 * Mann–Kendall trend test: does y tend to rise or fall with x? Kendall's S with the tie
 * corrections of Kendall's tau-b, computed as scipy.stats.kendalltau does, plus an exact
 * p for small untied samples and a seeded permutation p for small tied ones.
 */
import { assertPairedFinite } from './input.js';
import { kendallExactP } from './kendall-exact.js';
import { normalCdf } from './normal.js';
import { mulberry32, shuffleInPlace } from './prng.js';

export interface MannKendall {
  n: number;
  /** Kendall's S = Σ_{i<j} sign(x_j − x_i)·sign(y_j − y_i): concordant minus discordant pairs. */
  s: number;
  /** Variance of S under H0 with the tie correction for ties in x and y (Kendall 1948, the tau-b variance). */
  varS: number;
  /** Kendall's tau-b, in [−1, 1]. */
  tau: number;
  /** S / √varS, no continuity correction (as SciPy's asymptotic kendalltau). */
  z: number;
  /** Two-sided p from z: 2·Φ(−|z|). Underflows to 0 beyond |z| ≈ 38.5, as SciPy's. */
  pNormal: number;
  /** Two-sided exact p when there are no ties in x or y and n ≤ 60, else null. */
  pExact: number | null;
  /** Two-sided permutation p, (k + 1)/(P + 1), when there are ties and n ≤ 20, else null. */
  pPermutation: number | null;
  /** The one to use: pExact ?? pPermutation ?? pNormal. */
  p: number;
  method: 'exact' | 'permutation' | 'normal';
}

/** Largest n for the exact distribution, and for the permutation test on tied data. */
export const EXACT_MAX_N = 60;
export const PERMUTATION_MAX_N = 20;
export const DEFAULT_PERMUTATIONS = 9999;
export const DEFAULT_SEED = 0x48656164;

interface TieSums {
  /** Σ t(t−1)/2: pairs tied. */
  pairs: number;
  /** Σ t(t−1)(t−2). */
  cubic: number;
  /** Σ t(t−1)(2t+5). */
  variance: number;
}

function tieSums(xs: readonly number[]): TieSums {
  const s = Float64Array.from(xs).sort();
  const sums: TieSums = { pairs: 0, cubic: 0, variance: 0 };
  let run = 1;
  for (let i = 1; i <= s.length; i++) {
    if (i < s.length && s[i] === s[i - 1]) run++;
    else {
      sums.pairs += (run * (run - 1)) / 2;
      sums.cubic += run * (run - 1) * (run - 2);
      sums.variance += run * (run - 1) * (2 * run + 5);
      run = 1;
    }
  }
  return sums;
}

/**
 * The discordant pairs (x and y strictly in opposite order) by Knight's (1966) O(n log n)
 * algorithm, as SciPy counts them: order the points by x, then y; a bottom-up merge sort of
 * the y sequence then moves each y past exactly the larger y's that precede it, once per
 * pair with x_i < x_j and y_i > y_j. Also returns the pairs tied in both x and y.
 */
function discordantAndJointTies(x: readonly number[], y: readonly number[]): { discordant: number; jointTies: number } {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => x[i]! - x[j]! || y[i]! - y[j]!);
  let ys = Float64Array.from(order, (i) => y[i]!);
  let jointTies = 0;
  let run = 1;
  for (let k = 1; k <= n; k++) {
    if (k < n && x[order[k]!] === x[order[k - 1]!] && ys[k] === ys[k - 1]) run++;
    else {
      jointTies += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  let scratch = new Float64Array(n);
  let discordant = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (ys[j]! < ys[i]!) {
          discordant += mid - i;
          scratch[k++] = ys[j++]!;
        } else scratch[k++] = ys[i++]!;
      }
      while (i < mid) scratch[k++] = ys[i++]!;
      while (j < hi) scratch[k++] = ys[j++]!;
    }
    [ys, scratch] = [scratch, ys];
  }
  return { discordant, jointTies };
}

const sign = (d: number): number => (d > 0 ? 1 : d < 0 ? -1 : 0);

/** Dense ranks 0..k−1 of the values (equal values share a rank), and k. */
function denseRanks(vs: readonly number[]): { ranks: Int32Array; distinct: number } {
  const sorted = [...new Set(vs)].sort((a, b) => a - b);
  const rankOf = new Map(sorted.map((v, i) => [v, i]));
  return { ranks: Int32Array.from(vs, (v) => rankOf.get(v) ?? 0), distinct: sorted.length };
}

/**
 * Two-sided permutation p: (k + 1)/(P + 1), k being the number of P seeded shuffles of y
 * whose |S| is at least the observed |S| (the observed data counts as one arrangement).
 * Works on dense ranks of y with a sign table, so each shuffle costs n(n−1)/2 lookups.
 */
function permutationP(x: readonly number[], y: readonly number[], observed: number, permutations: number, seed: number): number {
  const n = x.length;
  const xSigns = new Int8Array((n * (n - 1)) / 2);
  for (let i = 0, p = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) xSigns[p++] = sign(x[j]! - x[i]!);
  }
  const { ranks, distinct } = denseRanks(y);
  const ySign = new Int8Array(distinct * distinct);
  for (let a = 0; a < distinct; a++) {
    for (let b = 0; b < distinct; b++) ySign[a * distinct + b] = sign(b - a);
  }
  const random = mulberry32(seed);
  const bar = Math.abs(observed);
  let atLeast = 0;
  for (let r = 0; r < permutations; r++) {
    shuffleInPlace(ranks, random);
    let s = 0;
    for (let i = 0, p = 0; i < n; i++) {
      const row = ranks[i]! * distinct;
      for (let j = i + 1; j < n; j++) s += xSigns[p++]! * ySign[row + ranks[j]!]!;
    }
    if (Math.abs(s) >= bar) atLeast++;
  }
  return (atLeast + 1) / (permutations + 1);
}

/**
 * Mann–Kendall test (Mann 1945; Kendall 1948) of a monotone association between x (e.g.
 * days) and y (e.g. intensity 0–10), two-sided. Matches scipy.stats.kendalltau (tau-b) in
 * S, tau, z and the asymptotic p, and kendalltau(method='exact') in the exact p.
 *
 * With n points, tie groups t in x, u in y, and n₁ = n(n−1):
 *   varS = [n₁(2n+5) − Σt(t−1)(2t+5) − Σu(u−1)(2u+5)]/18
 *          + Σt(t−1)(t−2)·Σu(u−1)(u−2) / (9·n₁(n−2)) + Σt(t−1)·Σu(u−1) / (2·n₁);
 *   tau  = S / √(n(n−1)/2 − Σt(t−1)/2) / √(n(n−1)/2 − Σu(u−1)/2).
 * The p to use is exact (Mahonian distribution) for untied n ≤ 60; for tied n ≤ 20 a
 * permutation p over `permutations` (default 9,999) shuffles of y drawn from a Mulberry32
 * generator seeded with `seed` (default fixed), so it is deterministic and ≥ 1/(P+1);
 * otherwise the normal p. Null when n < 3 or all x or all y are equal. Throws a RangeError
 * for unequal lengths, non-finite values, or a permutation count that is not a positive
 * integer. S by Knight's O(n log n) algorithm (as SciPy); the permutation p costs O(P·n²).
 */
export function mannKendall(x: readonly number[], y: readonly number[], opts?: { permutations?: number; seed?: number }): MannKendall | null {
  assertPairedFinite(x, y, 'mannKendall');
  const permutations = opts?.permutations ?? DEFAULT_PERMUTATIONS;
  if (!Number.isInteger(permutations) || permutations < 1) throw new RangeError(`mannKendall: permutations must be a positive integer, got ${permutations}`);
  const n = x.length;
  if (n < 3) return null;
  const total = (n * (n - 1)) / 2;
  const tx = tieSums(x);
  const ty = tieSums(y);
  if (tx.pairs === total || ty.pairs === total) return null;

  const { discordant, jointTies } = discordantAndJointTies(x, y);
  const s = total - tx.pairs - ty.pairs + jointTies - 2 * discordant;
  const m = n * (n - 1);
  const varS = (m * (2 * n + 5) - tx.variance - ty.variance) / 18 + (2 * tx.pairs * ty.pairs) / m + (tx.cubic * ty.cubic) / (9 * m * (n - 2));
  const tau = Math.min(1, Math.max(-1, s / Math.sqrt(total - tx.pairs) / Math.sqrt(total - ty.pairs)));
  const z = varS > 0 ? s / Math.sqrt(varS) : 0;
  const pNormal = 2 * normalCdf(-Math.abs(z));

  const tied = tx.pairs > 0 || ty.pairs > 0;
  const pExact = !tied && n <= EXACT_MAX_N ? kendallExactP(n, (total + s) / 2) : null;
  const pPermutation = tied && n <= PERMUTATION_MAX_N ? permutationP(x, y, s, permutations, opts?.seed ?? DEFAULT_SEED) : null;
  const method = pExact !== null ? 'exact' : pPermutation !== null ? 'permutation' : 'normal';
  return { n, s, varS, tau, z, pNormal, pExact, pPermutation, p: pExact ?? pPermutation ?? pNormal, method };
}
