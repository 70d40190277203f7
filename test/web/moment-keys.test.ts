/**
 * The moment form's keyboard rules (web/src/features/moments/keys.ts): a chip group is one
 * Tab stop whose arrow keys move round it, and number keys set intensity, "1" then "0" = 10.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intensityForKey, rovingIndex, TEN_WINDOW_MS } from '../../web/src/features/moments/keys.js';

describe('arrow keys in a chip group', () => {
  it('move to the next and previous chip, wrapping at both ends', () => {
    expect(rovingIndex(0, 'ArrowRight', 5)).toBe(1);
    expect(rovingIndex(0, 'ArrowDown', 5)).toBe(1);
    expect(rovingIndex(4, 'ArrowRight', 5)).toBe(0);
    expect(rovingIndex(0, 'ArrowLeft', 5)).toBe(4);
    expect(rovingIndex(3, 'ArrowUp', 5)).toBe(2);
  });

  it('Home and End go to the first and last chip', () => {
    expect(rovingIndex(3, 'Home', 5)).toBe(0);
    expect(rovingIndex(1, 'End', 5)).toBe(4);
  });

  it('leave other keys (Space, Tab, letters) to the browser', () => {
    for (const key of [' ', 'Tab', 'Enter', 'a', '5']) expect(rovingIndex(2, key, 5)).toBeNull();
    expect(rovingIndex(0, 'ArrowRight', 0)).toBeNull();
  });

  it('always land on a chip of the group', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.integer({ min: 1, max: 50 }), fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'), (i, n, key) => {
        const next = rovingIndex(i % n, key, n);
        expect(next).not.toBeNull();
        expect(next!).toBeGreaterThanOrEqual(0);
        expect(next!).toBeLessThan(n);
      }),
    );
  });
});

describe('number keys on intensity', () => {
  it('set the intensity of the digit pressed', () => {
    for (let d = 0; d <= 9; d++) expect(intensityForKey(String(d), null, 0)).toBe(d);
  });

  it('make 10 from "1" then "0" pressed within a second', () => {
    expect(intensityForKey('0', { digit: 1, atMs: 1000 }, 1000 + 300)).toBe(10);
    expect(intensityForKey('0', { digit: 1, atMs: 1000 }, 1000 + TEN_WINDOW_MS)).toBe(10);
  });

  it('read "0" as 0 after a pause, or after another digit', () => {
    expect(intensityForKey('0', { digit: 1, atMs: 1000 }, 1000 + TEN_WINDOW_MS + 1)).toBe(0);
    expect(intensityForKey('0', { digit: 2, atMs: 1000 }, 1100)).toBe(0);
  });

  it('ignore keys that are not digits', () => {
    for (const key of ['a', 'Tab', ' ', 'ArrowRight', '10', '-']) expect(intensityForKey(key, null, 0)).toBeNull();
  });
});
