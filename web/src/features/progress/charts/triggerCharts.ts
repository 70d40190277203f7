/**
 * One trigger's small multiples: intensity over time and minutes to settle, each with
 * its dots, the robust (Theil–Sen) trend line, and the early and recent medians as
 * dashed segments over their windows. Every trigger shares the same time axis and the
 * same 0–10 intensity axis, so panels can be compared at a glance.
 */
import * as Plot from '@observablehq/plot';
import type { InsightReport, Trend, TriggerReport } from '../../../../../src/core/insight/report.js';
import { addDays } from '../../../../../src/core/time.js';
import { asDate, baseOptions, COLOURS, DAY_MS, medianMark, timeAxis, trendMark, type DatedValue } from './common.js';

type Period = InsightReport['period'];

interface SeriesChart {
  points: DatedValue[];
  trend: Trend;
  period: Period;
  width: number;
  height: number;
  yDomain: [number, number];
  yTicks: number[];
  /** The y axis's name with its unit, written above it. */
  yLabel: string;
  colour: string;
}

function seriesChart(c: SeriesChart): SVGSVGElement | HTMLElement {
  const { period } = c;
  return Plot.plot({
    ...baseOptions(c.width, c.height),
    marginTop: 22,
    // Through the end of the as-of day, and no further (weekSpans.ts: the same for weekly charts).
    x: { type: 'utc', domain: [asDate(period.from), asDate(addDays(period.to, 1))], ...timeAxis(period.from, period.to, c.width), label: null },
    y: { domain: c.yDomain, ticks: c.yTicks, label: c.yLabel, grid: true },
    marks: [
      medianMark(c.trend.early, period.from, period.earlyUntil),
      medianMark(c.trend.recent, period.recentFrom, addDays(period.to, 1)),
      Plot.dot(c.points, { x: 'date', y: 'value', r: 3.2, fill: c.colour, fillOpacity: 0.7, stroke: 'var(--surface)', strokeWidth: 0.8 }),
      trendMark(c.points, c.trend),
    ],
  });
}

/**
 * Where a point is drawn: a moment on its day; a grouped point (the middle values of a
 * run of weeks, when a long history has more moments than a chart shows one by one) in
 * the middle of its run's days up to the as-of day — a run still going is not drawn in
 * the future, past the end of the axis.
 */
export function pointDate(t: Pick<TriggerReport, 'pointDays'>, day: string, period: Pick<Period, 'to'>): Date {
  const start = asDate(day).getTime();
  if (t.pointDays === null) return new Date(start);
  const end = Math.min(start + t.pointDays * DAY_MS, asDate(period.to).getTime() + DAY_MS);
  return new Date((start + end) / 2);
}

export function intensityPoints(t: TriggerReport, period: Period): DatedValue[] {
  return t.points.map((p) => ({ date: pointDate(t, p.day, period), value: p.intensity }));
}

export function settlingPoints(t: TriggerReport, period: Period): DatedValue[] {
  return t.points.flatMap((p) => (p.settledMinutes === null ? [] : [{ date: pointDate(t, p.day, period), value: p.settledMinutes }]));
}

export function drawIntensity(t: TriggerReport, period: Period, width: number, compact: boolean): SVGSVGElement | HTMLElement {
  return seriesChart({
    points: intensityPoints(t, period),
    trend: t.intensity,
    period,
    width,
    height: compact ? 128 : 158,
    yDomain: [0, 10],
    yTicks: [0, 5, 10],
    yLabel: '↑ intensity (0–10)',
    colour: COLOURS.dots,
  });
}

/** Minutes to settle: one shared top (the largest across triggers) keeps panels comparable. */
export function drawSettling(t: TriggerReport, period: Period, width: number, maxMinutes: number, compact: boolean): SVGSVGElement | HTMLElement {
  const top = Math.max(60, Math.ceil(maxMinutes / 60) * 60);
  const step = top <= 120 ? 30 : 60;
  return seriesChart({
    points: settlingPoints(t, period),
    trend: t.settling,
    period,
    width,
    height: compact ? 108 : 128,
    yDomain: [0, top],
    yLabel: '↑ minutes to settle',
    yTicks: Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step).filter((_, i, all) => all.length <= 5 || i % 2 === 0),
    colour: COLOURS.settle,
  });
}
