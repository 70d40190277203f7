/**
 * Per trigger: does the same trigger still hit as hard (intensity), does it pass sooner
 * (settling), and is the person catching it earlier (awareness)?
 *
 * Minimum data: 6 moments spread over at least 21 days. Fewer moments or a shorter span
 * can't separate a real change from ordinary ups and downs, so the report says what is
 * missing instead of guessing.
 *
 * A trigger is "improving" when its intensity falls (one-sided α = 0.03) or its settling
 * time falls (one-sided α = 0.01), and neither rises; "worsening" likewise upward. The
 * two levels add up to 4%, under the 5% budget for false calls in either direction
 * (Bonferroni), with room for the small-sample approximations; intensity gets most of
 * it because it is the main question ("does the same trigger still hit as hard?").
 * Awareness is reported beside the status (one-sided α = 0.025), not folded into it.
 */
import { count } from '../words/plural.js';
import { chartPoints } from './chart-points.js';
import type { MomentFact } from './input.js';
import { daysBetween, type Period } from './period.js';
import type { TrendStatus, TriggerReport } from './report.js';
import { trendOf, type Point, type TrendRule } from './trend.js';

export const MIN_MOMENTS = 6;
export const MIN_SPAN_DAYS = 21;
const base = { minN: MIN_MOMENTS, minSpanDays: MIN_SPAN_DAYS };
const INTENSITY: TrendRule = { ...base, alpha: 0.03, better: 'lower', summary: 'median' };
const SETTLING: TrendRule = { ...base, alpha: 0.01, better: 'lower', summary: 'median' };
const AWARENESS: TrendRule = { ...base, alpha: 0.025, better: 'higher', summary: 'mean' };

const x = (m: MomentFact, fromMs: number): number => (m.ms - fromMs) / 86_400_000;

/** A moment shows awareness when the pattern was recognised early or the thought was not followed. */
export const aware = (m: MomentFact): boolean => m.recognizedEarly || m.followedThought === false;

function combined(intensity: TrendStatus, settling: TrendStatus): TrendStatus {
  if (intensity === 'not-enough-data') return 'not-enough-data';
  const all = [intensity, settling];
  if (all.includes('worsening') && !all.includes('improving')) return 'worsening';
  if (all.includes('improving') && !all.includes('worsening')) return 'improving';
  return 'steady';
}

function missingText(n: number, spanDays: number): string | null {
  const more = MIN_MOMENTS - n;
  if (more > 0) return `${count(more, 'more moment', 'more moments')} with this trigger`;
  if (spanDays < MIN_SPAN_DAYS) return `moments spread over at least ${count(MIN_SPAN_DAYS / 7, 'week')} (so far ${count(spanDays + 1, 'day')})`;
  return null;
}

export function triggerReports(moments: readonly MomentFact[], period: Period, fromMs: number): TriggerReport[] {
  const byTrigger = new Map<string, MomentFact[]>();
  for (const m of moments) {
    const list = byTrigger.get(m.trigger) ?? [];
    list.push(m);
    byTrigger.set(m.trigger, list);
  }
  const reports: TriggerReport[] = [];
  for (const [trigger, list] of byTrigger) {
    const sorted = [...list].sort((a, b) => a.ms - b.ms);
    const intensityPts: Point[] = sorted.map((m) => ({ day: m.day, x: x(m, fromMs), y: m.intensity }));
    const settlingPts: Point[] = sorted
      .filter((m) => m.settledMinutes !== null)
      .map((m) => ({ day: m.day, x: x(m, fromMs), y: m.settledMinutes ?? 0 }));
    const awarePts: Point[] = sorted.map((m) => ({ day: m.day, x: x(m, fromMs), y: aware(m) ? 1 : 0 }));
    const intensity = trendOf(intensityPts, period, INTENSITY);
    const settling = trendOf(settlingPts, period, SETTLING);
    const awareness = trendOf(awarePts, period, AWARENESS);
    const firstDay = sorted[0]?.day ?? null;
    const lastDay = sorted.at(-1)?.day ?? null;
    const span = firstDay && lastDay ? daysBetween(firstDay, lastDay) : 0;
    const status = combined(intensity.status, settling.status);
    reports.push({
      trigger,
      status,
      n: sorted.length,
      firstDay,
      lastDay,
      intensity,
      settling,
      awareness,
      ...chartPoints(sorted, period),
      missing: status === 'not-enough-data' ? missingText(sorted.length, span) : null,
    });
  }
  const order: Record<TrendStatus, number> = { improving: 0, worsening: 1, steady: 2, 'not-enough-data': 3 };
  return reports.sort((a, b) => order[a.status] - order[b.status] || b.n - a.n || a.trigger.localeCompare(b.trigger));
}
