/**
 * Trends in plain words: "About 0.6 points lower every month (95% range 0.4–0.8 points
 * lower); very unlikely to be chance (p < 0.001)." Every number keeps its uncertainty beside it
 * (PRODUCT.md: every insight shows its evidence and its uncertainty).
 */
import { trendStatusWords } from '../../../../src/core/insight/leaning.js';
import type { Trend } from '../../../../src/core/insight/report.js';
import { chanceWords, duration, percent, pValue } from '../../../../src/core/insight/words.js';
import { plural } from '../../../../src/core/words/plural.js';

// One set of number words for the web, the terminal and the engine's own sentences.
export { chanceWords, percent, pValue };

/** A number as a person reads it: whole when large, one decimal when small, two when tiny. */
export function num(x: number): string {
  const a = Math.abs(x);
  if (a >= 10) return String(Math.round(x));
  if (a >= 0.095 || a === 0) return String(Math.round(x * 10) / 10);
  return String(Math.round(x * 100) / 100);
}

/** Minutes in the one style every page uses: "about 45 minutes", "about 2½ hours". */
export const minutes = duration;

/** How a quantity's change reads: "0.6 points lower", "2 fewer strategies per moment". */
export type Quantity = (amount: string, down: boolean) => string;
/** The noun after an amount: one only for exactly "1" (a range such as "0.4–1" is plural). */
const noun = (a: string, one: string): string => plural(a === '1' ? 1 : 2, one);
export const INTENSITY: Quantity = (a, down) => `${a} ${noun(a, 'point')} ${down ? 'lower' : 'higher'}`;
export const SETTLING: Quantity = (a, down) => `${a} ${noun(a, 'minute')} ${down ? 'less' : 'more'} to settle`;
export const PER_MOMENT: Quantity = (a, down) => `${a} ${down ? 'fewer' : 'more'} ${noun(a, 'strategy')} per moment`;
/** `one`: the thing counted, singular ("practice", "shift"). */
export const perWeek = (one: string): Quantity => (a, down) => `${a} ${down ? 'fewer' : 'more'} ${noun(a, one)} a week`;

function amount(x: number, q: Quantity): string {
  return q(num(Math.abs(x)), x < 0);
}

function range(ci: [number, number], q: Quantity): string {
  const [lo, hi] = ci;
  if (lo < 0 && hi > 0) return `95% range: from ${amount(lo, q)} to ${amount(hi, q)}`;
  const [a, b] = [Math.abs(lo), Math.abs(hi)].sort((x, y) => x - y) as [number, number];
  return `95% range ${q(`${num(a)}–${num(b)}`, hi <= 0)}`;
}

/** Slopes this small are "no change" at any unit Headway shows. */
const FLAT = 0.005;

/**
 * The slope as a sentence, or null when there is none yet. Example (intensity, −1.1 per
 * 30 days, CI [−1.8, −0.4], p 0.003): "About 1.1 points lower every month (95% range
 * 0.4–1.8 points lower); very unlikely to be chance (p = 0.003)." A Theil–Sen slope of
 * zero with a small p happens when many values tie (whole-number scores, weekly counts):
 * the typical change rounds to zero while the Mann–Kendall test still sees a direction.
 */
export function slopeSentence(trend: Trend, q: Quantity): string | null {
  const { slopePer30Days: slope, slopeCi: ci, p } = trend;
  if (slope === null || trend.status === 'not-enough-data') return null;
  const hasRange = ci !== null && !(Math.abs(ci[0]) < FLAT && Math.abs(ci[1]) < FLAT);
  const spread = hasRange ? ` (${range(ci, q)})` : '';
  if (Math.abs(slope) < FLAT) {
    if (p !== null && p < 0.05) {
      return `Many of the values are the same, so the typical change per month rounds to zero${spread}; still, the direction over time is ${chanceWords(p)} (${pValue(p)}).`;
    }
    return `No clear change month to month${spread}${p !== null ? `; ${chanceWords(p)} (${pValue(p)})` : ''}.`;
  }
  const chance = p !== null ? `; ${chanceWords(p)} (${pValue(p)})` : '';
  return `About ${amount(slope, q)} every month${spread}${chance}.`;
}

/**
 * A trend's status as a short phrase, in the direction that is good for the quantity; a
 * change that is not clear yet says which way the line goes ("falling a little, not yet
 * clearly"), so "holding steady" is never said of a visibly moving line (core/insight/leaning.ts).
 * `minVisible`: the smallest change worth a word, in the quantity's unit (VISIBLE).
 */
export function statusWords(trend: Trend, minVisible: number, binary = false): string {
  return trendStatusWords(trend, minVisible, binary);
}

/** "8 → 5" for early-vs-recent pairs; "none early on → 6" when a window had no data. */
export function earlyToRecent(trend: Trend, format: (x: number) => string = num): string {
  const early = trend.early === null ? 'none early on' : format(trend.early);
  const recent = trend.recent === null ? 'none lately' : format(trend.recent);
  return `${early} → ${recent}`;
}
