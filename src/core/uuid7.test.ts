import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuid7 } from './uuid7.js';

describe('uuid7', () => {
  it('writes the millisecond time first, then version 7 and the RFC variant', () => {
    const id = uuid7(0x0190_1234_5678, new Uint8Array(16).fill(0xff));
    expect(id).toBe('01901234-5678-7fff-bfff-ffffffffffff');
  });

  it('sorts in time order, whatever the random part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), fc.integer({ min: 1, max: 10_000 }), fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.uint8Array({ minLength: 16, maxLength: 16 }), (t, dt, r1, r2) => {
        const a = uuid7(t, r1);
        const b = uuid7(t + dt, r2);
        expect(a < b).toBe(true);
        expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }),
    );
  });

  it('writes time zero for a time that is not a number, as the byte-by-byte version did', () => {
    const random = new Uint8Array(16).fill(0xab);
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY, -5]) expect(uuid7(t, random)).toBe('00000000-0000-7bab-abab-abababababab');
  });

  it('matches the byte-by-byte layout of RFC 9562 for any time and randomness', () => {
    // The reference: 48-bit big-endian milliseconds, then the random bytes with version and variant set.
    const reference = (ms: number, random: Uint8Array): string => {
      const b = Uint8Array.from(random);
      let rest = BigInt(Math.floor(ms)) % 2n ** 48n;
      for (let i = 5; i >= 0; i--) {
        b[i] = Number(rest % 256n);
        rest /= 256n;
      }
      b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
      b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
      const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 2 ** 48 - 1 }), fc.constantFrom(0, 1, 255, 256, 2 ** 24 - 1, 2 ** 24, 2 ** 32, 2 ** 48 - 1, 2 ** 48, 2 ** 48 + 7, 12.75, Date.now()), fc.integer({ min: 2 ** 48, max: Number.MAX_SAFE_INTEGER })), fc.uint8Array({ minLength: 16, maxLength: 16 }), (ms, random) => {
        expect(uuid7(ms, random)).toBe(reference(ms, random));
      }),
      { numRuns: 2_000 },
    );
  });
});
