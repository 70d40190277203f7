/**
 * Scenarios for "change only between results far enough apart" (spacing.ts): each questionnaire
 * asks about a recall period, so two answers inside one period are not compared.
 */
import { describe, expect, it } from 'vitest';
import { GAD7 } from './gad7.js';
import { maxItemValue, type Instrument } from './instrument.js';
import { PCL5 } from './pcl5.js';
import { PHQ9 } from './phq9.js';
import { minDaysApart, tooClose } from './spacing.js';
import { pairedNhsOutcome, summarizeInstrument, type Administration, type TotalSummary } from './summary.js';
import { WHO5 } from './who5.js';
import { BRIEF_COPE } from './brief-cope.js';

function answersFor(instrument: Instrument, total: number): number[] {
  let left = total / (instrument.scoring?.multiplier ?? 1);
  return instrument.items.map(() => {
    const v = Math.min(maxItemValue(instrument), left);
    left -= v;
    return v;
  });
}
const form = (instrument: Instrument, takenAt: string, total: number): Administration => ({ takenAt, answers: answersFor(instrument, total) });

function summary(instrument: Instrument, forms: Administration[], today: string): TotalSummary {
  const s = summarizeInstrument(instrument, forms, { today });
  if (s?.kind !== 'total') throw new Error('expected a total summary');
  return s;
}

describe('minDaysApart: one recall period', () => {
  it('is 14 days for the two-week questionnaires and 28 for the PCL-5’s past month', () => {
    expect([PHQ9, GAD7, WHO5, BRIEF_COPE].map(minDaysApart)).toEqual([14, 14, 14, 14]);
    expect(minDaysApart(PCL5)).toBe(28);
  });
});

describe('scenario: two PHQ-9s taken minutes apart', () => {
  const forms = [form(PHQ9, '2026-12-07T20:00:00+00:00', 20), form(PHQ9, '2026-12-07T20:03:00+00:00', 8)];

  it('are not called a reliable improvement, though the 12 points are still shown', () => {
    const s = summary(PHQ9, forms, '2026-12-07');
    expect(s.change).toBe(-12);
    expect(s.reliableChange).toBeNull();
    expect(s.tooClose).toEqual({ minutesApart: 3, daysApart: 0, minDays: 14, recall: 'the last 2 weeks' });
  });

  it('a rise minutes later is neither a reliable deterioration nor a not-on-track flag', () => {
    const rise = [form(PHQ9, '2026-12-07T20:00:00+00:00', 5), form(PHQ9, '2026-12-07T20:04:00+00:00', 20)];
    const s = summary(PHQ9, rise, '2026-12-07');
    expect(s.reliableChange).toBeNull();
    expect(s.notOnTrack).toMatchObject({ flag: false, rule: null });
  });

  it('raise no “not on track” flag ten weeks later either: there is still nothing to compare', () => {
    const s = summary(PHQ9, [form(PHQ9, '2026-10-01T09:00:00+00:00', 18), form(PHQ9, '2026-10-01T09:10:00+00:00', 17)], '2026-12-10');
    expect(s.notOnTrack.flag).toBe(false);
  });
});

describe('scenario: the boundary is whole calendar days, as the person lived them', () => {
  it('13 days apart is too close; 14 days apart is compared', () => {
    const first = form(PHQ9, '2026-11-01T09:00:00+00:00', 20);
    expect(summary(PHQ9, [first, form(PHQ9, '2026-11-14T21:00:00+00:00', 8)], '2026-11-30')).toMatchObject({
      reliableChange: null,
      tooClose: { daysApart: 13, minDays: 14 },
    });
    expect(summary(PHQ9, [first, form(PHQ9, '2026-11-15T08:00:00+00:00', 8)], '2026-11-30')).toMatchObject({
      reliableChange: 'improved',
      tooClose: null,
    });
  });

  it('late evening to early morning two weeks on counts as 14 days, in the offsets the forms were written with', () => {
    const s = summary(GAD7, [form(GAD7, '2026-11-01T23:50:00-05:00', 15), form(GAD7, '2026-11-15T00:10:00-05:00', 5)], '2026-11-30');
    expect(s).toMatchObject({ reliableChange: 'improved', tooClose: null });
  });

  it('the PCL-5 needs four weeks: 27 days is too close, 28 is compared', () => {
    const first = form(PCL5, '2026-10-01T09:00:00+00:00', 50);
    expect(summary(PCL5, [first, form(PCL5, '2026-10-28T09:00:00+00:00', 30)], '2026-11-30').tooClose).toMatchObject({ minDays: 28, recall: 'the past month' });
    expect(summary(PCL5, [first, form(PCL5, '2026-10-29T09:00:00+00:00', 30)], '2026-11-30').reliableChange).toBe('improved');
  });
});

describe('scenario: a quick retake after a month compares the month, not the minutes', () => {
  it('first 20 on 1 November, 15 on 1 December, 8 three minutes later: 20 → 8 over a month is a reliable improvement', () => {
    const forms = [
      form(PHQ9, '2026-11-01T09:00:00+00:00', 20),
      form(PHQ9, '2026-12-01T09:00:00+00:00', 15),
      form(PHQ9, '2026-12-01T09:03:00+00:00', 8),
    ];
    expect(summary(PHQ9, forms, '2026-12-01')).toMatchObject({ change: -12, reliableChange: 'improved', tooClose: null });
  });
});

describe('scenario: the NHS Talking Therapies outcome claims no recovery from one sitting', () => {
  const phq = (a: string, b: string) => [form(PHQ9, a, 18), form(PHQ9, b, 4)];
  const gad = (a: string, b: string) => [form(GAD7, a, 15), form(GAD7, b, 3)];

  it('PHQ-9 and GAD-7 each taken twice minutes apart: no outcome at all', () => {
    expect(pairedNhsOutcome(phq('2026-12-07T20:00:00Z', '2026-12-07T20:05:00Z'), gad('2026-12-07T20:01:00Z', '2026-12-07T20:06:00Z'))).toBeNull();
  });

  it('one measure spaced and the other not: still no outcome, since recovery needs both', () => {
    expect(pairedNhsOutcome(phq('2026-11-01T09:00:00Z', '2026-12-07T20:05:00Z'), gad('2026-12-07T20:01:00Z', '2026-12-07T20:06:00Z'))).toBeNull();
  });

  it('both spaced five weeks: reliable recovery, as before', () => {
    const out = pairedNhsOutcome(phq('2026-11-01T09:00:00Z', '2026-12-07T20:05:00Z'), gad('2026-11-01T09:05:00Z', '2026-12-07T20:06:00Z'));
    expect(out?.outcome).toBe('reliable-recovery');
  });
});

describe('tooClose', () => {
  it('counts minutes across offsets: 20:00 at +01:00 to 19:30 UTC the same evening is 30 minutes', () => {
    expect(tooClose(PHQ9, '2026-12-07T20:00:00+01:00', '2026-12-07T19:30:00Z')).toMatchObject({ minutesApart: 30, daysApart: 0 });
  });

  it('never reports a negative distance when the later form was written first', () => {
    expect(tooClose(PHQ9, '2026-12-07T20:00:00Z', '2026-12-07T19:00:00Z')).toMatchObject({ minutesApart: 0, daysApart: 0 });
  });
});
