import { describe, expect, it } from 'vitest';
import { BRIEF_COPE } from './brief-cope.js';
import { GAD7 } from './gad7.js';
import { maxItemValue, type Instrument } from './instrument.js';
import { PCL5 } from './pcl5.js';
import { PHQ9 } from './phq9.js';
import { pairedNhsOutcome, summarizeInstrument, type Administration, type TotalSummary } from './summary.js';
import { WHO5 } from './who5.js';

/** Answers whose reported total is `total`, filled from item 1 so PHQ-9 item 9 stays 0 below 25. */
function answersFor(instrument: Instrument, total: number): number[] {
  let left = total / (instrument.scoring?.multiplier ?? 1);
  return instrument.items.map(() => {
    const v = Math.min(maxItemValue(instrument), left);
    left -= v;
    return v;
  });
}

const at = (day: string) => `${day}T09:00:00+00:00`;
const admin = (instrument: Instrument, day: string, total: number): Administration => ({ takenAt: at(day), answers: answersFor(instrument, total) });

function totalSummary(instrument: Instrument, admins: Administration[], today: string, weeks?: number): TotalSummary {
  const s = summarizeInstrument(instrument, admins, weeks === undefined ? { today } : { today, notOnTrackAfterWeeks: weeks });
  if (s?.kind !== 'total') throw new Error(`expected a total summary, got ${s === null ? 'null' : s.kind}`);
  return s;
}

describe('summarizeInstrument: first, latest and change', () => {
  it('returns null without a complete administration, and never pro-rates', () => {
    expect(summarizeInstrument(PHQ9, [], { today: '2026-03-01' })).toBeNull();
    expect(summarizeInstrument(PHQ9, [{ takenAt: at('2026-01-05'), answers: [3, 3, 3, 3, 3, 3, 3, 3] }], { today: '2026-03-01' })).toBeNull();
  });

  it('with one administration: no change, no reliable-change claim, not flagged even after 8 weeks at caseness', () => {
    const s = totalSummary(PHQ9, [admin(PHQ9, '2026-01-05', 18)], '2026-04-01');
    expect(s).toMatchObject({ count: 1, change: 0, reliableChange: null, first: { total: 18 }, latest: { total: 18 } });
    expect(s.notOnTrack).toMatchObject({ flag: false, reason: null, heuristic: true, rule: null });
  });

  it('orders by instant, not input order or the local date written', () => {
    // 23:30 at −05:00 on 1 March is 04:30 UTC on 2 March: after 01:00 at +01:00 on 2 March (00:00 UTC).
    const admins: Administration[] = [
      { takenAt: '2026-03-01T23:30:00-05:00', answers: answersFor(PHQ9, 9) },
      { takenAt: '2026-03-02T01:00:00+01:00', answers: answersFor(PHQ9, 16) },
      admin(PHQ9, '2026-01-10', 12),
    ];
    const s = totalSummary(PHQ9, admins, '2026-03-02');
    expect(s.first).toEqual({ takenAt: at('2026-01-10'), total: 12, band: PHQ9.bands[2], caseness: true });
    expect(s.latest).toMatchObject({ takenAt: '2026-03-01T23:30:00-05:00', total: 9, caseness: false, band: { id: 'mild' } });
    expect(s).toMatchObject({ count: 3, change: -3, reliableChange: 'no-reliable-change' });
  });

  it('skips incomplete forms and counts them as unscored', () => {
    const admins = [admin(PHQ9, '2026-01-05', 15), admin(PHQ9, '2026-02-05', 8), { takenAt: at('2026-03-01'), answers: [1, 1, null] }];
    expect(totalSummary(PHQ9, admins, '2026-03-01')).toMatchObject({ count: 2, unscored: 1, latest: { total: 8 } });
  });

  it('reports the rule threshold with its source, computed for a Jacobson–Truax rule', () => {
    expect(totalSummary(PCL5, [admin(PCL5, '2026-01-05', 40)], '2026-01-05').reliableChangeThreshold).toEqual({
      points: 10, source: PCL5.reliableChange.source,
    });
    const source = { citation: 'test', evidence: 'U' } as const;
    const jt: Instrument = { ...PHQ9, reliableChange: { kind: 'jacobson-truax', baselineSd: 5.5, reliability: 0.84, source } };
    expect(totalSummary(jt, [admin(jt, '2026-01-05', 10)], '2026-01-05').reliableChangeThreshold?.points).toBeCloseTo(6.1, 1);
  });

  it('gives PCL-5 cluster changes, latest − first', () => {
    const s = totalSummary(PCL5, [admin(PCL5, '2026-01-05', 40), admin(PCL5, '2026-02-05', 30)], '2026-02-05');
    // answersFor fills from item 1: 40 = items 1–10 at 4; 30 = items 1–7 at 4, item 8 at 2.
    expect(s.subscales.map((c) => [c.id, c.first, c.latest, c.change])).toEqual([
      ['B', 20, 20, 0], ['C', 8, 8, 0], ['D', 12, 2, -10], ['E', 0, 0, 0],
    ]);
    expect(s.reliableChange).toBe('improved');
  });

  it('refuses a bad today, a bad week count and an undatable administration', () => {
    expect(() => summarizeInstrument(PHQ9, [], { today: '2026-02-30' })).toThrow(RangeError);
    expect(() => summarizeInstrument(PHQ9, [], { today: '2026-03-01', notOnTrackAfterWeeks: 0 })).toThrow(RangeError);
    expect(() => summarizeInstrument(PHQ9, [{ takenAt: '2026-03-01 09:00', answers: answersFor(PHQ9, 3) }], { today: '2026-03-01' })).toThrow(
      RangeError,
    );
  });
});

