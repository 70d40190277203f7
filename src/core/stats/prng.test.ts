import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, shuffleInPlace } from './prng.js';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const random = mulberry32(1);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const u = random();
      expect(u >= 0 && u < 1).toBe(true);
      bins[Math.floor(u * 10)]! += 1;
    }
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('shuffleInPlace', () => {
  it('rearranges without losing or inventing values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 50 }), fc.nat(), (vs, seed) => {
        const a = Int32Array.from(vs);
        shuffleInPlace(a, mulberry32(seed));
        expect([...a].sort((p, q) => p - q)).toEqual([...vs].sort((p, q) => p - q));
      }),
    );
  });
});
