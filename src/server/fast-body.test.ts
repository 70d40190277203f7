import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { momentCreateSchema } from '../contracts/entries.js';
import { fastMomentCreate } from './fast-body.js';

/** Values near every edge the moment schema has: types, lengths, ranges, blanks. */
const value = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, 1, 6, 10, 11, -1, 2.5, 10080, 10081, 1e21, '', ' ', '  x  ', 'hyper', 'within', 'hypo', 'HYPER', 'bench'),
  fc.constantFrom('2026-03-15T09:30:00+05:30', '2026-02-30T09:30:00Z', '2026-03-15 09:30', 'Criticism at work', '\u00a0\u2003', 'x'.repeat(80), ` ${'x'.repeat(80)} `, 'x'.repeat(81)),
  fc.constantFrom('n'.repeat(5000), 'n'.repeat(5001), 't'.repeat(500), ` ${'t'.repeat(499)} `, 't'.repeat(501)),
  // Text Headway does not store (core/text.ts): NUL, ESC, a C1 control, a lone surrogate; and lines and tabs, which it does.
  fc.constantFrom('a\u0000b', 'clear\u001b[2J', 'x\u0085', 'Work\ud800', '\udc00x', 'two\nlines\tand a tab', 'ok \ud83d\ude00'),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 20000 }),
  fc.double(),
  fc.constant([]),
  fc.constant([{ strategyId: '00000000-0000-4000-8000-000000000001' }]),
  fc.constant({}),
);

const keys = ['occurredAt', 'trigger', 'intensity', 'bodyState', 'thought', 'followedThought', 'recognizedEarly', 'handledDifferently', 'settledMinutes', 'strategies', 'note', 'intensty', 'constructor'];

describe('the fast check of a moment body', () => {
  it('accepts only what zod accepts, and returns what zod returns', () => {
    let taken = 0;
    const base = fc.record({ trigger: fc.oneof(fc.constantFrom('Criticism at work', '  x ', 'x'.repeat(80)), value), intensity: fc.oneof(fc.integer({ min: 0, max: 10 }), value) });
    fc.assert(
      fc.property(base, fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 4 }), fc.boolean(), (required, others, withRequired) => {
        const body = withRequired ? { ...others, ...required } : others;
        const fast = fastMomentCreate(body);
        if (fast === undefined) return;
        taken++;
        const zod = momentCreateSchema.safeParse(body);
        expect(zod.success).toBe(true);
        expect(fast).toEqual(zod.data);
      }),
      { numRuns: 20_000 },
    );
    expect(taken).toBeGreaterThan(300);
  });

  it('takes the common bodies itself, exactly as zod parses them', () => {
    const bodies = [
      { trigger: 'Criticism at work', intensity: 6, bodyState: 'hyper', settledMinutes: 30, note: 'bench' },
      { trigger: '  Criticism  at work ', intensity: 0 },
      { trigger: 'x', intensity: 10, note: '   ', thought: '  I always get it wrong  ', followedThought: null, recognizedEarly: true, handledDifferently: false, bodyState: null, settledMinutes: null },
      { occurredAt: '2026-03-15T09:30:00+05:30', trigger: 'x', intensity: 3, thought: ' ' },
    ];
    for (const body of bodies) {
      const fast = fastMomentCreate(body);
      expect(fast).toBeDefined();
      expect(fast).toEqual(momentCreateSchema.parse(body));
    }
  });

  it('leaves strategies, unknown keys and anything invalid to zod', () => {
    for (const body of [
      { trigger: 'x', intensity: 6, strategies: [] },
      { trigger: 'x', intensity: 6, intensty: 6 },
      { trigger: 'x', intensity: 11 },
      { trigger: '   ', intensity: 6 },
      { trigger: 'x' },
      [],
      null,
      'text',
    ]) {
      expect(fastMomentCreate(body)).toBeUndefined();
    }
  });
});
