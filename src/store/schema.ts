/**
 * The database tables as Kysely sees them; the same on SQLite and PostgreSQL.
 * Booleans are stored as 0/1 integers on both engines so rows read back identically.
 * Instants are kept as the ISO text the person's device wrote; `occurred_ms` (UTC
 * milliseconds) orders them and `local_day` (the person's own calendar day) filters them.
 */


export interface PersonsTable {
  id: string;
  display_name: string;
  country: string;
  created_at: string;
  /** 'YYYY-MM-DD' the person's therapy began; null until they say. */
  therapy_started_on: string | null;
  /** When Headway asked for the therapy start date (it asks once). */
  therapy_start_asked_at: string | null;
  /** When the first-start screen was finished or skipped; null shows it. */
  welcomed_at: string | null;
}

export interface TriggersTable {
  id: string;
  person_id: string;
  name: string;
  /** Lower-cased name: "Work" and "work" are one trigger. */
  name_key: string;
  created_at: string;
}

export interface StrategiesTable {
  id: string;
  person_id: string;
  name: string;
  name_key: string;
  role: string;
  function: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

export interface EntryColumns {
  id: string;
  person_id: string;
  occurred_at: string;
  occurred_ms: number;
  local_day: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface MomentsTable extends EntryColumns {
  trigger_id: string;
  intensity: number;
  body_state: string | null;
  thought: string | null;
  followed_thought: number | null;
  recognized_early: number;
  handled_differently: number;
  settled_minutes: number | null;
}

export interface MomentStrategiesTable {
  moment_id: string;
  strategy_id: string;
  position: number;
  helped: number | null;
}

export interface CheckinsTable extends EntryColumns {
  distress: number;
  mood: number | null;
  window_state: string | null;
  sleep_hours: number | null;
}

export interface PracticesTable extends EntryColumns {
  kind: string;
  minutes: number | null;
}

export interface ShiftsTable extends EntryColumns {
  kind: string;
}

export interface MeasureResponsesTable {
  id: string;
  person_id: string;
  instrument: string;
  taken_at: string;
  taken_ms: number;
  answers: string;
  source: string;
  created_at: string;
  /** Set when the person deleted the result; kept 30 days, restorable. */
  deleted_at: string | null;
}

export interface SafetyPlansTable {
  person_id: string;
  plan: string;
  updated_at: string;
}

export interface SafetyEventsTable {
  id: string;
  person_id: string;
  occurred_at: string;
  occurred_ms: number;
  kind: string;
  detail: string;
  acknowledged_at: string | null;
}

export interface MeasureSchedulesTable {
  person_id: string;
  instrument: string;
  every_days: number;
}

export interface Database {
  persons: PersonsTable;
  triggers: TriggersTable;
  strategies: StrategiesTable;
  moments: MomentsTable;
  moment_strategies: MomentStrategiesTable;
  checkins: CheckinsTable;
  practices: PracticesTable;
  shifts: ShiftsTable;
  measure_responses: MeasureResponsesTable;
  safety_plans: SafetyPlansTable;
  safety_events: SafetyEventsTable;
  measure_schedules: MeasureSchedulesTable;
}

