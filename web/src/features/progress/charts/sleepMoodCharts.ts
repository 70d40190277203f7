/**
 * Sleep and mood from check-ins, week by week: the mean hours slept a night and the mean
 * mood (1 very low – 5 very good). Weeks without a check-in are gaps, not zeros; the week
 * still going is drawn hollow ("so far").
 */
import * as Plot from '@observablehq/plot';
import type { InsightReport, SleepMood } from '../../../../../src/core/insight/report.js';
import { baseOptions } from './common.js';
import { weekScale, weekSpan, weeklyLine, type WeekValue } from './weekSpans.js';

type Period = InsightReport['period'];

function values(sm: SleepMood, period: Period, pick: (w: SleepMood['weeks'][number]) => number | null): WeekValue[] {
  return sm.weeks.map((w) => {
    const s = weekSpan(w, period);
    return { date: s.mid, value: pick(w), soFar: s.soFar };
  });
}

export function drawSleep(sm: SleepMood, period: Period, width: number, compact: boolean): SVGSVGElement | HTMLElement {
  const v = values(sm, period, (w) => w.sleepHours);
  const top = Math.max(10, Math.ceil(Math.max(0, ...v.map((p) => p.value ?? 0))));
  return Plot.plot({
    ...baseOptions(width, compact ? 130 : 160),
    marginTop: 24,
    marginRight: 24,
    x: weekScale(period, width),
    y: { domain: [0, top], ticks: top <= 12 ? [0, 4, 8, 12].filter((t) => t <= top) : 4, label: '↑ hours a night', grid: true },
    marks: weeklyLine(v, 'var(--chart-sleep)'),
  });
}

export function drawMood(sm: SleepMood, period: Period, width: number, compact: boolean): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...baseOptions(width, compact ? 120 : 150),
    marginTop: 24,
    marginRight: 24,
    x: weekScale(period, width),
    y: { domain: [1, 5], ticks: [1, 2, 3, 4, 5], tickFormat: 'd', label: '↑ mood (1–5)', grid: true },
    marks: weeklyLine(values(sm, period, (w) => w.mood), 'var(--chart-mood)', 'square'),
  });
}
