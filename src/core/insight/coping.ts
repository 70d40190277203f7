/**
 * Coping load and repertoire. Healing shows as needing less coping for the same distress
 * over time; a repertoire that leans on one strategy, or mostly on avoidant ones, is
 * worth knowing about — said as information, never as judgement.
 */
import { mean } from '../stats/descriptive.js';
import type { MomentFact } from './input.js';
import { daysInPeriod, weekKeyer, weeksIn, type Period } from './period.js';
import type { CopingLoad, Repertoire, StrategyUse, WeekLoad } from './report.js';
import { trendOf, type Point, type TrendRule } from './trend.js';

/** Weekly series need a few weeks with moments before a trend means anything. */
const WEEKLY_LOWER: TrendRule = { better: 'lower', summary: 'mean', alpha: 0.025, minN: 4, minSpanDays: 21 };
/** A strategy is "carrying" the repertoire when it is over half of all uses (and used 10+ times). */
export const OVER_RELIANCE_SHARE = 0.5;
const OVER_RELIANCE_MIN_USES = 10;

const r3 = (v: number): number => Number(v.toFixed(3));
const weekX = (week: string, period: Period): number => (Date.parse(`${week}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000 + 3.5;

export function copingLoad(moments: readonly MomentFact[], period: Period): CopingLoad {
  const weekOf = weekKeyer();
  const byWeek = new Map<string, MomentFact[]>();
  for (const m of moments) {
    const w = weekOf(m.day);
    const list = byWeek.get(w) ?? [];
    list.push(m);
    byWeek.set(w, list);
  }
  const weeks: WeekLoad[] = weeksIn(period.from, period.to).map((week) => {
    const list = byWeek.get(week) ?? [];
    const strategies = list.reduce((n, m) => n + m.strategies.length, 0);
    const perMoment = list.length > 0 ? strategies / list.length : null;
    const meanIntensity = mean(list.map((m) => m.intensity));
    return {
      week,
      days: daysInPeriod(week, period),
      moments: list.length,
      strategies,
      perMoment: perMoment === null ? null : r3(perMoment),
      meanIntensity: meanIntensity === null ? null : r3(meanIntensity),
      perIntensityPoint: perMoment !== null && meanIntensity !== null && meanIntensity > 0 ? r3(perMoment / meanIntensity) : null,
    };
  });
  // The week still going on the as-of day is left out of the trends: as of a Monday it holds
  // one day's moments, which say little about a week. The chart marks it "so far".
  const current = weeks.at(-1);
  const over = current !== undefined && current.days < 7 && current.week > period.from ? weeks.slice(0, -1) : weeks;
  const pts = (pick: (w: WeekLoad) => number | null): Point[] =>
    over.flatMap((w) => {
      const y = pick(w);
      return y === null ? [] : [{ day: w.week, x: weekX(w.week, period), y }];
    });
  return {
    perMoment: trendOf(pts((w) => w.perMoment), period, WEEKLY_LOWER),
    relativeToDistress: trendOf(pts((w) => w.perIntensityPoint), period, WEEKLY_LOWER),
    weeks,
  };
}

/** Shannon evenness H / ln(k) of use counts: 0 when one strategy does everything, 1 when all are used alike. */
export function evenness(counts: readonly number[]): number | null {
  const used = counts.filter((c) => c > 0);
  const total = used.reduce((a, b) => a + b, 0);
  if (used.length === 0) return null;
  if (used.length === 1) return 0;
  const h = -used.reduce((s, c) => s + (c / total) * Math.log(c / total), 0);
  return r3(h / Math.log(used.length));
}

export function repertoire(moments: readonly MomentFact[], period: Period): Repertoire {
  const weekOf = weekKeyer();
  const uses = new Map<string, StrategyUse>();
  let avoidant = 0;
  let total = 0;
  const weekly = new Map<string, { avoidant: number; total: number }>();
  for (const m of moments) {
    const w = weekOf(m.day);
    const wk = weekly.get(w) ?? { avoidant: 0, total: 0 };
    for (const s of m.strategies) {
      const u = uses.get(s.name) ?? { strategy: s.name, role: s.role, uses: 0, helped: 0, notHelped: 0 };
      u.uses++;
      if (s.helped === true) u.helped++;
      if (s.helped === false) u.notHelped++;
      uses.set(s.name, u);
      total++;
      wk.total++;
      if (s.role === 'avoidant') {
        avoidant++;
        wk.avoidant++;
      }
    }
    weekly.set(w, wk);
  }
  const strategies = [...uses.values()].sort((a, b) => b.uses - a.uses || a.strategy.localeCompare(b.strategy));
  const top = strategies[0];
  const topShare = top && total > 0 ? top.uses / total : 0;
  const shareTrend = trendOf(
    [...weekly.entries()]
      .filter(([, v]) => v.total > 0)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([week, v]) => ({ day: week, x: weekX(week, period), y: v.avoidant / v.total })),
    period,
    WEEKLY_LOWER,
  );
  return {
    distinct: strategies.length,
    diversity: evenness(strategies.map((s) => s.uses)),
    avoidantShare: total > 0 ? r3(avoidant / total) : null,
    avoidantShareTrend: shareTrend,
    overReliance:
      top && topShare > OVER_RELIANCE_SHARE && top.uses >= OVER_RELIANCE_MIN_USES ? { strategy: top.strategy, share: r3(topShare) } : null,
    strategies,
  };
}
