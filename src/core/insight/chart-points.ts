/**
 * The points of one trigger's chart, bounded. Up to MAX_CHART_POINTS moments are drawn
 * one dot each; beyond that, each dot is the middle value of the moments in a run of
 * whole weeks (one week, or as many as it takes to stay under the bound), so the report
 * no longer grows with every moment: a five-year journal gave 1.2 MB of points before.
 * Every moment stays available on demand (app/insight/triggerPoints.ts).
 */
import { median } from '../stats/descriptive.js';
import { addDays, type CalendarDay } from '../time.js';
import type { MomentFact } from './input.js';
import { weekOf, type Period } from './period.js';
import { remembered } from '../remembered.js';
import type { TriggerPoint } from './report.js';

/** At most this many points per chart, for any journal and any period. */
export const MAX_CHART_POINTS = 300;

export interface ChartPoints {
  points: TriggerPoint[];
  /** Null when each point is one moment; else the days each point sums up (7, 14, …). */
  pointDays: number | null;
}

/**
 * Days since 1970-01-01 of a calendar day. Remembered: a report's thousands of moments
 * fall on a few hundred (at most ~7,300) days, and parsing each day again was a visible
 * share of a five-year report.
 */
const dayNumber = remembered((day: CalendarDay) => Date.parse(`${day}T00:00:00Z`) / 86_400_000, 8000);

/** One point per moment, as stored. */
export const momentPoint = (m: MomentFact): TriggerPoint => ({ day: m.day, intensity: m.intensity, settledMinutes: m.settledMinutes });

/**
 * @param sorted one trigger's moments inside `period`, oldest first
 * @returns each moment as a point when there are at most MAX_CHART_POINTS; otherwise the
 *   median intensity and median minutes to settle (of moments where it was noted, else
 *   null) per run of `pointDays` days from the Monday of the period's first week, with
 *   the number of moments behind each point
 */
export function chartPoints(sorted: readonly MomentFact[], period: Period): ChartPoints {
  if (sorted.length <= MAX_CHART_POINTS) return { points: sorted.map(momentPoint), pointDays: null };
  // Weeks per point: the period spans `weeks` calendar weeks, so ceil(weeks / per) ≤ MAX.
  const start = weekOf(period.from);
  const first = dayNumber(start);
  const weeks = Math.floor((dayNumber(period.to) - first) / 7) + 1;
  const pointDays = 7 * Math.ceil(weeks / MAX_CHART_POINTS);
  const groups = new Map<number, MomentFact[]>();
  for (const m of sorted) {
    const k = Math.floor((dayNumber(m.day) - first) / pointDays);
    const list = groups.get(k);
    if (list) list.push(m);
    else groups.set(k, [m]);
  }
  const points: TriggerPoint[] = [];
  for (const [k, list] of groups) {
    const settled = list.flatMap((m) => (m.settledMinutes === null ? [] : [m.settledMinutes]));
    points.push({
      day: addDays(start, k * pointDays) as CalendarDay,
      intensity: median(list.map((m) => m.intensity)) ?? 0,
      settledMinutes: median(settled),
      moments: list.length,
    });
  }
  points.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { points, pointDays };
}
