/**
 * The insight engine: "is my coping moving me forward, or keeping me stuck?" Pure — it
 * reads the entries it is given, as of the day it is told, and returns the report.
 *
 * Mode, in order:
 *  1. setback — the last 14 days are clearly harder than the 6 weeks before them, inside
 *     a longer trend that was improving (a stretch of a non-linear path, not a reset);
 *  2. stabilising — phase is "stabilise": coping comes first right now;
 *  3. shifting — at least one supported sign of healing (a trigger easing or passing
 *     sooner, awareness rising, less coping needed, less avoidance, more shifts noticed);
 *  4. coping — steady: coping is doing its job, the shifts are not visible yet.
 */
import { flatScoresProgress, measureEvidence, periodWords, therapyWords } from './measures.js';
import { median, mean } from '../stats/descriptive.js';
import { addDays } from '../time.js';
import { count } from '../words/plural.js';
import { copingLoad, repertoire } from './coping.js';
import { healingWork } from './healing.js';
import { leaningOf } from './leaning.js';
import { sleepAndMood } from './sleep-mood.js';
import type { InsightInput, MomentFact } from './input.js';
import { evidenceLines, otherProgress, recentPhrase, triggerProgress } from './narrative.js';
import { daysBetween, DEFAULT_WEEKS, periodFor, type Period } from './period.js';
import type { EvidenceLine, InsightReport, Mode, Phase } from './report.js';
import { trendOf } from './trend.js';
import { triggerReports } from './triggers.js';
import { RECENT_DAYS, windowOfTolerance } from './window.js';

/** How much harder the last two weeks must be to count as a setback. */
const SETBACK_INTENSITY_RISE = 1.5;
const SETBACK_DISTRESS_RISE = 1.5;
const SETBACK_WITHIN_DROP = 0.25;
/** Mood is 1–5: a third of a point between the early and recent means is a visible dip or rise. */
const MOOD_VISIBLE = 0.3;

function firstDayOf(input: InsightInput): string | null {
  let first: string | null = null;
  for (const list of [input.moments, input.checkins, input.practices, input.shifts]) {
    for (const e of list) if (e.day <= input.asOf && (first === null || e.day < first)) first = e.day;
  }
  return first;
}

const inPeriod = <T extends { day: string }>(list: readonly T[], p: Period): T[] => list.filter((e) => e.day >= p.from && e.day <= p.to);

/** The last 14 days against the 6 weeks before them: is this a clearly harder stretch? */
function recentStrain(input: InsightInput, moments: readonly MomentFact[], asOf: string): string | null {
  const recentFrom = addDays(asOf, -RECENT_DAYS + 1);
  const beforeFrom = addDays(recentFrom, -42);
  const split = <T extends { day: string }>(list: readonly T[]) => ({
    recent: list.filter((e) => e.day >= recentFrom && e.day <= asOf),
    before: list.filter((e) => e.day >= beforeFrom && e.day < recentFrom),
  });
  const m = split(moments);
  const mi = { recent: median(m.recent.map((x) => x.intensity)), before: median(m.before.map((x) => x.intensity)) };
  if (m.recent.length >= 3 && m.before.length >= 3 && mi.recent !== null && mi.before !== null && mi.recent - mi.before >= SETBACK_INTENSITY_RISE) {
    return `Moments in the last two weeks were harder (median ${mi.recent}/10, up from ${mi.before}/10 in the six weeks before).`;
  }
  const c = split(input.checkins);
  const cd = { recent: mean(c.recent.map((x) => x.distress)), before: mean(c.before.map((x) => x.distress)) };
  if (c.recent.length >= 3 && c.before.length >= 3 && cd.recent !== null && cd.before !== null && cd.recent - cd.before >= SETBACK_DISTRESS_RISE) {
    return `Distress in the last two weeks averaged ${cd.recent.toFixed(1)}/10, up from ${cd.before.toFixed(1)}/10 before.`;
  }
  const states = [
    ...moments.flatMap((x) => (x.bodyState ? [{ day: x.day, within: x.bodyState === 'within' }] : [])),
    ...input.checkins.flatMap((x) => (x.windowState ? [{ day: x.day, within: x.windowState === 'within' }] : [])),
  ];
  const s = split(states);
  const share = (l: Array<{ within: boolean }>) => l.filter((x) => x.within).length / l.length;
  if (s.recent.length >= 4 && s.before.length >= 4 && share(s.before) - share(s.recent) >= SETBACK_WITHIN_DROP) {
    return `Less time inside your window in the last two weeks (${Math.round(share(s.recent) * 100)}%, from ${Math.round(share(s.before) * 100)}%).`;
  }
  return null;
}

