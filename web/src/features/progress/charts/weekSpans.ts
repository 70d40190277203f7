/**
 * Where a week sits on a weekly chart. The axis runs from the period's first day to the
 * end of its as-of day and never past it (no empty future), so each week is drawn over
 * its days inside the period, and its single value in the middle of them. The week still
 * going on the as-of day is "so far": drawn hollow, joined by a dashed line, labelled.
 */
import * as Plot from '@observablehq/plot';
import type { InsightReport } from '../../../../../src/core/insight/report.js';
import { addDays, type CalendarDay } from '../../../../../src/core/time.js';
import { asDate, timeAxis } from './common.js';

type Period = InsightReport['period'];

export interface WeekSpan {
  week: CalendarDay;
  /** First instant of the week inside the period. */
  x1: Date;
  /** End of the week's last day inside the period (at most the end of the as-of day). */
  x2: Date;
  mid: Date;
  /** The week holding the as-of day, not over yet. */
  soFar: boolean;
}

/** The x scale of every weekly chart: the period's days, ending with the as-of day. */
export function weekScale(period: Period, width: number): Plot.ScaleOptions {
  return { type: 'utc', domain: [asDate(period.from), asDate(addDays(period.to, 1))], ...timeAxis(period.from, period.to, width), label: null };
}

export function weekSpan(row: { week: CalendarDay; days: number }, period: Period): WeekSpan {
  const start = row.week < period.from ? period.from : row.week;
  const x1 = asDate(start);
  const x2 = asDate(addDays(start, row.days));
  return { week: row.week, x1, x2, mid: new Date((x1.getTime() + x2.getTime()) / 2), soFar: row.days < 7 && addDays(row.week, 6) > period.to };
}

/** The last row, when it is the week still going: the one drawn hollow and left out of trends. */
export function weekSoFar<T extends { week: CalendarDay; days: number }>(rows: readonly T[], period: Period): T | null {
  const last = rows.at(-1);
  return last !== undefined && rows.length > 1 && weekSpan(last, period).soFar ? last : null;
}

export interface WeekValue {
  date: Date;
  value: number | null;
  soFar: boolean;
}

/** A weekly line: solid through the whole weeks, dashed into the week so far, hollow dot and "so far" on it. */
export function weeklyLine(values: readonly WeekValue[], colour: string, symbol: Plot.SymbolType = 'circle', r = 3.2): Plot.Markish[] {
  const whole = values.filter((v) => !v.soFar);
  const partial = values.filter((v) => v.soFar && v.value !== null);
  const lastWhole = [...whole].reverse().find((v) => v.value !== null);
  const bridge = partial.length > 0 && lastWhole !== undefined && whole.at(-1) === lastWhole ? [lastWhole, ...partial] : [];
  return [
    Plot.line(whole, { x: 'date', y: 'value', stroke: colour, strokeWidth: 1.5, strokeOpacity: 0.7 }),
    Plot.line(bridge, { x: 'date', y: 'value', stroke: colour, strokeWidth: 1.5, strokeDasharray: '3 3' }),
    Plot.dot(
      whole.filter((v) => v.value !== null),
      { x: 'date', y: 'value', r, fill: colour, symbol },
    ),
    Plot.dot(partial, { x: 'date', y: 'value', r: r + 0.6, fill: 'var(--surface)', stroke: colour, strokeWidth: 1.6, symbol }),
    Plot.text(partial, { x: 'date', y: 'value', text: () => 'so far', dy: -11, textAnchor: 'end', dx: 4, fill: 'var(--text)', fontSize: 11 }),
  ];
}

/** "7 Dec 2026", or "7 Dec 2026 (so far: 1 day)" for the week still going. */
export function weekRowLabel(row: { week: CalendarDay; days: number }, period: Period, format: (day: CalendarDay) => string): string {
  return weekSpan(row, period).soFar ? `${format(row.week)} (so far: ${row.days} ${row.days === 1 ? 'day' : 'days'})` : format(row.week);
}

/** The caption's sentence about the week so far, or null when the last week is whole. */
export function soFarWords(rows: ReadonlyArray<{ week: CalendarDay; days: number }>, period: Period, trended: boolean): string | null {
  const w = weekSoFar(rows, period);
  if (w === null) return null;
  const days = `${w.days} ${w.days === 1 ? 'day' : 'days'}`;
  return `The last week is this week so far (${days}), drawn hollow${trended ? ' and left out of the trend until it is over' : ''}.`;
}