describe('not on track (MEASURES.md §5 option 3, a heuristic)', () => {
  it('flags reliable deterioration from baseline at once, with the numbers, and says it is a rule of thumb', () => {
    const s = totalSummary(PHQ9, [admin(PHQ9, '2026-02-01', 8), admin(PHQ9, '2026-02-15', 14)], '2026-02-15');
    expect(s.reliableChange).toBe('deteriorated');
    expect(s.notOnTrack).toMatchObject({ flag: true, rule: 'reliable-deterioration', heuristic: true });
    expect(s.notOnTrack.reason).toBe(
      'The PHQ-9 score went up from 8 on 1 Feb 2026 to 14 on 15 Feb 2026, a change of 6 points, and a change of 6 points or more ' +
        "is more than the questionnaire's usual ups and downs, so this may be worth talking through in a session.",
    );
    expect(s.notOnTrack.label).toMatch(/rule of thumb.*not a validated/);
    expect(s.notOnTrack.label).toMatch(/not a validated expected-treatment-response curve/);
  });

  it('does not flag a rise one point short of reliable when the start was below caseness', () => {
    const s = totalSummary(PHQ9, [admin(PHQ9, '2026-01-01', 8), admin(PHQ9, '2026-04-01', 13)], '2026-04-01');
    expect(s).toMatchObject({ reliableChange: 'no-reliable-change', notOnTrack: { flag: false, reason: null } });
  });

  it('flags no reliable improvement 8 weeks after a first score at caseness, not a day earlier', () => {
    const admins = [admin(PHQ9, '2026-01-05', 15), admin(PHQ9, '2026-02-23', 12)];
    expect(totalSummary(PHQ9, admins, '2026-03-01').notOnTrack.flag).toBe(false); // 55 days: 7 whole weeks
    const s = totalSummary(PHQ9, admins, '2026-03-02'); // 56 days
    expect(s.notOnTrack).toMatchObject({ flag: true, rule: 'no-reliable-improvement' });
    expect(s.notOnTrack.reason).toBe(
      'The PHQ-9 score was 15 on 5 Jan 2026 and 12 on 23 Feb 2026; 8 weeks on, it has not yet improved by 6 points, the change that ' +
        'would show reliable improvement, which makes this a good moment to look together at what is helping and what might change.',
    );
  });

  it('uses a configured number of weeks', () => {
    const admins = [admin(GAD7, '2026-01-05', 12), admin(GAD7, '2026-02-10', 10)];
    expect(totalSummary(GAD7, admins, '2026-02-16').notOnTrack.flag).toBe(false);
    expect(totalSummary(GAD7, admins, '2026-02-16', 6).notOnTrack).toMatchObject({ flag: true, rule: 'no-reliable-improvement' });
  });

  it('does not flag a course that has reliably improved, even if still at caseness', () => {
    const s = totalSummary(PHQ9, [admin(PHQ9, '2026-01-05', 20), admin(PHQ9, '2026-03-30', 14)], '2026-04-01');
    expect(s).toMatchObject({ reliableChange: 'improved', latest: { caseness: true }, notOnTrack: { flag: false } });
  });

  it('does not flag a flat course that started below caseness', () => {
    const s = totalSummary(PHQ9, [admin(PHQ9, '2026-01-05', 9), admin(PHQ9, '2026-04-01', 9)], '2026-06-01');
    expect(s.notOnTrack.flag).toBe(false);
  });

  it('reads WHO-5 the other way up: a reliable fall is deterioration, ≤ 50 is the caseness start', () => {
    const fall = totalSummary(WHO5, [admin(WHO5, '2026-01-05', 60), admin(WHO5, '2026-01-20', 48)], '2026-01-20');
    expect(fall.notOnTrack).toMatchObject({ flag: true, rule: 'reliable-deterioration' });
    expect(fall.notOnTrack.reason).toMatch(/^The WHO-5 score went down from 60 on 5 Jan 2026 to 48 on 20 Jan 2026, a change of 12 points/);
    const small = totalSummary(WHO5, [admin(WHO5, '2026-01-05', 60), admin(WHO5, '2026-01-20', 52)], '2026-01-20');
    expect(small.notOnTrack.flag).toBe(false);
    const flat = totalSummary(WHO5, [admin(WHO5, '2026-01-05', 40), admin(WHO5, '2026-03-01', 48)], '2026-03-09');
    expect(flat.notOnTrack).toMatchObject({ flag: true, rule: 'no-reliable-improvement' });
    const rising = totalSummary(WHO5, [admin(WHO5, '2026-01-05', 40), admin(WHO5, '2026-03-01', 52)], '2026-03-09');
    expect(rising).toMatchObject({ reliableChange: 'improved', notOnTrack: { flag: false } });
  });

  it('PCL-5 at the cut-off: 9 points down after 8 weeks is flagged, 10 is not', () => {
    const course = (latest: number) => [admin(PCL5, '2026-01-05', 45), admin(PCL5, '2026-03-01', latest)];
    expect(totalSummary(PCL5, course(36), '2026-03-02').notOnTrack).toMatchObject({ flag: true, rule: 'no-reliable-improvement' });
    expect(totalSummary(PCL5, course(35), '2026-03-02').notOnTrack.flag).toBe(false);
  });
});

