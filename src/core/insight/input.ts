/**
 * What the insight engine reads: a person's entries reduced to the fields it needs, with
 * each instant already turned into UTC milliseconds and the person's own calendar day.
 * The app layer builds this from the store (app/insight/buildReport.ts).
 */
import type { CalendarDay } from '../time.js';
import type { BodyState, ShiftKind, StrategyRole } from '../vocabulary.js';
import type { CriticalAnswer, MeasureSummary, SafetyStatus } from './report.js';

export interface MomentFact {
  ms: number;
  day: CalendarDay;
  trigger: string;
  intensity: number;
  bodyState: BodyState | null;
  settledMinutes: number | null;
  recognizedEarly: boolean;
  followedThought: boolean | null;
  handledDifferently: boolean;
  strategies: Array<{ name: string; role: StrategyRole; helped: boolean | null }>;
}

export interface CheckinFact {
  ms: number;
  day: CalendarDay;
  distress: number;
  mood: number | null;
  windowState: BodyState | null;
  /** Hours slept the night before, when noted (absent in older callers: same as null). */
  sleepHours?: number | null | undefined;
}

export interface PracticeFact {
  ms: number;
  day: CalendarDay;
  kind: string;
  minutes: number | null;
}

export interface ShiftFact {
  ms: number;
  day: CalendarDay;
  kind: ShiftKind;
}

export interface InsightInput {
  /** The report is computed as of the end of this day; later entries are ignored. */
  asOf: CalendarDay;
  /** How many weeks back from asOf to look; null for everything. Default 26. Ignored with `from`. */
  weeks?: number | null;
  /** The period's first day instead of `weeks` ("since therapy began"). */
  from?: CalendarDay | undefined;
  moments: readonly MomentFact[];
  checkins: readonly CheckinFact[];
  practices: readonly PracticeFact[];
  shifts: readonly ShiftFact[];
  measures?: readonly MeasureSummary[];
  /** The same questionnaires counted from the day therapy began (core/insight/measure-course.ts). */
  therapy?: { startedOn: CalendarDay | null; measures: readonly MeasureSummary[] };
  /** Critical answers in the period, oldest first, as the report lists them. */
  criticalAnswers?: readonly CriticalAnswer[];
  /** Computed by core/safety/status.ts from safety events and latest answers. */
  safety?: SafetyStatus;
}
