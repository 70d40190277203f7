/**
 * Row ⇄ record mapping for the four entry tables. Kept apart from the queries so that a
 * new field is one edit here, and the generic queries in repo.ts stay the same.
 */
import type { EntryId, StrategyId, TriggerId } from '../core/ids.js';
import type { Checkin, EntryByKind, Moment, Practice, Shift, StrategyUse } from '../core/records.js';
import { instantToMs, localDayOf } from '../core/time.js';
import type { BodyState, EntryKind, ShiftKind } from '../core/vocabulary.js';
import type { CheckinsTable, EntryColumns, MomentsTable, PracticesTable, ShiftsTable } from './schema.js';

export const bool = (b: boolean): number => (b ? 1 : 0);
export const boolOrNull = (b: boolean | null): number | null => (b === null ? null : bool(b));
export const fromBoolOrNull = (n: number | null): boolean | null => (n === null ? null : n !== 0);
/** pg returns 64-bit integers and some numerics as strings; SQLite as numbers. */
export const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v));
const numOrNull = (v: number | string | null): number | null => (v === null ? null : num(v));

interface EntryBaseRecord {
  id: EntryId;
  occurredAt: string;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

function baseToRow(personId: string, e: EntryBaseRecord): EntryColumns {
  const ms = instantToMs(e.occurredAt);
  if (ms === null) throw new Error(`entry ${e.id} has an invalid occurredAt`);
  return {
    id: e.id,
    person_id: personId,
    occurred_at: e.occurredAt,
    occurred_ms: ms,
    local_day: localDayOf(e.occurredAt),
    note: e.note,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    deleted_at: e.deletedAt,
  };
}

function baseFromRow(r: EntryColumns): EntryBaseRecord {
  return {
    id: r.id as EntryId,
    occurredAt: r.occurred_at,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

/*
 * The row objects below are built with Object.assign rather than `{ ...base, more }`:
 * on Node 20 an object spread followed by several properties costs ~15 µs per object
 * (a V8 slow path), which dominated both logging a moment and reading a journal back.
 */

interface RowSpec<R, Row> {
  toRow(personId: string, record: R): Row;
  fromRow(row: Row, strategies: StrategyUse[]): R;
}

const moments: RowSpec<Moment, MomentsTable> = {
  toRow: (p, m) => Object.assign(baseToRow(p, m), {
    trigger_id: m.triggerId,
    intensity: m.intensity,
    body_state: m.bodyState,
    thought: m.thought,
    followed_thought: boolOrNull(m.followedThought),
    recognized_early: bool(m.recognizedEarly),
    handled_differently: bool(m.handledDifferently),
    settled_minutes: m.settledMinutes,
  }),
  fromRow: (r, strategies) => Object.assign(baseFromRow(r), {
    triggerId: r.trigger_id as TriggerId,
    intensity: num(r.intensity),
    bodyState: r.body_state as BodyState | null,
    thought: r.thought,
    followedThought: fromBoolOrNull(r.followed_thought),
    recognizedEarly: num(r.recognized_early) !== 0,
    handledDifferently: num(r.handled_differently) !== 0,
    settledMinutes: numOrNull(r.settled_minutes),
    strategies,
  }),
};

const checkins: RowSpec<Checkin, CheckinsTable> = {
  toRow: (p, c) => Object.assign(baseToRow(p, c), {
    distress: c.distress,
    mood: c.mood,
    window_state: c.windowState,
    sleep_hours: c.sleepHours,
  }),
  fromRow: (r) => Object.assign(baseFromRow(r), {
    distress: num(r.distress),
    mood: numOrNull(r.mood),
    windowState: r.window_state as BodyState | null,
    sleepHours: numOrNull(r.sleep_hours),
  }),
};

const practices: RowSpec<Practice, PracticesTable> = {
  toRow: (p, x) => Object.assign(baseToRow(p, x), { kind: x.kind, minutes: x.minutes }),
  fromRow: (r) => Object.assign(baseFromRow(r), { kind: r.kind, minutes: numOrNull(r.minutes) }),
};

const shifts: RowSpec<Shift, ShiftsTable> = {
  toRow: (p, x) => Object.assign(baseToRow(p, x), { kind: x.kind }),
  fromRow: (r) => Object.assign(baseFromRow(r), { kind: r.kind as ShiftKind }),
};

type RowOf = { moments: MomentsTable; checkins: CheckinsTable; practices: PracticesTable; shifts: ShiftsTable };

export const ENTRY_ROWS: { [K in EntryKind]: RowSpec<EntryByKind[K], RowOf[K]> } = {
  moments,
  checkins,
  practices,
  shifts,
};

export function strategyUseFromRow(r: { strategy_id: string; helped: number | null }): StrategyUse {
  return { strategyId: r.strategy_id as StrategyId, helped: fromBoolOrNull(r.helped === null ? null : num(r.helped)) };
}
