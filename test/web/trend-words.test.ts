/** The Progress page's sentences about a trend: numbers with their uncertainty, in plain words. */
import { describe, expect, it } from 'vitest';
import type { Trend } from '../../src/core/insight/report.js';
import { earlyToRecent, INTENSITY, slopeSentence } from '../../web/src/features/progress/trendWords.js';
import { missingWords } from '../../web/src/features/progress/reportWords.js';

const trend = (over: Partial<Trend>): Trend => ({ early: 8, recent: 5, slopePer30Days: -1.1, slopeCi: [-1.8, -0.4], p: 0.003, n: 40, status: 'improving', ...over });

describe('trend sentences', () => {
  it('state the slope per month with its 95% range and how unlikely chance is', () => {
    expect(slopeSentence(trend({}), INTENSITY)).toBe('About 1.1 points lower every month (95% range 0.4–1.8 points lower); very unlikely to be chance (p = 0.003).');
  });

  it('say when the range runs both ways, instead of claiming a direction', () => {
    const s = slopeSentence(trend({ slopePer30Days: 0.2, slopeCi: [-0.5, 0.9], p: 0.4, status: 'steady' }), INTENSITY);
    expect(s).toMatch(/^About 0\.2 points higher every month \(95% range: from 0\.5 points lower to 0\.9 points higher\)/);
  });

  it('explain a zero slope that still has a clear direction (many tied scores)', () => {
    expect(slopeSentence(trend({ slopePer30Days: 0, slopeCi: [-0.6, 0], p: 0.01 }), INTENSITY)).toMatch(/rounds to zero \(95% range 0–0\.6 points lower\); still, the direction over time is unlikely to be chance \(p = 0\.01\)\.$/);
  });

  it('say nothing when there is not enough data yet', () => {
    expect(slopeSentence(trend({ status: 'not-enough-data' }), INTENSITY)).toBeNull();
  });

  it('show early → recent, and a missing window in words', () => {
    expect(earlyToRecent(trend({}))).toBe('8 → 5');
    expect(earlyToRecent(trend({ early: null }))).toBe('none early on → 5');
  });

  it('frame what is missing kindly', () => {
    expect(missingWords('2 more moments with this trigger')).toMatch(/2 more moments with this trigger/);
  });
});
