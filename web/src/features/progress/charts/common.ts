/**
 * Pieces every Progress chart shares: dates, the robust trend line, early/recent median
 * rules, and one look (colours are CSS variables from progress.css, so the charts follow
 * the light and dark themes and the print stylesheet).
 */
import * as Plot from '@observablehq/plot';
import type { Trend } from '../../../../../src/core/insight/report.js';
import type { CalendarDay } from '../../../../../src/core/time.js';

export const DAY_MS = 86_400_000;

/** A calendar day as a UTC midnight Date, which Plot's default "utc" time scale expects. */
export function asDate(day: CalendarDay): Date {
  return new Date(`${day}T00:00:00Z`);
}

export const COLOURS = {
  dots: 'var(--chart-dots)',
  settle: 'var(--chart-settle)',
  trend: 'var(--chart-trend)',
  median: 'var(--chart-median)',
  context: 'var(--chart-context)',
  grid: 'var(--line)',
} as const;

/** Base options: the page's font at a readable size, no overflow clipping of labels. */
export function baseOptions(width: number, height: number): Plot.PlotOptions {
  return {
    width,
    height,
    marginTop: 14,
    marginRight: 12,
    marginBottom: 24,
    marginLeft: 34,
    style: { fontSize: '12px', fontFamily: 'inherit', overflow: 'visible', background: 'transparent' },
  };
}

/**
 * Time-axis ticks that never repeat or crowd a label: years ("2024") over spans of more
 * than a year and a half, months ("Jun") over long spans, Mondays ("12 Oct") over short
 * ones, thinned until the labels fit the width.
 */
export function timeAxis(from: CalendarDay, to: CalendarDay, width: number): { ticks: string; tickFormat: string } {
  const days = (asDate(to).getTime() - asDate(from).getTime()) / DAY_MS + 1;
  const plotWidth = Math.max(60, width - 46);
  if (days > 550) {
    // Over years, years: twelve "Jan"s in a row said nothing about which January.
    const room = Math.floor(plotWidth / 40);
    const every = [1, 2, 5, 10].find((n) => days / 365.25 / n <= room) ?? 20;
    return { ticks: every === 1 ? 'year' : `${every} years`, tickFormat: '%Y' };
  }
  if (days > 92) {
    const room = Math.floor(plotWidth / 38);
    const every = [1, 2, 3, 6].find((n) => days / 30.4 / n <= room) ?? 12;
    return { ticks: every === 1 ? 'month' : `${every} months`, tickFormat: '%b' };
  }
  const room = Math.floor(plotWidth / 56);
  const every = [1, 2, 4].find((n) => days / 7 / n <= room) ?? 8;
  return { ticks: every === 1 ? 'monday' : `${every} mondays`, tickFormat: '%-d %b' };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export interface DatedValue {
  date: Date;
  value: number;
}

/**
 * The Theil–Sen line (Sen 1968) across the span of the points: the report's median
 * pairwise slope (per 30 days, converted to per day), through the intercept
 * median(value − slope · t), which is how Theil–Sen places its line. Null without a slope.
 */
export function theilSenSegment(points: DatedValue[], slopePer30Days: number | null): DatedValue[] | null {
  if (slopePer30Days === null || points.length < 2) return null;
  const perDay = slopePer30Days / 30;
  const t0 = Math.min(...points.map((p) => p.date.getTime()));
  const t1 = Math.max(...points.map((p) => p.date.getTime()));
  const days = (d: Date) => (d.getTime() - t0) / DAY_MS;
  const intercept = median(points.map((p) => p.value - perDay * days(p.date)));
  return [
    { date: new Date(t0), value: intercept },
    { date: new Date(t1), value: intercept + perDay * ((t1 - t0) / DAY_MS) },
  ];
}

/** The robust trend as a line mark, or nothing when there is no trend to draw. */
export function trendMark(points: DatedValue[], trend: Trend): Plot.Markish {
  if (trend.status === 'not-enough-data') return null;
  const segment = theilSenSegment(points, trend.slopePer30Days);
  if (segment === null) return null;
  return Plot.line(segment, { x: 'date', y: 'value', stroke: COLOURS.trend, strokeWidth: 2.5, strokeLinecap: 'round', clip: true });
}

/** A dashed horizontal segment at a window's median (the key beside the chart names it). */
export function medianMark(value: number | null, from: CalendarDay, to: CalendarDay): Plot.Markish {
  if (value === null) return null;
  return Plot.ruleY([{ x1: asDate(from), x2: asDate(to), y: value }], {
    x1: 'x1',
    x2: 'x2',
    y: 'y',
    stroke: COLOURS.median,
    strokeWidth: 2,
    strokeDasharray: '5 3',
  });
}
