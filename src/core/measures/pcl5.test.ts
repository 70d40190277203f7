import { describe, expect, it } from 'vitest';
import { reliableChange } from './change.js';
import { PCL5 } from './pcl5.js';
import { PHQ9 } from './phq9.js';
import { scoreAdministration } from './score.js';

/** A worked example: 20 answers with known cluster sums. */
//              B: 1  2  3  4  5   C: 6  7   D: 8  9 10 11 12 13 14   E:15 16 17 18 19 20
const EXAMPLE = [3, 2, 1, 4, 0, /**/ 4, 3, /**/ 0, 1, 2, 3, 4, 2, 1, /**/ 1, 0, 3, 4, 2, 2];

describe('PCL-5 scoring (MEASURES.md §2.4)', () => {
  it('sums all 20 items and each DSM-5 cluster: B 1–5, C 6–7, D 8–14, E 15–20', () => {
    const result = scoreAdministration(PCL5, EXAMPLE);
    expect(result).toMatchObject({ ok: true, total: 42, rawTotal: 42, caseness: true, band: { id: 'at-or-above-cut-off' } });
    expect(result.ok && result.subscales).toEqual([
      { id: 'B', label: 'Intrusion (cluster B)', score: 10, min: 0, max: 20 },
      { id: 'C', label: 'Avoidance (cluster C)', score: 7, min: 0, max: 8 },
      { id: 'D', label: 'Negative thoughts and mood (cluster D)', score: 13, min: 0, max: 28 },
      { id: 'E', label: 'Arousal and reactivity (cluster E)', score: 12, min: 0, max: 24 },
    ]);
  });

  it('scores 0 to 80', () => {
    expect(scoreAdministration(PCL5, Array(20).fill(0))).toMatchObject({ ok: true, total: 0, band: { id: 'below-cut-off' } });
    expect(scoreAdministration(PCL5, Array(20).fill(4))).toMatchObject({ ok: true, total: 80, band: { id: 'at-or-above-cut-off' } });
  });

  it('moves from below to at-or-above the preliminary cut-off between 32 and 33', () => {
    const at = (total: number) => [...Array(8).fill(4), total - 32, ...Array(11).fill(0)];
    expect(scoreAdministration(PCL5, at(32))).toMatchObject({ total: 32, caseness: false, band: { id: 'below-cut-off' } });
    expect(scoreAdministration(PCL5, at(33))).toMatchObject({ total: 33, caseness: true, band: { id: 'at-or-above-cut-off' } });
  });

  it('labels its two bands as cut-off bands, not severity', () => {
    expect(PCL5.bandsKind).toBe('cut-off');
    expect(PCL5.bands.map((b) => b.label).join(' ')).not.toMatch(/mild|moderate|severe/i);
  });

  it('looks back over the past month on a 0–4 scale', () => {
    expect(PCL5.recallPeriod).toEqual({ days: 30, label: 'the past month' });
    expect(PCL5.responses.map((r) => [r.value, r.label])).toEqual([
      [0, 'Not at all'], [1, 'A little bit'], [2, 'Moderately'], [3, 'Quite a bit'], [4, 'Extremely'],
    ]);
  });

  it('refuses a form with a missing item rather than pro-rating', () => {
    const form: Array<number | null> = [...EXAMPLE];
    form[6] = null;
    form[19] = null;
    expect(scoreAdministration(PCL5, form)).toEqual({ ok: false, reason: 'missing-items', missing: [7, 20], criticalItems: [] });
  });

  it('refuses 5, which is off the 0–4 scale', () => {
    expect(scoreAdministration(PCL5, [5, ...EXAMPLE.slice(1)])).toMatchObject({ ok: false, reason: 'out-of-range', items: [1] });
  });
});

describe('PCL-5 reliable change: 10 points (MEASURES.md §2.4 default)', () => {
  it('9 points is not reliable, 10 is, in either direction', () => {
    expect(reliableChange(PCL5, 50, 41)).toBe('no-reliable-change');
    expect(reliableChange(PCL5, 50, 40)).toBe('improved');
    expect(reliableChange(PCL5, 20, 29)).toBe('no-reliable-change');
    expect(reliableChange(PCL5, 20, 30)).toBe('deteriorated');
  });

  it('refuses totals outside 0–80', () => {
    expect(() => reliableChange(PCL5, 81, 40)).toThrow(RangeError);
  });
});

describe('PCL-5 item 16 (risk-taking): a lower-tier flag', () => {
  const with16 = (value: number) => EXAMPLE.map((v, i) => (i === 15 ? value : v));

  it('is not flagged at 1 ("a little bit")', () => {
    expect(scoreAdministration(PCL5, with16(1))).toMatchObject({ ok: true, criticalItems: [] });
  });

  it.each([2, 3, 4])('is flagged at %i as a notice, not urgent', (value) => {
    expect(scoreAdministration(PCL5, with16(value))).toMatchObject({ ok: true, criticalItems: [{ item: 16, value, tier: 'notice' }] });
  });

  it('is still reported on an incomplete form', () => {
    const form: Array<number | null> = with16(3);
    form[0] = null;
    expect(scoreAdministration(PCL5, form)).toMatchObject({ ok: false, criticalItems: [{ item: 16, value: 3, tier: 'notice' }] });
  });

  it('differs from PHQ-9 item 9, which is urgent', () => {
    expect(scoreAdministration(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 1])).toMatchObject({ criticalItems: [{ item: 9, value: 1, tier: 'urgent' }] });
  });
});
