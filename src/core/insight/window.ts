/**
 * Window of tolerance and phase. Each check-in's window state and each moment's body
 * state is one observation. Phase is "stabilise" — coping comes first — when most of
 * the last 14 days were spent outside the window, or recent distress is very high; "ready"
 * (room for deeper work) only when at least four observations of the last 14 days say
 * so; otherwise "not-enough-data": no claim either way.
 */
import { mean } from '../stats/descriptive.js';
import { addDays, type CalendarDay } from '../time.js';
import type { BodyState } from '../vocabulary.js';
import type { CheckinFact, MomentFact } from './input.js';
import type { Period } from './period.js';
import type { Phase, WindowOfTolerance } from './report.js';

export const RECENT_DAYS = 14;
/** Below this share of recent observations inside the window, stabilising comes first. */
export const STABILISE_BELOW_WITHIN = 0.5;
/** At or above this mean recent distress (0–10), stabilising comes first. */
export const STABILISE_AT_DISTRESS = 7;
const MIN_OBSERVATIONS = 4;
const MIN_CHECKINS = 3;

interface Observation {
  day: CalendarDay;
  state: BodyState;
}

const share = (obs: readonly Observation[]): number | null =>
  obs.length === 0 ? null : Number((obs.filter((o) => o.state === 'within').length / obs.length).toFixed(3));

export interface PhaseReason {
  phase: Phase;
  withinShare: number | null;
  meanDistress: number | null;
  observations: number;
}

export function windowOfTolerance(
  moments: readonly MomentFact[],
  checkins: readonly CheckinFact[],
  period: Period,
): WindowOfTolerance {
  const obs: Observation[] = [
    ...moments.flatMap((m) => (m.bodyState ? [{ day: m.day, state: m.bodyState }] : [])),
    ...checkins.flatMap((c) => (c.windowState ? [{ day: c.day, state: c.windowState }] : [])),
  ];
  const recentFrom = addDays(period.to, -RECENT_DAYS + 1);
  const recent = obs.filter((o) => o.day >= recentFrom);
  const early = obs.filter((o) => o.day <= period.earlyUntil);
  const recentCheckins = checkins.filter((c) => c.day >= recentFrom);
  const recentWithinShare = share(recent);
  const meanDistress = mean(recentCheckins.map((c) => c.distress));
  const recentMeanDistress = meanDistress === null ? null : Number(meanDistress.toFixed(2));
  const outside = recent.length >= MIN_OBSERVATIONS && (recentWithinShare ?? 1) < STABILISE_BELOW_WITHIN;
  const distressed = recentCheckins.length >= MIN_CHECKINS && (recentMeanDistress ?? 0) >= STABILISE_AT_DISTRESS;

  const byDay = new Map<CalendarDay, { counts: Record<BodyState, number>; distress: number[] }>();
  for (const o of obs) {
    const d = byDay.get(o.day) ?? { counts: { within: 0, hyper: 0, hypo: 0 }, distress: [] };
    d.counts[o.state]++;
    byDay.set(o.day, d);
  }
  for (const c of checkins) {
    const d = byDay.get(c.day);
    if (d) d.distress.push(c.distress);
  }
  const days = [...byDay.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([day, d]) => {
      // The most common state that day; a tie leans toward outside the window, so a hard day is not hidden.
      const state = (['hyper', 'hypo', 'within'] as const).reduce((best, s) => (d.counts[s] > d.counts[best] ? s : best), 'hyper' as BodyState);
      const dm = mean(d.distress);
      return { day, state, distress: dm === null ? null : Number(dm.toFixed(1)) };
    });

  return {
    recentWithinShare,
    earlyWithinShare: share(early),
    recentMeanDistress,
    phase: outside || distressed ? 'stabilise' : recent.length >= MIN_OBSERVATIONS ? 'ready' : 'not-enough-data',
    days,
  };
}
