import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal.js';

describe('normalCdf', () => {
  it('gives the familiar values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 16);
  });

  it('keeps relative accuracy far into the lower tail, where p-values live', () => {
    // Values from mpmath at 40 digits.
    expect(Math.abs(normalCdf(-8.5) / 9.479534822203318354e-18 - 1)).toBeLessThan(1e-14);
    expect(Math.abs(normalCdf(-36.0625) / 4.392237773832759351e-285 - 1)).toBeLessThan(1e-14);
  });

  it('is symmetric: Φ(−z) = 1 − Φ(z)', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => {
        expect(normalCdf(-z)).toBeCloseTo(1 - normalCdf(z), 15);
      }),
    );
  });

  it('never decreases', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: -40, max: 40, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(normalCdf(lo)).toBeLessThanOrEqual(normalCdf(hi));
      }),
    );
  });

  it('reaches 0 and 1 at the ends and passes NaN through', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(NaN)).toBeNaN();
  });
});

describe('normalQuantile', () => {
  it('inverts normalCdf', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => {
        const back = normalQuantile(normalCdf(z));
        // Near the upper end Φ(z) rounds to a multiple of 2^-53, so compare in the lower tail's terms there.
        if (z < 1) expect(Math.abs(back - z)).toBeLessThan(1e-12 * Math.max(1, Math.abs(z)));
        else expect(normalQuantile(1 - normalCdf(-z))).toBeCloseTo(normalQuantile(normalCdf(z)), 12);
      }),
    );
  });

  it('inverts normalCdf in the far lower tail too', () => {
    for (const z of [-10, -20, -30, -37]) expect(Math.abs(normalQuantile(normalCdf(z)) - z)).toBeLessThan(1e-12 * Math.abs(z));
  });

  it('gives ±Infinity at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [-0.1, 1.1, NaN]) expect(normalQuantile(p)).toBeNaN();
  });
});
