/**
 * Healing work (practices) and shifts per week, including the quiet weeks: a week with
 * nothing logged counts as zero, so the trend reflects the whole period.
 */
import type { PracticeFact, ShiftFact } from './input.js';
import { daysInPeriod, weekKeyer, weeksIn, type Period } from './period.js';
import type { HealingWork } from './report.js';
import { trendOf, type TrendRule } from './trend.js';

const WEEKLY_HIGHER: TrendRule = { better: 'higher', summary: 'mean', alpha: 0.025, minN: 4, minSpanDays: 21 };

export function healingWork(practices: readonly PracticeFact[], shifts: readonly ShiftFact[], period: Period): HealingWork {
  const weeks = weeksIn(period.from, period.to).map((week) => ({ week, days: daysInPeriod(week, period), practices: 0, practiceMinutes: 0, shifts: 0 }));
  const index = new Map(weeks.map((w, i) => [w.week, i]));
  const weekOf = weekKeyer();
  for (const p of practices) {
    const w = weeks[index.get(weekOf(p.day)) ?? -1];
    if (!w) continue;
    w.practices++;
    w.practiceMinutes += p.minutes ?? 0;
  }
  const kinds = new Map<string, number>();
  for (const s of shifts) {
    const w = weeks[index.get(weekOf(s.day)) ?? -1];
    if (w) w.shifts++;
    kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  }
  const fromMs = Date.parse(`${period.from}T00:00:00Z`);
  const x = (week: string) => (Date.parse(`${week}T00:00:00Z`) - fromMs) / 86_400_000 + 3.5;
  // Only whole weeks count toward the trend: the first may start mid-week, and the current
  // one is not over (as of a Monday its zero shifts would pull "lately" down).
  const full = weeks.filter((w) => w.days === 7);
  return {
    practicesPerWeek: trendOf(full.map((w) => ({ day: w.week, x: x(w.week), y: w.practices })), period, WEEKLY_HIGHER),
    practiceMinutes: weeks.reduce((n, w) => n + w.practiceMinutes, 0),
    shiftsPerWeek: trendOf(full.map((w) => ({ day: w.week, x: x(w.week), y: w.shifts })), period, WEEKLY_HIGHER),
    weeks,
    shiftKinds: [...kinds.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
  };
}
