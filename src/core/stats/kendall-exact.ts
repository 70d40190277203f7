/**
 * The exact null distribution of Kendall's statistic for untied data, used for small
 * samples where the normal approximation is poor.
 */

/**
 * Two-sided exact p-value of Kendall's test with no ties, as scipy.stats.kendalltau
 * (method='exact'): under H0 all n! orderings are equally likely and the number of
 * discordant pairs follows the Mahonian distribution (counts of permutations by number of
 * inversions; Kendall, Rank Correlation Methods, 1970). With c = min(C, n(n−1)/2 − C) for
 * C concordant pairs, p = min(1, 2·P(C' ≤ c)), and exactly 1 when C is the centre.
 *
 * The recurrence P_j(k) = (1/j)·Σ_{i=0}^{min(k, j−1)} P_{j−1}(k − i), from P_1(0) = 1,
 * works on probabilities rather than counts (no overflow), only up to k = c, and sums
 * positive terms directly (no cancellation): O(n²·c) operations, about 2 million for
 * n = 60. `n` is the number of points (≥ 1), `concordant` an integer in 0..n(n−1)/2.
 */
export function kendallExactP(n: number, concordant: number): number {
  const total = (n * (n - 1)) / 2;
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(concordant) || concordant < 0 || concordant > total) {
    throw new RangeError(`kendallExactP: need n ≥ 1 and 0 ≤ concordant ≤ ${total}, got n = ${n}, concordant = ${concordant}`);
  }
  const c = Math.min(concordant, total - concordant);
  if (n <= 2 || 2 * c === total) return 1;
  let prev = new Float64Array(c + 1);
  let next = new Float64Array(c + 1);
  prev[0] = 1;
  for (let j = 2; j <= n; j++) {
    const maxK = Math.min(c, (j * (j - 1)) / 2);
    for (let k = 0; k <= maxK; k++) {
      let sum = 0;
      const lowest = Math.max(0, k - (j - 1));
      for (let m = lowest; m <= k; m++) sum += prev[m]!;
      next[k] = sum / j;
    }
    [prev, next] = [next, prev];
  }
  let tail = 0;
  for (let k = 0; k <= c; k++) tail += prev[k]!;
  return Math.min(1, 2 * tail);
}