describe('summarizeInstrument for the Brief COPE (no total)', () => {
  const day = (d: string, answers: number[]) => ({ takenAt: at(d), answers });
  const low = Array<number>(28).fill(1);
  const later = low.map((v, i) => ([1, 19, 5, 15].includes(i + 1) ? 4 : v));

  it('compares first and latest scale sums without any reliable-change or not-on-track claim', () => {
    const s = summarizeInstrument(BRIEF_COPE, [day('2026-02-01', later), day('2026-01-01', low)], { today: '2026-02-01' });
    expect(s).toMatchObject({
      kind: 'subscales', instrument: 'Brief-COPE', count: 2, reliableChange: null, reliableChangeThreshold: null,
      first: { takenAt: at('2026-01-01') }, latest: { takenAt: at('2026-02-01') },
    });
    expect(s).not.toHaveProperty('notOnTrack');
    expect(s).not.toHaveProperty('first.total');
    const changes = Object.fromEntries((s?.subscales ?? []).map((c) => [c.id, c.change]));
    expect(changes).toMatchObject({ 'self-distraction': 6, 'emotional-support': 6, denial: 0, venting: 0 });
    expect(s?.subscales).toHaveLength(14);
  });
});

describe('pairedNhsOutcome: first and last of each measure (MEASURES.md §3)', () => {
  const course = (phq9: number[], gad7: number[]) =>
    pairedNhsOutcome(
      phq9.map((t, i) => admin(PHQ9, `2026-0${i + 1}-05`, t)),
      gad7.map((t, i) => admin(GAD7, `2026-0${i + 1}-06`, t)),
    );

  it.each([
    [[9, 3], [7, 1], 'not-at-caseness'],
    [[12, 8], [9, 6], 'recovery'],
    [[18, 6], [12, 5], 'reliable-recovery'],
    [[20, 12], [14, 10], 'reliable-improvement'],
    [[15, 9], [10, 8], 'reliable-improvement'],
    [[15, 10], [10, 10], 'no-reliable-change'],
    [[20, 10], [4, 12], 'no-reliable-change'],
    [[10, 16], [8, 8], 'reliable-deterioration'],
    [[12, 12], [8, 12], 'reliable-deterioration'],
    [[10, 9], [1, 7], 'reliable-deterioration'],
  ] as Array<[number[], number[], string]>)('PHQ-9 %j, GAD-7 %j → %s', (phq9, gad7, outcome) => {
    expect(course(phq9, gad7)?.outcome).toBe(outcome);
  });

  it('ignores the scores in between and pairs each measure on its own dates', () => {
    const result = course([16, 24, 9], [12, 5]);
    expect(result).toMatchObject({
      outcome: 'reliable-recovery',
      first: { phq9: { total: 16, takenAt: at('2026-01-05') }, gad7: { total: 12, takenAt: at('2026-01-06') } },
      latest: { phq9: { total: 9, takenAt: at('2026-03-05') }, gad7: { total: 5, takenAt: at('2026-02-06') } },
      flags: { atCaseness: true, recovery: true, reliableImprovement: true, reliableDeterioration: false, phq9: 'improved', gad7: 'improved' },
    });
  });

  it('sorts by instant whatever the input order', () => {
    const p = [admin(PHQ9, '2026-03-01', 8), admin(PHQ9, '2026-01-01', 16)];
    const g = [admin(GAD7, '2026-03-01', 6), admin(GAD7, '2026-01-01', 9)];
    expect(pairedNhsOutcome(p, g)).toMatchObject({ outcome: 'reliable-recovery', first: { phq9: { total: 16 }, gad7: { total: 9 } } });
  });

  it('is null when either measure has fewer than 2 complete administrations', () => {
    expect(course([16], [12, 5])).toBeNull();
    expect(course([16, 9], [12])).toBeNull();
    const incomplete = { takenAt: at('2026-02-06'), answers: [1, 1, 1] };
    expect(pairedNhsOutcome([admin(PHQ9, '2026-01-05', 16), admin(PHQ9, '2026-02-05', 9)], [admin(GAD7, '2026-01-06', 12), incomplete])).toBeNull();
  });
});
