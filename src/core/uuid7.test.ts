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
});
