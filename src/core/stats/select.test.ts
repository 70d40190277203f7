import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng.js';
import { orderStatistics } from './select.js';

describe('orderStatistics', () => {
  it('finds the same values as a full sort, ties and all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), { minLength: 1, maxLength: 3000 }).chain((vs) =>
          fc.tuple(fc.constant(vs), fc.array(fc.nat({ max: vs.length - 1 }), { minLength: 1, maxLength: 6 })),
        ),
        ([vs, ranks]) => {
          const sorted = [...vs].sort((a, b) => a - b);
          expect(orderStatistics(Float64Array.from(vs), ranks)).toEqual(ranks.map((r) => sorted[r]));
        },
      ),
    );
  });

  it('finds them in large arrays too, where it brackets a sample instead of partitioning', () => {
    const random = mulberry32(11);
    const shapes = [() => random(), () => Math.floor(random() * 7), () => (random() < 0.9 ? 0 : random())];
    for (const draw of shapes) {
      const values = Float64Array.from({ length: 120_000 }, draw);
      const sorted = Float64Array.from(values).sort();
      const ranks = [0, 59_999, 60_000, 57_000, 63_500, 119_999, 1234];
      expect(orderStatistics(Float64Array.from(values), ranks)).toEqual(ranks.map((r) => sorted[r]));
    }
  });

  it('refuses ranks outside the array', () => {
    expect(() => orderStatistics(new Float64Array(3), [3])).toThrow(RangeError);
    expect(() => orderStatistics(new Float64Array(3), [-1])).toThrow(RangeError);
    expect(() => orderStatistics(new Float64Array(3), [0.5])).toThrow(RangeError);
  });
});
