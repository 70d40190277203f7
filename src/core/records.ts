/**
 * The records of a person's journal as the domain sees them. Stores persist exactly
 * these; the API and export formats are derived from them in `contracts/`.
 */
import type { EntryId, PersonId, StrategyId, TriggerId } from './ids.js';
import type { CalendarDay, IsoInstant } from './time.js';
import type { BodyState, ShiftKind, StrategyFunction, StrategyRole } from './vocabulary.js';

export interface Person {
  id: PersonId;
  displayName: string;
  /** ISO 3166-1 alpha-2 country code that chooses crisis lines, e.g. "GB". */
  country: string;
  createdAt: IsoInstant;
  /** The day the person's therapy began, if they have said; the summary counts change from it. */
  therapyStartedOn?: CalendarDay | null;
  /** When Headway asked for that day (answered or skipped): it asks only once. */
  therapyStartAskedAt?: IsoInstant | null;
  /** When the first-start screen was finished or skipped (it asks the country); null shows it. */
  welcomedAt?: IsoInstant | null;
}

export interface Strategy {
  id: StrategyId;
  name: string;
  role: StrategyRole;
  function: StrategyFunction;
  /** Archived strategies stay on old moments but are not offered for new ones. */
  archived: boolean;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

export interface Trigger {
  id: TriggerId;
  name: string;
  createdAt: IsoInstant;
}

/** One strategy used in a moment; `helped` is null when the person did not say. */
export interface StrategyUse {
  strategyId: StrategyId;
  helped: boolean | null;
}

interface EntryBase {
  id: EntryId;
  occurredAt: IsoInstant;
  note: string | null;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
  /** Set while the entry sits in "recently deleted", where it can still be restored. */
  deletedAt: IsoInstant | null;
}

export interface Moment extends EntryBase {
  triggerId: TriggerId;
  /** 0–10 */
  intensity: number;
  bodyState: BodyState | null;
  thought: string | null;
  followedThought: boolean | null;
  recognizedEarly: boolean;
  handledDifferently: boolean;
  settledMinutes: number | null;
  strategies: StrategyUse[];
}

export interface Checkin extends EntryBase {
  /** SUDS, 0–10 */
  distress: number;
  /** 1–5, 1 lowest */
  mood: number | null;
  windowState: BodyState | null;
  sleepHours: number | null;
}

export interface Practice extends EntryBase {
  kind: string;
  minutes: number | null;
}

export interface Shift extends EntryBase {
  kind: ShiftKind;
}

export interface EntryByKind {
  moments: Moment;
  checkins: Checkin;
  practices: Practice;
  shifts: Shift;
}
