/**
 * Week-by-week charts: coping load (strategies per moment, with the week's mean intensity
 * underneath as context) and healing work (practices as bars, shifts as a line).
 */
import * as Plot from '@observablehq/plot';
import type { CopingLoad, HealingWork, InsightReport } from '../../../../../src/core/insight/report.js';
import { addDays } from '../../../../../src/core/time.js';
import { mondayOf } from '../days.js';
import { asDate, baseOptions, COLOURS, DAY_MS, timeAxis, trendMark, type DatedValue } from './common.js';

type Period = InsightReport['period'];

/** The middle of a week, where its single value is drawn. */
const midWeek = (monday: string) => new Date(asDate(monday).getTime() + 3.5 * DAY_MS);

function xScale(period: Period, width: number): Plot.ScaleOptions {
  // The report's weeks run Monday to Sunday; show the first and last of them whole.
  const from = mondayOf(period.from);
  const to = addDays(mondayOf(period.to), 7);
  return { type: 'utc', domain: [asDate(from), asDate(to)], ...timeAxis(from, to, width), label: null };
}

export function perMomentPoints(load: CopingLoad): DatedValue[] {
  return load.weeks.flatMap((w) => (w.perMoment === null ? [] : [{ date: midWeek(w.week), value: w.perMoment }]));
}

export function drawPerMoment(load: CopingLoad, period: Period, width: number, compact: boolean): SVGSVGElement | HTMLElement {
  const points = perMomentPoints(load);
  const top = Math.max(3, Math.ceil(Math.max(0, ...points.map((p) => p.value))));
  return Plot.plot({
    ...baseOptions(width, compact ? 130 : 170),
    marginRight: 24,
    x: xScale(period, width),
    y: { domain: [0, top], label: null, grid: true, ticks: Math.min(top, 5) },
    marks: [
      Plot.line(points, { x: 'date', y: 'value', stroke: 'var(--coping)', strokeWidth: 1.5, strokeOpacity: 0.6 }),
      Plot.dot(points, { x: 'date', y: 'value', r: 3.2, fill: 'var(--coping)' }),
      trendMark(points, load.perMoment),
    ],
  });
}

export function drawWeekIntensity(load: CopingLoad, period: Period, width: number, compact: boolean): SVGSVGElement | HTMLElement {
  const bars = load.weeks.flatMap((w) =>
    w.meanIntensity === null ? [] : [{ x1: asDate(w.week), x2: asDate(addDays(w.week, 7)), y: w.meanIntensity }],
  );
  return Plot.plot({
    ...baseOptions(width, compact ? 70 : 90),
    marginTop: 8,
    marginRight: 24,
    x: xScale(period, width),
    y: { domain: [0, 10], ticks: [0, 10], label: null, grid: true },
    marks: [Plot.rectY(bars, { x1: 'x1', x2: 'x2', y: 'y', fill: COLOURS.context, insetLeft: 1, insetRight: 1, clip: true })],
  });
}

export function drawHealing(healing: HealingWork, period: Period, width: number, compact: boolean): SVGSVGElement | HTMLElement {
  const bars = healing.weeks.map((w) => ({ x1: asDate(w.week), x2: asDate(addDays(w.week, 7)), y: w.practices }));
  const shifts = healing.weeks.map((w) => ({ date: midWeek(w.week), value: w.shifts }));
  const top = Math.max(3, ...healing.weeks.map((w) => Math.max(w.practices, w.shifts)));
  return Plot.plot({
    ...baseOptions(width, compact ? 130 : 170),
    marginRight: 24,
    x: xScale(period, width),
    y: { domain: [0, top], label: null, grid: true, ticks: Math.min(top, 5), tickFormat: 'd' },
    marks: [
      Plot.rectY(bars, { x1: 'x1', x2: 'x2', y: 'y', fill: 'var(--healing)', fillOpacity: 0.55, insetLeft: 1.5, insetRight: 1.5, clip: true }),
      Plot.line(shifts, { x: 'date', y: 'value', stroke: 'var(--shift)', strokeWidth: 2 }),
      Plot.dot(shifts, { x: 'date', y: 'value', r: 3.5, fill: 'var(--shift)', symbol: 'diamond2' }),
    ],
  });
}
