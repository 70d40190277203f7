import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './catalogue.js';
import { GAD7 } from './gad7.js';
import { INSTRUMENT_IDS, maxItemValue, type Instrument, type TotalScoredInstrument } from './instrument.js';
import { PHQ9 } from './phq9.js';
import { scoreAdministration } from './score.js';
import { WHO5 } from './who5.js';

/** Answers summing to `raw`, filled from the last item backwards so item 9 stays 0 unless needed. */
function answersSumming(instrument: Instrument, raw: number): number[] {
  const top = maxItemValue(instrument);
  let left = raw;
  const answers = instrument.items.map(() => 0);
  for (let i = answers.length - 2; i >= 0 && left > 0; i--) {
    answers[i] = Math.min(top, left);
    left -= answers[i] ?? 0;
  }
  answers[answers.length - 1] = left;
  return answers;
}

function scored(instrument: TotalScoredInstrument, raw: number) {
  const result = scoreAdministration(instrument, answersSumming(instrument, raw));
  if (!result.ok) throw new Error(`expected a score, got ${result.reason}`);
  return result;
}

describe('band boundaries', () => {
  it.each([
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'],
    [15, 'moderately-severe'], [19, 'moderately-severe'], [20, 'severe'], [27, 'severe'],
  ])('PHQ-9 total %i is %s', (total, band) => {
    expect(scored(PHQ9, total)).toMatchObject({ total, band: { id: band } });
  });

  it.each([
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'], [15, 'severe'], [21, 'severe'],
  ])('GAD-7 total %i is %s', (total, band) => {
    expect(scored(GAD7, total)).toMatchObject({ total, band: { id: band } });
  });

  it.each([
    [0, 0, 'very-low'], [7, 28, 'very-low'], [8, 32, 'poor-wellbeing'], [12, 48, 'poor-wellbeing'],
    [13, 52, 'above-cut-off'], [25, 100, 'above-cut-off'],
  ])('WHO-5 raw %i is %i percent, %s', (raw, total, band) => {
    expect(scored(WHO5, raw)).toMatchObject({ rawTotal: raw, total, band: { id: band } });
  });
});

describe('caseness', () => {
  it('PHQ-9 is a case from 10 (NHS), not at 9', () => {
    expect(scored(PHQ9, 9).caseness).toBe(false);
    expect(scored(PHQ9, 10).caseness).toBe(true);
  });

  it('GAD-7 is a case from 8 (NHS), not at 7', () => {
    expect(scored(GAD7, 7).caseness).toBe(false);
    expect(scored(GAD7, 8).caseness).toBe(true);
  });

  it('WHO-5 flags poor well-being at 48% and below, not at 52%', () => {
    expect(scored(WHO5, 12).caseness).toBe(true);
    expect(scored(WHO5, 13).caseness).toBe(false);
  });
});

describe('WHO-5 percentage score', () => {
  it('multiplies the raw sum by 4', () => {
    expect(scoreAdministration(WHO5, [3, 2, 4, 1, 5])).toMatchObject({ ok: true, rawTotal: 15, total: 60 });
  });
});

describe('instruments without subscales', () => {
  it.each([PHQ9, GAD7, WHO5])('$id reports an empty subscale list', (instrument) => {
    expect(scoreAdministration(instrument, instrument.items.map(() => 1))).toMatchObject({ ok: true, subscales: [] });
  });
});

describe('missing and out-of-range answers', () => {
  it('refuses to score with any missing item, listing them 1-based', () => {
    expect(scoreAdministration(PHQ9, [1, null, 2, 0, 0, null, 1, 1, 0])).toEqual({
      ok: false, reason: 'missing-items', missing: [2, 6], criticalItems: [],
    });
  });

  it('never scores a PHQ-9 without item 9 as a silent PHQ-8', () => {
    expect(scoreAdministration(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3])).toMatchObject({ ok: false, reason: 'missing-items', missing: [9] });
  });

  it('treats an empty form as every item missing', () => {
    expect(scoreAdministration(GAD7, [])).toMatchObject({ ok: false, reason: 'missing-items', missing: [1, 2, 3, 4, 5, 6, 7] });
  });

  it('refuses values that are not on the answer scale', () => {
    expect(scoreAdministration(GAD7, [4, -1, 1.5, Number.NaN, 0, 0, 0])).toMatchObject({
      ok: false, reason: 'out-of-range', items: [1, 2, 3, 4],
    });
    expect(scoreAdministration(WHO5, [6, 5, 5, 5, 5])).toMatchObject({ ok: false, reason: 'out-of-range', items: [1] });
  });

  it('refuses answers beyond the last item', () => {
    expect(scoreAdministration(GAD7, [0, 0, 0, 0, 0, 0, 0, 1])).toMatchObject({ ok: false, reason: 'out-of-range', items: [8] });
  });

  it('reports wrong values before missing ones', () => {
    expect(scoreAdministration(GAD7, [9, null, 0, 0, 0, 0, 0])).toMatchObject({ ok: false, reason: 'out-of-range', items: [1] });
  });
});

