import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jacobsonTruaxRci, jacobsonTruaxThreshold, nhsOutcome, nhsOutcomeFlags, reliableChange } from './change.js';
import { GAD7 } from './gad7.js';
import type { Instrument } from './instrument.js';
import { PHQ9 } from './phq9.js';
import { WHO5 } from './who5.js';

describe('reliable change on the NHS Talking Therapies points (≥ comparisons)', () => {
  it.each([
    [PHQ9, 15, 10, 'no-reliable-change'], [PHQ9, 15, 9, 'improved'],
    [PHQ9, 10, 15, 'no-reliable-change'], [PHQ9, 10, 16, 'deteriorated'],
    [GAD7, 12, 9, 'no-reliable-change'], [GAD7, 12, 8, 'improved'],
    [GAD7, 8, 11, 'no-reliable-change'], [GAD7, 8, 12, 'deteriorated'],
  ] as Array<[Instrument, number, number, string]>)('%#: %s from %i to %i is %s', (instrument, first, latest, expected) => {
    expect(reliableChange(instrument, first, latest)).toBe(expected);
  });

  it('PHQ-9: 5 points is not reliable, 6 is, in either direction', () => {
    expect(reliableChange(PHQ9, 20, 15)).toBe('no-reliable-change');
    expect(reliableChange(PHQ9, 20, 14)).toBe('improved');
    expect(reliableChange(PHQ9, 0, 5)).toBe('no-reliable-change');
    expect(reliableChange(PHQ9, 0, 6)).toBe('deteriorated');
  });

  it('GAD-7: 3 points is not reliable, 4 is, in either direction', () => {
    expect(reliableChange(GAD7, 21, 18)).toBe('no-reliable-change');
    expect(reliableChange(GAD7, 21, 17)).toBe('improved');
    expect(reliableChange(GAD7, 0, 3)).toBe('no-reliable-change');
    expect(reliableChange(GAD7, 0, 4)).toBe('deteriorated');
  });

  it('WHO-5: higher is better; 8 percentage points is not reliable, 12 (the next step over 10) is', () => {
    expect(reliableChange(WHO5, 40, 48)).toBe('no-reliable-change');
    expect(reliableChange(WHO5, 40, 52)).toBe('improved');
    expect(reliableChange(WHO5, 52, 44)).toBe('no-reliable-change');
    expect(reliableChange(WHO5, 52, 40)).toBe('deteriorated');
  });

  it('makes no claim for an instrument without a rule', () => {
    expect(reliableChange({ ...PHQ9, reliableChange: null }, 20, 0)).toBeNull();
  });

  it('refuses totals the instrument cannot produce', () => {
    expect(() => reliableChange(PHQ9, 28, 0)).toThrow(RangeError);
    expect(() => reliableChange(GAD7, 0, -1)).toThrow(RangeError);
    expect(() => reliableChange(WHO5, 50, 40)).toThrow(RangeError);
    expect(() => reliableChange(PHQ9, 1.5, 0)).toThrow(RangeError);
  });

  it('is symmetric: swapping first and latest swaps improved and deteriorated', () => {
    const swapped = { improved: 'deteriorated', deteriorated: 'improved', 'no-reliable-change': 'no-reliable-change' } as const;
    for (const instrument of [PHQ9, GAD7]) {
      fc.assert(
        fc.property(fc.nat(instrument.scoring.max), fc.nat(instrument.scoring.max), (a, b) => {
          expect(reliableChange(instrument, b, a)).toBe(swapped[reliableChange(instrument, a, b)]);
        }),
      );
    }
  });
});

describe('Jacobson & Truax reliable change index (MEASURES.md §1.1)', () => {
  it('reproduces the reconstruction of the NHS points in §1.3 (not their documented derivation)', () => {
    expect(jacobsonTruaxThreshold(5.5, 0.84)).toBeCloseTo(6.1, 1);
    expect(jacobsonTruaxThreshold(4.5, 0.92)).toBeCloseTo(3.5, 1);
  });

  it('is 1.96 exactly at the threshold and signed by direction', () => {
    const t = jacobsonTruaxThreshold(5.5, 0.84);
    expect(jacobsonTruaxRci(10, 10 + t, 5.5, 0.84)).toBeCloseTo(1.96, 10);
    expect(jacobsonTruaxRci(10 + t, 10, 5.5, 0.84)).toBeCloseTo(-1.96, 10);
  });

  it('refuses a non-positive SD or a reliability outside [0, 1)', () => {
    expect(() => jacobsonTruaxThreshold(0, 0.8)).toThrow(RangeError);
    expect(() => jacobsonTruaxThreshold(5, 1)).toThrow(RangeError);
    expect(() => jacobsonTruaxThreshold(5, Number.NaN)).toThrow(RangeError);
  });

  it('drives reliableChange when an instrument uses a Jacobson–Truax rule (|RCI| > 1.96)', () => {
    const rci: Instrument = {
      ...PHQ9,
      reliableChange: { kind: 'jacobson-truax', baselineSd: 5.5, reliability: 0.84, source: { citation: 'test', evidence: 'U' } },
    };
    expect(reliableChange(rci, 20, 14)).toBe('no-reliable-change');
    expect(reliableChange(rci, 20, 13)).toBe('improved');
    expect(reliableChange(rci, 3, 10)).toBe('deteriorated');
  });
});

