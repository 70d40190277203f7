/**
 * The window-of-tolerance calendar: one cell per day, weeks across and weekdays down (on
 * a narrow screen, turned: weekdays across, weeks down). A filled cell is a day with a
 * recorded state; the state shows by colour AND by a glyph (▲ on alert, ▼ shut down,
 * plain fill within the window), so it reads without colour vision. Empty outlined cells
 * are days with nothing recorded — which is fine.
 */
import * as Plot from '@observablehq/plot';
import type { InsightReport } from '../../../../../src/core/insight/report.js';
import { addDays, type CalendarDay } from '../../../../../src/core/time.js';
import type { BodyState } from '../../../../../src/core/vocabulary.js';
import { daysBetween, mondayOf, shortDay, weekdayOf } from '../days.js';

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const monthName = (day: CalendarDay) => monthFormat.format(new Date(`${day}T00:00:00Z`));

export const STATE_LOOK: Record<BodyState, { colour: string; glyph: string; words: string }> = {
  within: { colour: 'var(--wot-within)', glyph: '', words: 'within my window' },
  hyper: { colour: 'var(--wot-hyper)', glyph: '▲', words: 'on alert (hyper)' },
  hypo: { colour: 'var(--wot-hypo)', glyph: '▼', words: 'shut down (hypo)' },
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;


interface Cell {
  day: CalendarDay;
  week: CalendarDay;
  weekday: string;
}

export function calendarWeeks(period: InsightReport['period']): CalendarDay[] {
  const weeks: CalendarDay[] = [];
  for (let w = mondayOf(period.from); w <= period.to; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

export function drawCalendar(wot: InsightReport['window'], period: InsightReport['period'], width: number): SVGSVGElement | HTMLElement {
  const cell = (day: CalendarDay): Cell => ({ day, week: mondayOf(day), weekday: WEEKDAYS[weekdayOf(day)] ?? 'Mon' });
  const all = Array.from({ length: daysBetween(period.from, period.to) + 1 }, (_, i) => cell(addDays(period.from, i)));
  const recorded = wot.days.filter((d) => d.day >= period.from && d.day <= period.to).map((d) => ({ ...d, ...cell(d.day) }));
  const weeks = calendarWeeks(period);
  const wide = width >= 520;
  // Label a week only where a month begins (with that month's name), so labels never crowd.
  const startsMonth = (w: CalendarDay) => w.slice(8) === '01' || addDays(w, 6).slice(5, 7) !== w.slice(5, 7);
  const weekLabel = (w: CalendarDay) => (w === weeks[0] ? monthName(w) : startsMonth(w) ? monthName(addDays(w, 6)) : '');

  const marginLeft = wide ? 36 : 64;
  const across = wide ? weeks.length : 7;
  const size = Math.max(8, Math.min(wide ? 26 : 40, Math.floor((width - marginLeft - 8) / across)));
  const rowSize = wide ? size : Math.min(size, 22);
  const rows = wide ? 7 : weeks.length;
  const height = rows * rowSize + 34;
  const weekScale = { type: 'band', domain: weeks, padding: 0.12, tickFormat: weekLabel, tickSize: 0, label: null } as const;
  const dayScale = {
    type: 'band',
    domain: WEEKDAYS,
    padding: 0.12,
    tickSize: 0,
    label: null,
    tickFormat: (d: string) => (wide ? (d === 'Mon' || d === 'Wed' || d === 'Fri' || d === 'Sun' ? d : '') : d.slice(0, 2)),
  } as const;
  const xy = wide ? { x: 'week', y: 'weekday' } : { x: 'weekday', y: 'week' };

  return Plot.plot({
    width: wide ? marginLeft + size * weeks.length + 8 : width,
    height,
    marginLeft,
    marginRight: 8,
    marginTop: wide ? 4 : 24,
    marginBottom: wide ? 26 : 4,
    style: { fontSize: '11px', fontFamily: 'inherit', overflow: 'visible', background: 'transparent' },
    x: { ...(wide ? weekScale : dayScale), axis: wide ? 'bottom' : 'top' },
    y: wide ? dayScale : weekScale,
    marks: [
      Plot.cell(all, { ...xy, fill: 'none', stroke: 'var(--control)', strokeOpacity: 0.45, strokeWidth: 1, inset: 0.5 }),
      Plot.cell(recorded, {
        ...xy,
        fill: (d: { state: BodyState }) => STATE_LOOK[d.state].colour,
        inset: 0.5,
        title: (d: { day: CalendarDay; state: BodyState; distress: number | null }) =>
          `${shortDay(d.day)}: ${STATE_LOOK[d.state].words}${d.distress !== null ? `, distress ${d.distress}` : ''}`,
      }),
      Plot.text(recorded, {
        ...xy,
        text: (d: { state: BodyState }) => STATE_LOOK[d.state].glyph,
        fill: '#14202a',
        fontSize: Math.max(7, Math.min(12, rowSize * 0.55)),
      }),
    ],
  });
}
