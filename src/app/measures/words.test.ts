import { describe, expect, it } from 'vitest';
import { PHQ9 } from '../../core/measures/phq9.js';
import { PCL5 } from '../../core/measures/pcl5.js';
import { summarizeInstrument } from '../../core/measures/summary.js';
import { apartWords, summarySentence, tooCloseWords } from './words.js';

describe('why two results close together are not compared, in plain words', () => {
  it('names how far apart they were and the recall period', () => {
    expect(tooCloseWords({ minutesApart: 3, daysApart: 0, minDays: 14, recall: 'the last 2 weeks' })).toBe(
      'These were taken 3 minutes apart; both ask about the last 2 weeks, so Headway compares results at least 2 weeks apart.',
    );
    expect(tooCloseWords({ minutesApart: 27 * 24 * 60, daysApart: 27, minDays: 28, recall: 'the past month' })).toBe(
      'These were taken 27 days apart; both ask about the past month, so Headway compares results at least 4 weeks apart.',
    );
  });

  it('uses the natural unit, with correct plurals', () => {
    expect(apartWords({ minutesApart: 1, daysApart: 0 })).toBe('1 minute');
    expect(apartWords({ minutesApart: 59, daysApart: 0 })).toBe('59 minutes');
    expect(apartWords({ minutesApart: 60, daysApart: 0 })).toBe('1 hour');
    expect(apartWords({ minutesApart: 47 * 60, daysApart: 2 })).toBe('47 hours');
    expect(apartWords({ minutesApart: 6 * 24 * 60, daysApart: 6 })).toBe('6 days');
  });

  it('the summary sentence gives the numbers and the reason, and claims no change', () => {
    const forms = [
      { takenAt: '2026-12-07T20:00:00+00:00', answers: [3, 3, 3, 3, 3, 3, 2, 0, 0] },
      { takenAt: '2026-12-07T20:03:00+00:00', answers: [1, 1, 1, 1, 1, 1, 2, 0, 0] },
    ];
    const s = summarizeInstrument(PHQ9, forms, { today: '2026-12-07' });
    if (s === null) throw new Error('expected a summary');
    const sentence = summarySentence(PHQ9, s);
    expect(sentence).toBe(
      'From 20 on 7 December to 8 on 7 December. These were taken 3 minutes apart; both ask about the last 2 weeks, so Headway compares results at least 2 weeks apart.',
    );
    expect(sentence).not.toMatch(/reliable|improve/i);
  });

  it('four weeks of the PCL-5 are compared as before', () => {
    const forms = [
      { takenAt: '2026-10-01T09:00:00+00:00', answers: Array<number>(20).fill(3) },
      { takenAt: '2026-10-29T09:00:00+00:00', answers: Array<number>(20).fill(1) },
    ];
    const s = summarizeInstrument(PCL5, forms, { today: '2026-11-01' });
    if (s === null) throw new Error('expected a summary');
    expect(summarySentence(PCL5, s)).toContain('reliable improvement');
  });
});
