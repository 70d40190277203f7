/**
 * What Headway keeps for measures and safety (issue 4): each questionnaire a person
 * answered, their safety plan, the moments when an answer or a note called for care,
 * and how often they want to be reminded of each questionnaire.
 */
import type { MeasureId, SafetyEventId } from '../ids.js';
import type { InstrumentId } from '../measures/instrument.js';
import type { IsoInstant } from '../time.js';
import type { EntryKind } from '../vocabulary.js';

/** How an administration reached Headway. */
export const MEASURE_SOURCES = ['app', 'paper', 'fhir'] as const;
export type MeasureSource = (typeof MEASURE_SOURCES)[number];

/** One completed questionnaire. Scores are derived from `answers` on read, never stored. */
export interface MeasureResponse {
  id: MeasureId;
  instrument: InstrumentId;
  /** When the person answered (the recall period ends here). */
  takenAt: IsoInstant;
  /** `answers[i]` is the value given for item i + 1; always complete. */
  answers: number[];
  source: MeasureSource;
  createdAt: IsoInstant;
}

/**
 * The six steps of a safety plan, in the order of the published method (Stanley & Brown
 * 2012; MEASURES.md §6), in Headway's own words (the form itself is not reproduced).
 */
export const SAFETY_STEPS = ['warningSigns', 'onMyOwn', 'distractions', 'askForHelp', 'professionals', 'saferSurroundings'] as const;
export type SafetyStep = (typeof SAFETY_STEPS)[number];

export interface SafetyPlan {
  steps: Record<SafetyStep, string[]>;
  /** "What matters most to me": the reason to hold on, in the person's words. */
  mattersMost: string;
  /** Null until the person first saves it. */
  updatedAt: IsoInstant | null;
}

export function emptySafetyPlan(): SafetyPlan {
  return {
    steps: { warningSigns: [], onMyOwn: [], distractions: [], askForHelp: [], professionals: [], saferSurroundings: [] },
    mattersMost: '',
    updatedAt: null,
  };
}

/** Why care was offered. Details carry numbers and categories, never the person's words. */
export type SafetyEventDetail =
  | { kind: 'critical-answer'; measureId: MeasureId; instrument: InstrumentId; item: number; value: number; tier: 'urgent' | 'notice' }
  | { kind: 'crisis-language'; entryKind: EntryKind; entryId: string; categories: string[] };

export interface SafetyEvent {
  id: SafetyEventId;
  occurredAt: IsoInstant;
  detail: SafetyEventDetail;
  /** When the person moved on from the calm screen; null until then. */
  acknowledgedAt: IsoInstant | null;
}

/** A reminder rhythm for one questionnaire, e.g. PHQ-9 every 14 days. */
export interface MeasureSchedule {
  instrument: InstrumentId;
  everyDays: number;
}
