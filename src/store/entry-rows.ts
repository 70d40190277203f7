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

interface EntryBaseRecord {
  id: EntryId;
  occurredAt: string;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/**
 * instantToMs of the last instant written: entries logged "now" in the same second share
 * theirs, and parsing it is a visible part of logging a moment (docs/PERFORMANCE.md).
 */
let lastInstant = '';
let lastMs: number | null = null;

function occurredMs(instant: string): number | null {
  if (instant !== lastInstant) {
    lastMs = instantToMs(instant);
    lastInstant = instant;
  }
  return lastMs;
}

function baseToRow(personId: string, e: EntryBaseRecord): EntryColumns {
  const ms = occurredMs(e.occurredAt);
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

/** Columns every entry table shares, in the order `fromValues` reads them. */
const BASE_COLUMNS = ['id', 'occurred_at', 'note', 'created_at', 'updated_at', 'deleted_at'] as const;
type Values = readonly unknown[];
const str = (v: unknown): string => v as string;
const strOrNull = (v: unknown): string | null => (v === null ? null : (v as string));
const numV = (v: unknown): number => num(v as number | string);
const numOrNullV = (v: unknown): number | null => (v === null ? null : numV(v));

function baseFromValues(v: Values): EntryBaseRecord {
  return {
    id: str(v[0]) as EntryId,
    occurredAt: str(v[1]),
    note: strOrNull(v[2]),
    createdAt: str(v[3]),
    updatedAt: str(v[4]),
    deletedAt: strOrNull(v[5]),
  };
}

/*
 * Records are read from column values in a fixed order (`columns`), so the SQLite adapter
 * can read plain arrays (better-sqlite3 `raw()`, three times faster than row objects for
 * a five-year journal) and the Kysely path shares the same mapping through `fromRow`.
 * Each kind's own fields are set one by one on the shared base object: on Node 20 an
 * object spread followed by several properties costs ~15 µs per object (a V8 slow path),
 * and Object.assign with a second object ~0.3 µs against ~0.1 (docs/PERFORMANCE.md). The
 * store contract suite reads every field back, so a field left out here fails there.
 */
interface RowSpec<R, Row> {
  columns: readonly string[];
  toRow(personId: string, record: R): Row;
  fromValues(values: Values, strategies: StrategyUse[]): R;
}

const moments: RowSpec<Moment, MomentsTable> = {
  columns: [...BASE_COLUMNS, 'trigger_id', 'intensity', 'body_state', 'thought', 'followed_thought', 'recognized_early', 'handled_differently', 'settled_minutes'],
  toRow: (p, m) => {
    const row = baseToRow(p, m) as MomentsTable;
    row.trigger_id = m.triggerId;
    row.intensity = m.intensity;
    row.body_state = m.bodyState;
    row.thought = m.thought;
    row.followed_thought = boolOrNull(m.followedThought);
    row.recognized_early = bool(m.recognizedEarly);
    row.handled_differently = bool(m.handledDifferently);
    row.settled_minutes = m.settledMinutes;
    return row;
  },
  fromValues: (v, strategies) => {
    const m = baseFromValues(v) as Moment;
    m.triggerId = str(v[6]) as TriggerId;
    m.intensity = numV(v[7]);
    m.bodyState = strOrNull(v[8]) as BodyState | null;
    m.thought = strOrNull(v[9]);
    m.followedThought = fromBoolOrNull(numOrNullV(v[10]));
    m.recognizedEarly = numV(v[11]) !== 0;
    m.handledDifferently = numV(v[12]) !== 0;
    m.settledMinutes = numOrNullV(v[13]);
    m.strategies = strategies;
    return m;
  },
};

const checkins: RowSpec<Checkin, CheckinsTable> = {
  columns: [...BASE_COLUMNS, 'distress', 'mood', 'window_state', 'sleep_hours'],
  toRow: (p, c) => {
    const row = baseToRow(p, c) as CheckinsTable;
    row.distress = c.distress;
    row.mood = c.mood;
    row.window_state = c.windowState;
    row.sleep_hours = c.sleepHours;
    return row;
  },
  fromValues: (v) => {
    const c = baseFromValues(v) as Checkin;
    c.distress = numV(v[6]);
    c.mood = numOrNullV(v[7]);
    c.windowState = strOrNull(v[8]) as BodyState | null;
    c.sleepHours = numOrNullV(v[9]);
    return c;
  },
};

const practices: RowSpec<Practice, PracticesTable> = {
  columns: [...BASE_COLUMNS, 'kind', 'minutes'],
  toRow: (p, x) => {
    const row = baseToRow(p, x) as PracticesTable;
    row.kind = x.kind;
    row.minutes = x.minutes;
    return row;
  },
  fromValues: (v) => {
    const x = baseFromValues(v) as Practice;
    x.kind = str(v[6]);
    x.minutes = numOrNullV(v[7]);
    return x;
  },
};

const shifts: RowSpec<Shift, ShiftsTable> = {
  columns: [...BASE_COLUMNS, 'kind'],
  toRow: (p, x) => {
    const row = baseToRow(p, x) as ShiftsTable;
    row.kind = x.kind;
    return row;
  },
  fromValues: (v) => {
    const x = baseFromValues(v) as Shift;
    x.kind = str(v[6]) as ShiftKind;
    return x;
  },
};

/** A record from a row object (the Kysely path), through the same column order. */
export function fromRow<K extends EntryKind>(kind: K, row: object, strategies: StrategyUse[]): EntryByKind[K] {
  const spec = ENTRY_ROWS[kind];
  const r = row as Record<string, unknown>;
  return spec.fromValues(spec.columns.map((c) => r[c]), strategies) as EntryByKind[K];
}

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
