/**
 * Questionnaire change over a span: counted from the first result of the span, never from
 * before it, with the days of both results; the therapy course from the first result on or
 * after the day therapy began.
 */
import { describe, expect, it } from 'vitest';
import type { InstrumentId } from '../measures/instrument.js';
import { formsBetween, measureCourse, type MeasureForm } from './measure-course.js';

/** Answers with this total: items filled 3, 3, … then the rest (PHQ-9 9 items, GAD-7 7). */
function answers(total: number, items: number): number[] {
  return Array.from({ length: items }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));
}
const form = (instrument: InstrumentId, day: string, total: number): MeasureForm => ({
  instrument,
  takenAt: `${day}T19:30:00+00:00`,
  answers: answers(total, instrument === 'PHQ-9' ? 9 : 7),
});

// PHQ-9 eases 15 → 8 over the therapy; in the last six weeks it only goes 9 → 8.
const FORMS: MeasureForm[] = [
  form('PHQ-9', '2026-02-20', 17), // before therapy began
  form('GAD-7', '2026-02-20', 14),
  form('PHQ-9', '2026-03-03', 15),
  form('GAD-7', '2026-03-03', 12),
  form('PHQ-9', '2026-07-01', 12),
  form('GAD-7', '2026-07-01', 10),
  form('PHQ-9', '2026-10-22', 9),
  form('GAD-7', '2026-10-22', 8),
  form('PHQ-9', '2026-12-01', 8),
  form('GAD-7', '2026-12-01', 7),
  form('PHQ-9', '2026-12-03', 3), // after asOf
];
const AS_OF = '2026-12-01';
const SIX_WEEKS_FROM = '2026-10-21';

describe('questionnaire change over a span', () => {
  it('counts the chosen period from its own first result, with both days', () => {
    const [phq, gad] = measureCourse(FORMS, SIX_WEEKS_FROM, AS_OF);
    expect(phq).toEqual({
      instrument: 'PHQ-9',
      first: 9,
      latest: 8,
      firstOn: '2026-10-22',
      latestOn: '2026-12-01',
      count: 2,
      change: -1,
      reliableChange: 'no-reliable-change',
      outcome: 'recovery',
    });
    expect(gad).toMatchObject({ first: 8, latest: 7, firstOn: '2026-10-22', change: -1, reliableChange: 'no-reliable-change' });
  });

  it('counts the therapy from the first result on or after the day it began, not from one before', () => {
    const [phq, gad] = measureCourse(FORMS, '2026-03-03', AS_OF);
    expect(phq).toMatchObject({ first: 15, latest: 8, firstOn: '2026-03-03', latestOn: '2026-12-01', count: 4, change: -7, reliableChange: 'improved' });
    expect(gad).toMatchObject({ first: 12, latest: 7, change: -5, reliableChange: 'improved' });
    // At caseness at the start, below both cut-offs at the end, reliably better: the NHS reliable recovery.
    expect(phq?.outcome).toBe('reliable-recovery');
    expect(gad?.outcome).toBe('reliable-recovery');
  });

  it('starts from the first result ever when no start day is given', () => {
    const [phq] = measureCourse(FORMS, null, AS_OF);
    expect(phq).toMatchObject({ first: 17, firstOn: '2026-02-20', latest: 8, latestOn: '2026-12-01', count: 5 });
  });

  it('leaves out results after asOf, and a questionnaire with none in the span', () => {
    expect(measureCourse(FORMS, '2026-12-02', '2026-12-03')).toEqual([
      { instrument: 'PHQ-9', first: 3, latest: 3, firstOn: '2026-12-03', latestOn: '2026-12-03', count: 1, change: null, reliableChange: null, outcome: null },
    ]);
    expect(measureCourse(FORMS, '2026-12-02', AS_OF)).toEqual([]);
  });

  it('reads the day a result was taken as the person lived it, in their own offset', () => {
    const late = { ...form('PHQ-9', '2026-10-20', 10), takenAt: '2026-10-20T23:30:00-05:00' }; // 21 Oct in UTC
    expect(formsBetween([late], SIX_WEEKS_FROM, AS_OF)).toEqual([]);
    expect(formsBetween([late], '2026-10-20', AS_OF)).toEqual([late]);
  });
});
