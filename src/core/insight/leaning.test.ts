/** Words for a trend follow the line a person sees, and claim a change only when the test vouches for it. */
import { describe, expect, it } from 'vitest';
import { leaningOf, trendStatusWords, VISIBLE } from './leaning.js';
import type { Trend } from './report.js';

const trend = (over: Partial<Trend>): Trend => ({ early: 2, recent: 2, slopePer30Days: 0, slopeCi: null, p: 0.6, n: 12, status: 'steady', ...over });

describe('trendStatusWords', () => {
  it('says "holding steady" only for a flat line', () => {
    expect(trendStatusWords(trend({}), VISIBLE.perMoment)).toBe('holding steady');
  });

  it('names a visible rise the test cannot vouch for as "rising a little, not yet clearly"', () => {
    expect(trendStatusWords(trend({ early: 1.6, recent: 2.1, slopePer30Days: 0.2 }), VISIBLE.perMoment)).toBe('rising a little, not yet clearly');
    expect(trendStatusWords(trend({ early: 2.1, recent: 1.6, slopePer30Days: -0.2 }), VISIBLE.perMoment)).toBe('falling a little, not yet clearly');
  });

  it('keeps the clear verdicts of the test', () => {
    expect(trendStatusWords(trend({ early: 3, recent: 1.8, slopePer30Days: -0.4, p: 0.001, status: 'improving' }), VISIBLE.perMoment)).toBe('easing');
    expect(trendStatusWords(trend({ status: 'not-enough-data' }), VISIBLE.perMoment)).toBe('not enough yet');
  });
});

describe('leaningOf', () => {
  it('needs the middle values and the slope to agree before naming a direction', () => {
    // Medians apart, trend line level: the ordinary wobble of whole-number ratings.
    expect(leaningOf(trend({ early: 6, recent: 7, slopePer30Days: 0 }), VISIBLE.intensity)).toBe('flat');
    // Medians down, slope up: the two pictures disagree, so no direction is claimed.
    expect(leaningOf(trend({ early: 131, recent: 114, slopePer30Days: 26 }), VISIBLE.minutes)).toBe('flat');
    expect(leaningOf(trend({ early: 6, recent: 7, slopePer30Days: 0.7 }), VISIBLE.intensity)).toBe('rising');
  });

  it('ignores changes too small to see', () => {
    expect(leaningOf(trend({ early: 6, recent: 6.5, slopePer30Days: 0.3 }), VISIBLE.intensity)).toBe('flat');
  });

  it('reads the slope alone when one window has no data', () => {
    expect(leaningOf(trend({ early: null, recent: 5, slopePer30Days: -1.5 }), VISIBLE.intensity)).toBe('falling');
    expect(leaningOf(trend({ status: 'not-enough-data' }), VISIBLE.intensity)).toBeNull();
  });

  it('reads 0/1 shares by their windows alone, since their slope is almost always zero', () => {
    const awareness = trend({ early: 0.167, recent: 0.571, slopePer30Days: 0, slopeCi: [0, 0], p: 0.08 });
    expect(leaningOf(awareness, VISIBLE.share)).toBe('flat');
    expect(leaningOf(awareness, VISIBLE.share, true)).toBe('rising');
    expect(trendStatusWords(awareness, VISIBLE.share, true)).toBe('rising a little, not yet clearly');
    expect(leaningOf(trend({ early: 0.43, recent: 0.46, slopePer30Days: 0 }), VISIBLE.share, true)).toBe('flat');
  });

  it('takes a clear change’s direction from the windows, or from the slope when they tie', () => {
    expect(leaningOf(trend({ early: 6, recent: 6, slopePer30Days: 0.4, p: 0.01, status: 'worsening' }), VISIBLE.intensity)).toBe('rising');
  });
});