/** Was the longer path improving before the last two weeks? */
function improvingBefore(moments: readonly MomentFact[], period: Period, fromMs: number): boolean {
  const cutoff = addDays(period.to, -RECENT_DAYS);
  if (daysBetween(period.from, cutoff) < 28) return false;
  const before = moments.filter((m) => m.day <= cutoff);
  const p = periodFor(cutoff, null, period.from);
  if (triggerReports(before, p, fromMs).some((t) => t.status === 'improving')) return true;
  const all = before.map((m) => ({ day: m.day, x: (m.ms - fromMs) / 86_400_000, y: m.intensity }));
  return trendOf(all, p, { better: 'lower', summary: 'median', alpha: 0.025, minN: 10, minSpanDays: 28 }).status === 'improving';
}

export function buildInsightReport(input: InsightInput): InsightReport {
  const weeks = input.weeks === undefined ? DEFAULT_WEEKS : input.weeks;
  const span = input.from !== undefined ? { from: input.from } : weeks;
  const period = periodFor(input.asOf, span, firstDayOf(input));
  const fromMs = Date.parse(`${period.from}T00:00:00Z`);
  const moments = inPeriod(input.moments, period);
  const checkins = inPeriod(input.checkins, period);
  const practices = inPeriod(input.practices, period);
  const shifts = inPeriod(input.shifts, period);

  const triggers = triggerReports(moments, period, fromMs);
  const load = copingLoad(moments, period);
  const rep = repertoire(moments, period);
  const healing = healingWork(practices, shifts, period);
  const window = windowOfTolerance(moments, checkins, period);
  const sleepMood = sleepAndMood(checkins, period);
  const lately = recentPhrase(daysBetween(period.recentFrom, period.to) + 1);

  const measures = [...(input.measures ?? [])];
  const therapy = { startedOn: input.therapy?.startedOn ?? null, measures: [...(input.therapy?.measures ?? measures)] };
  const spans = { period: measures, periodWords: periodWords(span, therapy.startedOn), therapy: therapy.measures, therapyWords: therapyWords(therapy.startedOn) };
  const evidence = [...evidenceLines(triggers, load, rep, healing, window), ...measureEvidence(spans)];
  const invisibleProgress = [
    ...flatScoresProgress(measures, triggers),
    ...triggers.flatMap((t) => triggerProgress(t, lately)),
    ...otherProgress(load, rep, healing, lately, daysBetween(period.recentFrom, period.to) + 1),
  ];

  // While a safety alert is raised, steadying comes first whatever the window shows: no
  // nudge toward deeper work beside a note about heavy answers or words.
  const safety = input.safety ?? { alert: false, reasons: [] };
  const phase: Phase = safety.alert ? 'stabilise' : window.phase;
  const strain = recentStrain(input, moments, period.to);
  let mode: Mode;
  if (strain !== null && improvingBefore(moments, period, fromMs)) {
    mode = 'setback';
    evidence.unshift({ source: 'triggers', points: 'strain', text: `${strain} Before that, things were easing — a hard stretch is part of a non-linear path, not a reset.` });
  } else if (phase === 'stabilise') mode = 'stabilising';
  else if (evidence.some((e) => e.points === 'progress' && e.source !== 'window')) mode = 'shifting';
  else mode = 'coping';

  const moodTrend = sleepMood.mood;
  if (invisibleProgress.length > 0 && moodTrend.status === 'steady' && moodTrend.early !== null && moodTrend.recent !== null) {
    const lean = leaningOf(moodTrend, MOOD_VISIBLE);
    const how = lean === 'flat' ? 'stayed about the same' : `${lean === 'rising' ? 'risen' : 'dipped'} a little, not clearly`;
    evidence.push({
      source: 'window',
      points: 'steady',
      text: `Day-to-day mood has ${how} (${moodTrend.early.toFixed(1)} → ${moodTrend.recent.toFixed(1)} out of 5), so these changes may not be felt yet.`,
    });
  }

  const order: Record<EvidenceLine['points'], number> = { progress: 0, strain: 1, steady: 2 };
  if (mode !== 'setback') evidence.sort((a, b) => order[a.points] - order[b.points]);

  return {
    asOf: input.asOf,
    period: { from: period.from, to: period.to, earlyUntil: period.earlyUntil, recentFrom: period.recentFrom },
    mode,
    phase,
    evidence,
    triggers,
    copingLoad: load,
    repertoire: rep,
    healing,
    window,
    sleepMood,
    invisibleProgress,
    notEnoughData: notEnough(period, triggers, moments.length, checkins.length),
    measures,
    therapy,
    criticalAnswers: [...(input.criticalAnswers ?? [])],
    safety,
    counts: { moments: moments.length, checkins: checkins.length, practices: practices.length, shifts: shifts.length },
  };
}

function notEnough(period: Period, triggers: InsightReport['triggers'], moments: number, checkins: number): string[] {
  const out: string[] = [];
  if (moments === 0) out.push('No moments in this period yet. A few would let Headway look for patterns in what sets you off.');
  if (period.days < 21) out.push(`Entries cover ${count(period.days, 'day')} so far; trends need about three weeks.`);
  for (const t of triggers) if (t.missing) out.push(`${t.trigger}: not enough yet to see a trend — it needs ${t.missing}.`);
  if (checkins === 0) out.push('No check-ins in this period. They show your window of tolerance and mood over time.');
  return out;
}
