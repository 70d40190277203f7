/**
 * One trigger's small multiples: intensity over time and minutes to settle, each with
 * its dots, the robust (Theil–Sen) trend line, and the early and recent medians as
 * dashed segments over their windows. Every trigger shares the same time axis and the
 * same 0–10 intensity axis, so panels can be compared at a glance.
 */
import * as Plot from '@observablehq/plot';
import type { InsightReport, Trend, TriggerReport } from '../../../../../src/core/insight/report.js';
import { asDate, baseOptions, COLOURS, medianMark, timeAxis, trendMark, type DatedValue } from './common.js';

type Period = InsightReport['period'];

interface SeriesChart {
  points: DatedValue[];
  trend: Trend;
  period: Period;
  width: number;
  height: number;
  yDomain: [number, number];
  yTicks: number[];
  colour: string;
}

function seriesChart(c: SeriesChart): SVGSVGElement | HTMLElement {
  const { period } = c;
  return Plot.plot({
    ...baseOptions(c.width, c.height),
    x: { type: 'utc', domain: [asDate(period.from), asDate(period.to)], ...timeAxis(period.from, period.to, c.width), label: null },
    y: { domain: c.yDomain, ticks: c.yTicks, label: null, grid: true },
    marks: [
      medianMark(c.trend.early, period.from, period.earlyUntil),
      medianMark(c.trend.recent, period.recentFrom, period.to),
      Plot.dot(c.points, { x: 'date', y: 'value', r: 3.2, fill: c.colour, fillOpacity: 0.7, stroke: 'var(--surface)', strokeWidth: 0.8 }),
      trendMark(c.points, c.trend),
    ],
  });
}

/** Above this many dots a chart shows weekly medians instead: thousands of dots draw slowly and read as a smear. */
export const MAX_DOTS = 300;
const WEEK_MS = 7 * 86_400_000;

function thin(points: DatedValue[]): DatedValue[] {
  if (points.length <= MAX_DOTS) return points;
  const weeks = new Map<number, number[]>();
  for (const p of points) {
    const k = Math.floor((p.date.getTime() + 3 * 86_400_000) / WEEK_MS); // weeks starting Monday
    const list = weeks.get(k) ?? [];
    list.push(p.value);
    weeks.set(k, list);
  }
  return [...weeks.entries()].map(([k, values]) => {
    const sorted = values.sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
    return { date: new Date(k * WEEK_MS - 3 * 86_400_000 + 3.5 * 86_400_000), value: median };
  });
}

export function intensityPoints(t: TriggerReport): DatedValue[] {
  return thin(t.points.map((p) => ({ date: asDate(p.day), value: p.intensity })));
}

export function settlingPoints(t: TriggerReport): DatedValue[] {
  return thin(t.points.flatMap((p) => (p.settledMinutes === null ? [] : [{ date: asDate(p.day), value: p.settledMinutes }])));
}

export function drawIntensity(t: TriggerReport, period: Period, width: number, compact: boolean): SVGSVGElement | HTMLElement {
  return seriesChart({
    points: intensityPoints(t),
    trend: t.intensity,
    period,
    width,
    height: compact ? 120 : 150,
    yDomain: [0, 10],
    yTicks: [0, 5, 10],
    colour: COLOURS.dots,
  });
}

/** Minutes to settle: one shared top (the largest across triggers) keeps panels comparable. */
export function drawSettling(t: TriggerReport, period: Period, width: number, maxMinutes: number, compact: boolean): SVGSVGElement | HTMLElement {
  const top = Math.max(60, Math.ceil(maxMinutes / 60) * 60);
  const step = top <= 120 ? 30 : 60;
  return seriesChart({
    points: settlingPoints(t),
    trend: t.settling,
    period,
    width,
    height: compact ? 100 : 120,
    yDomain: [0, top],
    yTicks: Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step).filter((_, i, all) => all.length <= 5 || i % 2 === 0),
    colour: COLOURS.settle,
  });
}
