import { describe, expect, it } from 'vitest';
import { kendallExactP } from './kendall-exact.js';

/** Concordant-pair counts of every ordering of n ranks against 0..n−1, by enumeration. */
function enumerate(n: number): number[] {
  const counts: number[] = [];
  const perm = Array.from({ length: n }, (_, i) => i);
  const visit = (k: number): void => {
    if (k === n) {
      let c = 0;
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (perm[j]! > perm[i]!) c++;
      counts.push(c);
      return;
    }
    for (let i = k; i < n; i++) {
      [perm[k], perm[i]] = [perm[i]!, perm[k]!];
      visit(k + 1);
      [perm[k], perm[i]] = [perm[i]!, perm[k]!];
    }
  };
  visit(0);
  return counts;
}

describe('kendallExactP', () => {
  it('equals the two-sided tail share over all n! orderings, for n up to 8', () => {
    for (let n = 3; n <= 8; n++) {
      const all = enumerate(n);
      const total = (n * (n - 1)) / 2;
      for (let c = 0; c <= total; c++) {
        const extreme = Math.min(c, total - c);
        const tail = all.filter((k) => k <= extreme).length / all.length;
        const expected = 2 * extreme === total ? 1 : Math.min(1, 2 * tail);
        expect(kendallExactP(n, c)).toBeCloseTo(expected, 14);
      }
    }
  });

  it('is 2/n! for a perfectly ordered series, even at n = 60', () => {
    let factorial = 1;
    for (let k = 2; k <= 60; k++) factorial *= k;
    expect(kendallExactP(60, 1770) / (2 / factorial)).toBeCloseTo(1, 12);
    expect(kendallExactP(60, 0)).toBe(kendallExactP(60, 1770));
  });

  it('refuses impossible counts', () => {
    expect(() => kendallExactP(4, 7)).toThrow(RangeError);
    expect(() => kendallExactP(4, 2.5)).toThrow(RangeError);
    expect(() => kendallExactP(0, 0)).toThrow(RangeError);
  });
});
