/**
 * Sleep and mood over time, from check-ins: each week's mean hours slept and mean mood
 * (1–5), and each one's trend over single check-ins (Theil–Sen and Mann–Kendall, as every
 * trend here). A week without check-ins is a gap, not a zero: nothing was noted, which is fine.
 */
import { mean } from '../stats/descriptive.js';
import type { CheckinFact } from './input.js';
import { daysInPeriod, weekKeyer, weeksIn, type Period } from './period.js';
import type { SleepMood, WeekSleepMood } from './report.js';
import { trendOf, type Point, type TrendRule } from './trend.js';

/** Ten check-ins over three weeks before a trend is stated (the rule mood always had). */
const MOOD_RULE: TrendRule = { better: 'higher', summary: 'mean', alpha: 0.025, minN: 10, minSpanDays: 21 };
/** Sleep's trend reads "improving" for more hours; the words say more or less, never better. */
const SLEEP_RULE: TrendRule = { ...MOOD_RULE, summary: 'median' };

const r2 = (v: number | null): number | null => (v === null ? null : Number(v.toFixed(2)));

export function sleepAndMood(checkins: readonly CheckinFact[], period: Period): SleepMood {
  const weekOf = weekKeyer();
  const byWeek = new Map<string, CheckinFact[]>();
  for (const c of checkins) {
    const w = weekOf(c.day);
    const list = byWeek.get(w) ?? [];
    list.push(c);
    byWeek.set(w, list);
  }
  const weeks: WeekSleepMood[] = weeksIn(period.from, period.to).map((week) => {
    const list = byWeek.get(week) ?? [];
    return {
      week,
      days: daysInPeriod(week, period),
      checkins: list.length,
      sleepHours: r2(mean(list.flatMap((c) => (c.sleepHours == null ? [] : [c.sleepHours])))),
      mood: r2(mean(list.flatMap((c) => (c.mood === null ? [] : [c.mood])))),
    };
  });
  const fromMs = Date.parse(`${period.from}T00:00:00Z`);
  const points = (pick: (c: CheckinFact) => number | null | undefined): Point[] =>
    checkins.flatMap((c) => {
      const y = pick(c);
      return y == null ? [] : [{ day: c.day, x: (c.ms - fromMs) / 86_400_000, y }];
    });
  return {
    sleep: trendOf(points((c) => c.sleepHours), period, SLEEP_RULE),
    mood: trendOf(points((c) => c.mood), period, MOOD_RULE),
    weeks,
  };
}