describe('PHQ-9 item 9 (critical)', () => {
  const base = [0, 0, 0, 0, 0, 0, 0, 0];

  it('is not flagged at 0, even with a high total', () => {
    expect(scoreAdministration(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 0])).toMatchObject({ ok: true, total: 24, criticalItems: [] });
  });

  it.each([1, 2, 3])('is flagged as urgent at %i, even with a low total', (value) => {
    expect(scoreAdministration(PHQ9, [...base, value])).toMatchObject({
      ok: true, total: value, criticalItems: [{ item: 9, value, tier: 'urgent' }],
    });
  });

  it('is still reported when another item is missing', () => {
    expect(scoreAdministration(PHQ9, [null, 0, 0, 0, 0, 0, 0, 0, 2])).toEqual({
      ok: false, reason: 'missing-items', missing: [1], criticalItems: [{ item: 9, value: 2, tier: 'urgent' }],
    });
  });

  it('is still reported when another answer is out of range', () => {
    expect(scoreAdministration(PHQ9, [7, 0, 0, 0, 0, 0, 0, 0, 1])).toMatchObject({
      ok: false, reason: 'out-of-range', criticalItems: [{ item: 9, value: 1 }],
    });
  });
});

describe('invariants', () => {
  const ALL = INSTRUMENT_IDS.map((id) => INSTRUMENTS[id]);
  const complete = (instrument: Instrument) =>
    fc.array(fc.constantFrom(...instrument.responses.map((r) => r.value)), {
      minLength: instrument.items.length,
      maxLength: instrument.items.length,
    });

  it.each(ALL.filter((i) => i.scoring !== null))('$id: a complete form scores sum × multiplier, inside its band', (instrument) => {
    fc.assert(
      fc.property(complete(instrument), (answers) => {
        const result = scoreAdministration(instrument, answers);
        const raw = answers.reduce((a, b) => a + b, 0);
        expect(result).toMatchObject({ ok: true, rawTotal: raw, total: raw * (instrument.scoring?.multiplier ?? Number.NaN) });
        if (result.ok && result.total !== null) {
          expect(result.total).toBeGreaterThanOrEqual(result.band?.min ?? Number.NaN);
          expect(result.total).toBeLessThanOrEqual(result.band?.max ?? Number.NaN);
        }
      }),
    );
  });

  it.each(ALL)('$id: subscale sums are the sums of their items, inside their ranges', (instrument) => {
    fc.assert(
      fc.property(complete(instrument), (answers) => {
        const result = scoreAdministration(instrument, answers);
        if (!result.ok) throw new Error(result.reason);
        instrument.subscales.forEach((s, i) => {
          const got = result.subscales[i];
          expect(got?.score).toBe(s.items.reduce((sum, n) => sum + (answers[n - 1] ?? Number.NaN), 0));
          expect(got?.score).toBeGreaterThanOrEqual(got?.min ?? Number.NaN);
          expect(got?.score).toBeLessThanOrEqual(got?.max ?? Number.NaN);
        });
      }),
    );
  });

  it.each(ALL)('$id: blanking any item refuses the score', (instrument) => {
    fc.assert(
      fc.property(complete(instrument), fc.nat(instrument.items.length - 1), (answers, blank) => {
        const form: Array<number | null> = [...answers];
        form[blank] = null;
        expect(scoreAdministration(instrument, form)).toMatchObject({ ok: false, reason: 'missing-items', missing: [blank + 1] });
      }),
    );
  });
});
