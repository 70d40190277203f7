import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean, median, quantile } from './descriptive.js';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const sample = fc.array(finite, { minLength: 1, maxLength: 60 });

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
  });

  it('has nothing to say about an empty series', () => {
    expect(median([])).toBeNull();
    expect(mean([])).toBeNull();
    expect(quantile([], 0.5)).toBeNull();
  });

  it('lies between the smallest and the largest value and ignores the order of the input', () => {
    fc.assert(
      fc.property(sample, (xs) => {
        const m = median(xs)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(m).toBeLessThanOrEqual(Math.max(...xs));
        expect(median([...xs].reverse())).toBe(m);
      }),
    );
  });

  it('equals the middle of a plain sorted copy, bit for bit, short series and long, ties and signed zeros included', () => {
    // The reference: sort a copy as NumPy would (−0 before +0), take the middle.
    const plain = (xs: readonly number[]) => {
      const s = Float64Array.from(xs).sort();
      const mid = s.length >> 1;
      return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    };
    const value = fc.oneof(finite, fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, 0.5, 1e-320, -1e-320));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 70 }), (xs) => {
        expect(Object.is(median(xs), plain(xs))).toBe(true);
      }),
      { numRuns: 500 },
    );
    for (const xs of [[0], [-0], [0, -0, 5], [-0, 0, 0], [0, 0, -0, -0, -0], [3, 3, 3, 3], [2, 1]]) expect(Object.is(median(xs), plain(xs))).toBe(true);
  });

  it('refuses NaN and infinities instead of passing them on', () => {
    expect(() => median([1, NaN])).toThrow(RangeError);
    expect(() => mean([1, Infinity])).toThrow(RangeError);
    expect(() => quantile([1, -Infinity], 0.5)).toThrow(RangeError);
  });
});

describe('mean', () => {
  it('averages, without losing small values next to large ones', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([1e16, 1, -1e16, 1])).toBe(0.5);
  });

  it('of a constant series is that constant', () => {
    fc.assert(
      fc.property(finite, fc.integer({ min: 1, max: 500 }), (v, n) => {
        expect(mean(Array<number>(n).fill(v))).toBeCloseTo(v, 6);
      }),
    );
  });
});

describe('quantile (Hyndman & Fan type 7, NumPy default)', () => {
  it('interpolates linearly between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([10, 20], 0.1)).toBe(11);
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
  });

  it('runs from the minimum at 0 to the maximum at 1, through the median at ½', () => {
    fc.assert(
      fc.property(sample, (xs) => {
        // == so that -0 and +0 (equal numbers, both possible minima) compare equal
        expect(quantile(xs, 0) == Math.min(...xs)).toBe(true);
        expect(quantile(xs, 1) == Math.max(...xs)).toBe(true);
        expect(quantile(xs, 0.5)).toBeCloseTo(median(xs)!, 6);
      }),
    );
  });

  it('never decreases as q grows', () => {
    fc.assert(
      fc.property(sample, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(quantile(xs, lo)!).toBeLessThanOrEqual(quantile(xs, hi)!);
      }),
    );
  });

  it('refuses q outside [0, 1]', () => {
    for (const q of [-0.1, 1.5, NaN]) expect(() => quantile([1, 2], q)).toThrow(RangeError);
  });
});
