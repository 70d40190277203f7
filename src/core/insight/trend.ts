/**
 * One quantity's trend over the period: early vs recent summary (median, or mean for
 * 0/1 shares), Theil–Sen slope with its 95% interval, and the Mann–Kendall test.
 *
 * Status rule: a trend is stated only when the one-sided Mann–Kendall p in the direction
 * of Kendall's S (half the two-sided p) is below `alpha`, and there is enough data
 * (`minN` points spread over `minSpanDays`). Otherwise it is "steady" (or
 * "not-enough-data"). `alpha` is one-sided so that the chance of a false "improving"
 * can be budgeted directly (see triggers.ts).
 * Calibration (test/insight/calibration.test.ts): ≤ 5% false "improving" calls on
 * noise-only journeys, ≥ 90% power for a 2-point fall over 12 weeks with 20 moments.
 *
 * Long series (> MAX_POINTS) are reduced to weekly medians first: the trend of a
 * five-year journal is about weeks, not single moments, and it keeps the O(n²)
 * estimators fast.
 */
import { mannKendall, type MannKendall } from '../stats/mann-kendall.js';
import { normalCdf } from '../stats/normal.js';
import { mean, median } from '../stats/descriptive.js';
import { theilSen } from '../stats/theil-sen.js';
import type { CalendarDay } from '../time.js';
import type { Period } from './period.js';
import type { Trend, TrendStatus } from './report.js';

export interface Point {
  day: CalendarDay;
  /** Days since the period began (fractional), the x of the regression. */
  x: number;
  y: number;
}

export interface TrendRule {
  /** One-sided significance level for each direction. */
  alpha: number;
  /** Which direction is good for the person. */
  better: 'lower' | 'higher';
  /** 'median' for scores and minutes, 'mean' for 0/1 shares and counts. */
  summary: 'median' | 'mean';
  minN: number;
  minSpanDays: number;
}

export const MAX_POINTS = 400;
/** Enough shuffles for p-values near the thresholds used here (resolution 0.0005). */
const PERMUTATIONS = 1999;
const round = (v: number | null, digits = 3): number | null => (v === null ? null : Number(v.toFixed(digits)));

function weeklyMedians(points: readonly Point[]): Point[] {
  const byWeek = new Map<number, Point[]>();
  for (const p of points) {
    const k = Math.floor(p.x / 7);
    const list = byWeek.get(k) ?? [];
    list.push(p);
    byWeek.set(k, list);
  }
  return [...byWeek.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([k, list]) => ({ day: list[0]?.day ?? '', x: k * 7 + 3.5, y: median(list.map((p) => p.y)) ?? 0 }));
}

/**
 * One-sided p in the direction of S. For the normal approximation, with the continuity
 * correction of the classical Mann–Kendall test, (|S| − 1)/√Var(S) (Gilbert 1987, §16.4):
 * without it, whole-number ratings full of ties made the test call 6% of pure noise a
 * trend at a nominal 4%. Exact and permutation p-values need no correction.
 */
function oneSidedP(mk: MannKendall): number {
  if (mk.method !== 'normal') return mk.p / 2;
  if (mk.varS <= 0) return 1;
  return 1 - normalCdf((Math.abs(mk.s) - 1) / Math.sqrt(mk.varS));
}

export function trendOf(points: readonly Point[], period: Period, rule: TrendRule): Trend {
  const summarise = rule.summary === 'median' ? median : mean;
  const early = summarise(points.filter((p) => p.day <= period.earlyUntil).map((p) => p.y));
  const recent = summarise(points.filter((p) => p.day >= period.recentFrom).map((p) => p.y));
  const series = points.length > MAX_POINTS ? weeklyMedians(points) : points;
  const xs = series.map((p) => p.x);
  const ys = series.map((p) => p.y);
  const ts = series.length >= 3 ? theilSen(xs, ys) : null;
  const mk = series.length >= 3 ? mannKendall(xs, ys, { permutations: PERMUTATIONS }) : null;
  const pOne = mk ? oneSidedP(mk) : null;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    lo = Math.min(lo, p.x);
    hi = Math.max(hi, p.x);
  }
  const span = points.length > 0 ? hi - lo : 0;

  let status: TrendStatus;
  if (points.length < rule.minN || span < rule.minSpanDays) status = 'not-enough-data';
  else if (mk === null || pOne === null || pOne >= rule.alpha || mk.s === 0) status = 'steady';
  else {
    const rising = mk.s > 0;
    status = rising === (rule.better === 'higher') ? 'improving' : 'worsening';
  }
  return {
    early: round(early),
    recent: round(recent),
    slopePer30Days: ts ? round(ts.slope * 30) : null,
    // SciPy's interval is undefined (NaN) when ties leave no variance; then there is none to show.
    slopeCi: ts && Number.isFinite(ts.low) && Number.isFinite(ts.high) ? [round(ts.low * 30) ?? 0, round(ts.high * 30) ?? 0] : null,
    p: pOne === null ? null : round(Math.min(1, 2 * pOne), 6),
    n: points.length,
    status,
  };
}
