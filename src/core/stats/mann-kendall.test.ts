import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannKendall } from './mann-kendall.js';

/** Kendall's S pair by pair, and the tau-b variance from the textbook formula (Kendall 1948). */
function bruteForce(x: readonly number[], y: readonly number[]) {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign(x[j]! - x[i]!) * Math.sign(y[j]! - y[i]!);
  }
  const groups = (vs: readonly number[]) => {
    const counts = new Map<number, number>();
    for (const v of vs) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.values()];
  };
  const sum = (ts: number[], f: (t: number) => number) => ts.reduce((acc, t) => acc + f(t), 0);
  const [t, u] = [groups(x), groups(y)];
  const varS =
    (n * (n - 1) * (2 * n + 5) - sum(t, (k) => k * (k - 1) * (2 * k + 5)) - sum(u, (k) => k * (k - 1) * (2 * k + 5))) / 18 +
    (sum(t, (k) => k * (k - 1) * (k - 2)) * sum(u, (k) => k * (k - 1) * (k - 2))) / (9 * n * (n - 1) * (n - 2)) +
    (sum(t, (k) => k * (k - 1)) * sum(u, (k) => k * (k - 1))) / (2 * n * (n - 1));
  return { s, varS };
}

const series = (min: number, max: number, value: fc.Arbitrary<number>) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 120 }), value), { minLength: min, maxLength: max })
    .map((ps) => ({ x: ps.map(([d]) => d), y: ps.map(([, v]) => v) }))
    .filter(({ x, y }) => new Set(x).size > 1 && new Set(y).size > 1);
const intensities = fc.integer({ min: 0, max: 10 });
const readings = fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true });

describe('mannKendall', () => {
  it('sees a steady rise as certain as n points allow', () => {
    const x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const r = mannKendall(x, x.map((d) => d * d))!;
    expect(r).toMatchObject({ n: 10, s: 45, method: 'exact', pPermutation: null });
    expect(r.tau).toBeCloseTo(1, 15);
    expect(r.pExact).toBeCloseTo(2 / 3628800, 20); // 2/10!: only the sorted order is as extreme, either way
  });

  it('uses the exact p for untied series up to 60 points, a permutation p for tied ones up to 20, else the normal p', () => {
    const days = (n: number) => Array.from({ length: n }, (_, i) => i);
    const wobble = (n: number) => days(n).map((i) => Math.sin(i * 1.7) + i / 50);
    expect(mannKendall(days(60), wobble(60))!.method).toBe('exact');
    expect(mannKendall(days(61), wobble(61))!.method).toBe('normal');
    const tied = (n: number) => days(n).map((i) => Math.round(5 + 3 * Math.sin(i)));
    expect(mannKendall(days(20), tied(20))!.method).toBe('permutation');
    expect(mannKendall(days(21), tied(21))!.method).toBe('normal');
    const r = mannKendall(days(21), tied(21))!;
    expect(r.p).toBe(r.pNormal);
  });

  it('has nothing to say with fewer than 3 points or when x or y never changes', () => {
    expect(mannKendall([0, 1], [1, 2])).toBeNull();
    expect(mannKendall([0, 1, 2, 3], [4, 4, 4, 4])).toBeNull();
    expect(mannKendall([5, 5, 5], [1, 2, 3])).toBeNull();
  });

  it('counts S and its tie-corrected variance as the textbook does', () => {
    fc.assert(
      fc.property(fc.oneof(series(3, 90, intensities), series(3, 40, readings)), ({ x, y }) => {
        const r = mannKendall(x, y, { permutations: 19 })!;
        const b = bruteForce(x, y);
        expect(r.s).toBe(b.s);
        expect(Math.abs(r.varS - b.varS)).toBeLessThanOrEqual(1e-12 * b.varS);
        expect(r.z).toBeCloseTo(b.s / Math.sqrt(b.varS), 12);
      }),
    );
  });

  it('is antisymmetric: turning y upside down flips S and tau and keeps every p', () => {
    fc.assert(
      fc.property(fc.oneof(series(3, 70, intensities), series(3, 70, readings)), ({ x, y }) => {
        const up = mannKendall(x, y, { permutations: 199 })!;
        const down = mannKendall(
          x,
          y.map((v) => -v),
          { permutations: 199 },
        )!;
        expect(down.s === -up.s).toBe(true); // === so that 0 and −0 count as the same
        expect(down.tau === -up.tau).toBe(true);
        expect(down.varS).toBe(up.varS);
        expect(down.pNormal).toBe(up.pNormal);
        expect(down.pExact).toBe(up.pExact);
        expect(down.pPermutation).toBe(up.pPermutation);
      }),
    );
  });

  it('gives p-values in (0, 1], and tau in [−1, 1]', () => {
    fc.assert(
      fc.property(fc.oneof(series(3, 100, intensities), series(3, 100, readings)), ({ x, y }) => {
        const r = mannKendall(x, y, { permutations: 99 })!;
        for (const p of [r.p, r.pNormal, r.pExact ?? 1, r.pPermutation ?? 1]) {
          expect(p).toBeGreaterThan(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(Math.abs(r.tau)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never lets a permutation p fall below 1/(P+1), and repeats it exactly for the same seed', () => {
    fc.assert(
      fc.property(series(3, 20, intensities), fc.integer({ min: 1, max: 300 }), fc.nat(), ({ x, y }, permutations, seed) => {
        const r = mannKendall(x, y, { permutations, seed })!;
        if (r.pPermutation === null) return;
        expect(r.pPermutation).toBeGreaterThanOrEqual(1 / (permutations + 1));
        const k = r.pPermutation * (permutations + 1);
        expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
        expect(mannKendall(x, y, { permutations, seed })!.pPermutation).toBe(r.pPermutation);
      }),
    );
  });

  it('finds a clearly falling tied series significant with the default 9,999 permutations', () => {
    const x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const y = [9, 9, 8, 8, 7, 7, 5, 5, 4, 3, 3, 2];
    const r = mannKendall(x, y)!;
    expect(r.method).toBe('permutation');
    expect(r.s).toBeLessThan(0);
    expect(r.p).toBeLessThan(0.001);
    expect(r.p).toBe(mannKendall(x, y)!.p);
  });

  it('refuses mismatched series, NaN, and a permutation count that is not a positive integer', () => {
    expect(() => mannKendall([0, 1, 2], [1, 2])).toThrow(RangeError);
    expect(() => mannKendall([0, 1, 2], [1, NaN, 2])).toThrow(RangeError);
    for (const permutations of [0, -5, 2.5]) expect(() => mannKendall([0, 1, 2], [1, 1, 2], { permutations })).toThrow(RangeError);
  });
});
