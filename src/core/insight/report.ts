/**
 * The "coping or healing?" report: what the insight engine (core/insight) computes from a
 * person's own entries, as of a given day. Every statement carries its numbers; every
 * trend says how sure it is. Documented for machines in docs/REPORT-FORMAT.md.
 */
import type { CalendarDay } from '../time.js';
import type { BodyState } from '../vocabulary.js';

export const MODES = ['stabilising', 'coping', 'shifting', 'setback'] as const;
export type Mode = (typeof MODES)[number];
export const PHASES = ['stabilise', 'ready', 'not-enough-data'] as const;
export type Phase = (typeof PHASES)[number];
export const TREND_STATUSES = ['improving', 'steady', 'worsening', 'not-enough-data'] as const;
export type TrendStatus = (typeof TREND_STATUSES)[number];

/** One measured quantity over time: early vs recent window, and its robust trend. */
export interface Trend {
  /** Median (or share, for awareness) in the early window; null without data there. */
  early: number | null;
  /** Median (or share) in the recent window. */
  recent: number | null;
  /** Theil–Sen slope, in the quantity's unit per 30 days; null when n < 3. */
  slopePer30Days: number | null;
  /** 95% confidence interval of the slope, per 30 days. */
  slopeCi: [number, number] | null;
  /** Mann–Kendall two-sided p-value (continuity-corrected when from the normal approximation); null when n < 3. */
  p: number | null;
  /** Data points behind the trend. */
  n: number;
  /** What the trend says, in the direction that is good for this quantity. */
  status: TrendStatus;
}

export interface TriggerReport {
  trigger: string;
  status: TrendStatus;
  /** Moments with this trigger inside the report period. */
  n: number;
  firstDay: CalendarDay | null;
  lastDay: CalendarDay | null;
  /** Intensity 0–10 (lower is better). */
  intensity: Trend;
  /** Minutes until settled (lower is better). */
  settling: Trend;
  /** Share of moments recognised early or with the thought not followed, 0–1 (higher is better). */
  awareness: Trend;
  /**
   * Points for the small-multiples chart, at most MAX_CHART_POINTS (core/insight/chart-points.ts):
   * one per moment when `pointDays` is null; else one per run of `pointDays` days with moments.
   */
  points: TriggerPoint[];
  /** Null when each point is one moment; else each point is the median of `pointDays` days from its `day`. */
  pointDays: number | null;
  /** What is missing before a trend can be stated, when status is not-enough-data. */
  missing: string | null;
}

/** One dot of a trigger's chart: a moment, or the middle values of a run of days. */
export interface TriggerPoint {
  /** The moment's day, or the first day (a Monday) of the run the point sums up. */
  day: CalendarDay;
  /** Intensity 0–10; the median over the run when grouped. */
  intensity: number;
  /** Minutes to settle, null when not noted; the median of those noted when grouped. */
  settledMinutes: number | null;
  /** Only when grouped: how many moments the point sums up. */
  moments?: number | undefined;
}

export interface WeekLoad {
  /** Monday of the week. */
  week: CalendarDay;
  /** Days of the week inside the period, 1–7: under 7 the week is partial (the current week "so far"). */
  days: number;
  moments: number;
  strategies: number;
  perMoment: number | null;
  /** Mean intensity of the week's moments (the distress the coping answered). */
  meanIntensity: number | null;
  /** Strategies per moment divided by mean intensity (per point of intensity). */
  perIntensityPoint: number | null;
}

export interface CopingLoad {
  /** Strategies used per moment. Lower, at the same distress, is a healing sign. */
  perMoment: Trend;
  /** Strategies per moment per point of intensity, so calmer weeks don't count as healing by themselves. */
  relativeToDistress: Trend;
  weeks: WeekLoad[];
}

export interface StrategyUse {
  strategy: string;
  role: 'coping' | 'avoidant' | 'healing';
  uses: number;
  helped: number;
  notHelped: number;
}

export interface Repertoire {
  /** Distinct strategies used in the period. */
  distinct: number;
  /** Shannon evenness of strategy use, 0 (one strategy) – 1 (all used alike). */
  diversity: number | null;
  /** Share of strategy uses that were avoidant, 0–1. */
  avoidantShare: number | null;
  avoidantShareTrend: Trend;
  /** A strategy that carried more than half of all uses, or null. */
  overReliance: { strategy: string; share: number } | null;
  strategies: StrategyUse[];
}