describe('NHS Talking Therapies outcome (MEASURES.md §3)', () => {
  // [PHQ-9 first, latest, GAD-7 first, latest, outcome, why]
  const matrix: Array<[number, number, number, number, string, string]> = [
    [9, 3, 7, 1, 'not-at-caseness', 'below both cut-offs at the start: never "recovered", whatever the change'],
    [5, 5, 4, 4, 'not-at-caseness', 'below both cut-offs, unchanged'],
    [12, 8, 9, 6, 'recovery', 'a case at the start (both), below both at the end, changes of 4 and 3 too small'],
    [9, 9, 10, 7, 'recovery', 'a case on GAD-7 alone; GAD-7 falls 3, not reliable'],
    [18, 6, 12, 5, 'reliable-recovery', 'recovered, and both measures reliably improved'],
    [16, 9, 7, 5, 'reliable-recovery', 'recovered; PHQ-9 improved 7, GAD-7 unchanged (no deterioration)'],
    [9, 9, 10, 6, 'reliable-recovery', 'GAD-7 falls exactly 4 and below 8'],
    [20, 12, 14, 10, 'reliable-improvement', 'both improved reliably but PHQ-9 12 and GAD-7 10 are still cases'],
    [15, 9, 10, 8, 'reliable-improvement', 'PHQ-9 falls exactly 6; GAD-7 8 is still a case'],
    [15, 10, 10, 10, 'no-reliable-change', 'PHQ-9 falls 5: one short of reliable, and still a case'],
    [15, 12, 10, 9, 'no-reliable-change', 'small changes, still a case'],
    [20, 10, 4, 12, 'no-reliable-change', 'PHQ-9 improved, GAD-7 deteriorated: neither combined flag, still a case'],
    [15, 5, 0, 7, 'recovery', 'PHQ-9 improved, GAD-7 deteriorated: no reliable improvement, but below both at the end'],
    [10, 16, 8, 8, 'reliable-deterioration', 'PHQ-9 rises exactly 6'],
    [12, 12, 8, 12, 'reliable-deterioration', 'GAD-7 rises exactly 4'],
    [12, 12, 8, 11, 'no-reliable-change', 'GAD-7 rises 3: not reliable'],
    [3, 9, 2, 2, 'reliable-deterioration', 'not a case at the start, but a reliable worsening is never hidden'],
    [10, 9, 1, 7, 'reliable-deterioration', 'below both at the end (recovery flag), yet GAD-7 rose 6: deterioration wins'],
  ];

  it.each(matrix)('PHQ-9 %i→%i, GAD-7 %i→%i is %s (%s)', (p1, p2, g1, g2, expected) => {
    expect(nhsOutcome(p1, p2, g1, g2)).toBe(expected);
  });

  it('exposes the overlapping flags behind one label', () => {
    expect(nhsOutcomeFlags(10, 9, 1, 7)).toEqual({
      atCaseness: true, recovery: true, reliableImprovement: false, reliableDeterioration: true,
      phq9: 'no-reliable-change', gad7: 'deteriorated',
    });
    expect(nhsOutcomeFlags(20, 10, 4, 12)).toMatchObject({ reliableImprovement: false, reliableDeterioration: false });
  });

  it('refuses impossible totals', () => {
    expect(() => nhsOutcome(28, 0, 0, 0)).toThrow(RangeError);
    expect(() => nhsOutcome(0, 0, 0, 22)).toThrow(RangeError);
  });

  it('never calls a course recovered unless it started at caseness and ended below both cut-offs', () => {
    fc.assert(
      fc.property(fc.nat(27), fc.nat(27), fc.nat(21), fc.nat(21), (p1, p2, g1, g2) => {
        const outcome = nhsOutcome(p1, p2, g1, g2);
        if (outcome === 'recovery' || outcome === 'reliable-recovery') {
          expect(p1 >= 10 || g1 >= 8).toBe(true);
          expect(p2 < 10 && g2 < 8).toBe(true);
        }
        if (p1 < 10 && g1 < 8) expect(['not-at-caseness', 'reliable-deterioration']).toContain(outcome);
      }),
    );
  });
});
