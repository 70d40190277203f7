/**
 * Week-by-week charts: coping load (strategies per moment, with the week's mean intensity
 * underneath as context) and healing work (practices as bars, shifts as a line). The week
 * still going is drawn hollow ("so far"), and the axis ends with the as-of day.
 */
import * as Plot from '@observablehq/plot';
import type { CopingLoad, HealingWork, InsightReport } from '../../../../../src/core/insight/report.js';
import { baseOptions, COLOURS, trendMark, type DatedValue } from './common.js';
import { weekScale, weekSpan, weeklyLine, type WeekValue } from './weekSpans.js';

type Period = InsightReport['period'];

/** Whole weeks only: the trend line runs over what the trend was computed from. */
export function perMomentPoints(load: CopingLoad, period: Period): DatedValue[] {
  return load.weeks.flatMap((w) => {
    const s = weekSpan(w, period);
    return w.perMoment === null || s.soFar ? [] : [{ date: s.mid, value: w.perMoment }];
  });
}

export function drawPerMoment(load: CopingLoad, period: Period, width: number, compact: boolean): SVGSVGElement | HTMLElement {
  const values: WeekValue[] = load.weeks.map((w) => {
    const s = weekSpan(w, period);
    return { date: s.mid, value: w.perMoment, soFar: s.soFar };
  });
  const top = Math.max(3, Math.ceil(Math.max(0, ...values.map((p) => p.value ?? 0))));
  return Plot.plot({
    ...baseOptions(width, compact ? 140 : 180),
    marginTop: 24,
    marginRight: 24,
    x: weekScale(period, width),
    y: { domain: [0, top], label: '↑ strategies per moment', grid: true, ticks: Math.min(top, 5) },
    marks: [...weeklyLine(values, 'var(--coping)'), trendMark(perMomentPoints(load, period), load.perMoment)],
  });
}

interface Bar {
  x1: Date;
  x2: Date;
  y: number;
  soFar: boolean;
}

/** Bars for whole weeks filled; the week so far as a dashed outline. */
function weekBars(bars: readonly Bar[], fill: string, fillOpacity: number): Plot.Markish[] {
  const opts = { x1: 'x1', x2: 'x2', y: 'y', insetLeft: 1.5, insetRight: 1.5, clip: true } as const;
  return [
    Plot.rectY(bars.filter((b) => !b.soFar), { ...opts, fill, fillOpacity }),
    Plot.rectY(bars.filter((b) => b.soFar), { ...opts, fill, fillOpacity: fillOpacity * 0.35, stroke: fill, strokeDasharray: '3 2', strokeWidth: 1.2 }),
  ];
}

export function drawWeekIntensity(load: CopingLoad, period: Period, width: number, compact: boolean): SVGSVGElement | HTMLElement {
  const bars = load.weeks.flatMap((w) => {
    const s = weekSpan(w, period);
    return w.meanIntensity === null ? [] : [{ x1: s.x1, x2: s.x2, y: w.meanIntensity, soFar: s.soFar }];
  });
  return Plot.plot({
    ...baseOptions(width, compact ? 84 : 104),
    marginTop: 22,
    marginRight: 24,
    x: weekScale(period, width),
    y: { domain: [0, 10], ticks: [0, 10], label: '↑ intensity (0–10)', grid: true },
    marks: weekBars(bars, COLOURS.context, 1),
  });
}

export function drawHealing(healing: HealingWork, period: Period, width: number, compact: boolean): SVGSVGElement | HTMLElement {
  const spans = healing.weeks.map((w) => ({ w, s: weekSpan(w, period) }));
  const bars = spans.map(({ w, s }) => ({ x1: s.x1, x2: s.x2, y: w.practices, soFar: s.soFar }));
  const shifts: WeekValue[] = spans.map(({ w, s }) => ({ date: s.mid, value: w.shifts, soFar: s.soFar }));
  const top = Math.max(3, ...healing.weeks.map((w) => Math.max(w.practices, w.shifts)));
  return Plot.plot({
    ...baseOptions(width, compact ? 140 : 180),
    marginTop: 24,
    marginRight: 24,
    x: weekScale(period, width),
    y: { domain: [0, top], label: '↑ number in the week', grid: true, ticks: Math.min(top, 5), tickFormat: 'd' },
    marks: [...weekBars(bars, 'var(--healing)', 0.55), ...weeklyLine(shifts, 'var(--shift)', 'diamond2', 3.5)],
  });
}