export interface HealingWork {
  practicesPerWeek: Trend;
  practiceMinutes: number;
  shiftsPerWeek: Trend;
  /** `days`: days of the week inside the period (1–7); under 7 the week is partial. */
  weeks: Array<{ week: CalendarDay; days: number; practices: number; practiceMinutes: number; shifts: number }>;
  /** Counts of each shift kind noted in the period. */
  shiftKinds: Array<{ kind: string; count: number }>;
}

export interface WindowOfTolerance {
  /** Share of recent check-ins and moments inside the window, 0–1. */
  recentWithinShare: number | null;
  earlyWithinShare: number | null;
  recentMeanDistress: number | null;
  phase: Phase;
  /** One entry per day with a recorded state: the most common state that day. */
  days: Array<{ day: CalendarDay; state: BodyState; distress: number | null }>;
}

/** One week of check-ins: mean hours slept and mean mood (1–5), null when none noted. */
export interface WeekSleepMood {
  /** Monday of the week. */
  week: CalendarDay;
  /** Days of the week inside the period, 1–7: under 7 the week is partial. */
  days: number;
  checkins: number;
  /** Mean hours of sleep over the check-ins that noted it. */
  sleepHours: number | null;
  /** Mean mood, 1 (very low) – 5 (very good), over the check-ins that noted it. */
  mood: number | null;
}

/** Sleep and mood from check-ins, week by week, with each one's trend over single check-ins. */
export interface SleepMood {
  /** Hours slept; `improving` means more sleep (the app words it as more or less, never better or worse). */
  sleep: Trend;
  /** Mood 1–5, higher is better. */
  mood: Trend;
  weeks: WeekSleepMood[];
}

export interface MeasureSummary {
  instrument: string;
  first: number | null;
  latest: number | null;
  /** The person's own days of the first and latest results compared. */
  firstOn: CalendarDay;
  latestOn: CalendarDay;
  /** Complete results in the span. */
  count: number;
  change: number | null;
  reliableChange: 'improved' | 'deteriorated' | 'no-reliable-change' | null;
  outcome: string | null;
}

export interface SafetyStatus {
  alert: boolean;
  reasons: string[];
}

/** An answer at or above a questionnaire's critical level (PHQ-9 item 9 ≥ 1…), for a therapist to see. */
export interface CriticalAnswer {
  instrument: string;
  /** The person's own day the questionnaire was taken. */
  day: CalendarDay;
  /** 1-based item number, its short label, the value given and that value's words. */
  item: number;
  label: string;
  value: number;
  answer: string;
  tier: 'urgent' | 'notice';
}

export interface EvidenceLine {
  /** Which part of the report it comes from. */
  source: 'triggers' | 'copingLoad' | 'repertoire' | 'healing' | 'window' | 'measures';
  /** Which way it points. */
  points: 'progress' | 'steady' | 'strain';
  text: string;
}

export interface InvisibleProgress {
  text: string;
  trigger?: string | undefined;
}

export interface InsightReport {
  asOf: CalendarDay;
  period: { from: CalendarDay; to: CalendarDay; earlyUntil: CalendarDay; recentFrom: CalendarDay };
  mode: Mode;
  phase: Phase;
  /** The lines of evidence that produced the mode, strongest first. */
  evidence: EvidenceLine[];
  triggers: TriggerReport[];
  copingLoad: CopingLoad;
  repertoire: Repertoire;
  healing: HealingWork;
  window: WindowOfTolerance;
  sleepMood: SleepMood;
  invisibleProgress: InvisibleProgress[];
  /** Plain sentences on what is missing for a fuller picture. */
  notEnoughData: string[];
  /** Standardized measures: first and latest score in the period, change, reliable change, NHS outcome. */
  measures: MeasureSummary[];
  /**
   * The same, counted from the first result on or after the day therapy began (`startedOn`,
   * as the person gave it), or from the first result ever when they have not given it.
   */
  therapy: { startedOn: CalendarDay | null; measures: MeasureSummary[] };
  /** Every critical answer in the period, oldest first. */
  criticalAnswers: CriticalAnswer[];
  /** Whether a recent answer or note calls for care, and why (never the person's words). */
  safety: SafetyStatus;
  counts: { moments: number; checkins: number; practices: number; shifts: number };
}
