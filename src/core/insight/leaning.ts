/**
 * Which way a trend's line goes, as a person sees it on the chart, so the words never say
 * "holding steady" under a line that visibly rises or falls.
 *
 * The statistics decide whether a change is *clear* (trend.ts: status improving or
 * worsening, by the Mann–Kendall test). This file only decides how to *say* a change
 * that is not clear yet:
 *  - a change is visible when the middle values of the early and recent windows (the
 *    dashed lines) differ by at least `minVisible`, in the quantity's own unit, and the
 *    robust slope (the solid line) points the same way; with only one window holding
 *    data, the slope per month alone, by the same amount. Both lines must agree, so the
 *    ordinary wobble of a flat series (medians half a point apart, a level trend line)
 *    stays "holding steady";
 *  - a visible change that is not clear is said as "rising a little, not yet clearly";
 *    nothing visible is "holding steady".
 * So the words follow the picture and stay honest about what the test can vouch for.
 */
import type { Trend, TrendStatus, TriggerReport } from './report.js';

export type Leaning = 'rising' | 'falling' | 'flat';

/** The smallest change worth a word, per quantity, in its own unit (points, minutes, share, count). */
export const VISIBLE = {
  /** Intensity 0–10: a whole point (the medians of whole-number ratings wobble by halves). */
  intensity: 1,
  /** Minutes to settle. */
  minutes: 10,
  /** A 0–1 share (awareness, avoidant share): ten percentage points. */
  share: 0.1,
  /** Strategies per moment. */
  perMoment: 0.2,
  /** Practices or shifts per week. */
  perWeek: 0.25,
} as const;

const sign = (v: number): number => (v > 0 ? 1 : v < 0 ? -1 : 0);

/**
 * The direction of a trend's line; null when there is not enough data to draw one.
 * `binary`: the points are 0/1 (awareness: was the pattern spotted early?). Their Theil–Sen
 * slope is almost always zero, so it cannot agree or disagree: the windows' shares decide.
 */
export function leaningOf(t: Trend, minVisible: number, binary = false): Leaning | null {
  if (t.status === 'not-enough-data') return null;
  const delta = t.early !== null && t.recent !== null ? t.recent - t.early : null;
  const slope = t.slopePer30Days ?? 0;
  let s = 0;
  if (t.status !== 'steady') {
    // A clear change: the test has a direction; the windows or the slope show which.
    s = sign(delta ?? 0) || sign(slope);
  } else if (delta !== null) {
    if (Math.abs(delta) >= minVisible && (binary || sign(slope) === sign(delta))) s = sign(delta);
  } else if (!binary && Math.abs(slope) >= minVisible) {
    s = sign(slope);
  }
  return s > 0 ? 'rising' : s < 0 ? 'falling' : 'flat';
}

/**
 * A trend in a few words: its clear status ("easing", "a little harder lately") or, when
 * the change is not clear, its direction ("rising a little, not yet clearly") or
 * "holding steady" when nothing moves.
 */
export function trendStatusWords(t: Trend, minVisible: number, binary = false): string {
  switch (t.status) {
    case 'improving':
      return 'easing';
    case 'worsening':
      return 'a little harder lately';
    case 'not-enough-data':
      return 'not enough yet';
    case 'steady': {
      const lean = leaningOf(t, minVisible, binary);
      return lean === 'flat' || lean === null ? 'holding steady' : `${lean} a little, not yet clearly`;
    }
  }
}

/**
 * How a trigger is doing, one step finer than its status: when the status is "steady",
 * whether its moments lean lighter (intensity or settling lower, neither higher), heavier,
 * both ways at once, or not at all.
 */
export type TriggerLeaning = Exclude<TrendStatus, 'steady'> | 'lighter-not-clear' | 'heavier-not-clear' | 'mixed' | 'steady';

export function triggerLeaning(t: TriggerReport): TriggerLeaning {
  if (t.status !== 'steady') return t.status;
  const leans = [leaningOf(t.intensity, VISIBLE.intensity), leaningOf(t.settling, VISIBLE.minutes)];
  const down = leans.includes('falling');
  const up = leans.includes('rising');
  if (down && up) return 'mixed';
  if (down) return 'lighter-not-clear';
  if (up) return 'heavier-not-clear';
  return 'steady';
}
