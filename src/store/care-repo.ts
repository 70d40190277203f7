/**
 * Queries for questionnaires, the safety plan, safety events and reminder rhythms.
 * KyselyRepo delegates to these, so repo.ts stays about the journal. JSON columns hold
 * only what the app wrote; a row that fails to parse is a bug, and throws.
 */
import type { Kysely, Transaction } from 'kysely';
import type { MeasureId, PersonId, SafetyEventId } from '../core/ids.js';
import type { InstrumentId } from '../core/measures/instrument.js';
import {
  emptySafetyPlan,
  type MeasureResponse,
  type MeasureSchedule,
  type MeasureSource,
  type SafetyEvent,
  type SafetyEventDetail,
  type SafetyPlan,
} from '../core/safety/records.js';
import { instantToMs, type IsoInstant } from '../core/time.js';
import { num } from './entry-rows.js';
import type { MeasureQuery, StoredMeasure } from './port.js';
import type { Database, MeasureResponsesTable, SafetyEventsTable } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const msOf = (instant: IsoInstant): number => {
  const ms = instantToMs(instant);
  if (ms === null) throw new RangeError(`not an instant: ${instant}`);
  return ms;
};

function measureFromRow(r: MeasureResponsesTable): MeasureResponse {
  return {
    id: r.id as MeasureId,
    instrument: r.instrument as InstrumentId,
    takenAt: r.taken_at,
    answers: JSON.parse(r.answers) as number[],
    source: r.source as MeasureSource,
    createdAt: r.created_at,
  };
}

function eventFromRow(r: SafetyEventsTable): SafetyEvent {
  return {
    id: r.id as SafetyEventId,
    occurredAt: r.occurred_at,
    detail: JSON.parse(r.detail) as SafetyEventDetail,
    acknowledgedAt: r.acknowledged_at,
  };
}

export async function insertMeasure(db: Db, personId: PersonId, m: MeasureResponse): Promise<void> {
  await db
    .insertInto('measure_responses')
    .values({
      id: m.id,
      person_id: personId,
      instrument: m.instrument,
      taken_at: m.takenAt,
      taken_ms: msOf(m.takenAt),
      answers: JSON.stringify(m.answers),
      source: m.source,
      created_at: m.createdAt,
    })
    .execute();
}

export async function getMeasure(db: Db, personId: PersonId, id: MeasureId): Promise<StoredMeasure | undefined> {
  const r = await db.selectFrom('measure_responses').selectAll().where('person_id', '=', personId).where('id', '=', id).executeTakeFirst();
  return r && { ...measureFromRow(r), deletedAt: r.deleted_at };
}

/**
 * Every read of results goes through here or getMeasure: reports, outcomes, reminders,
 * exports and FHIR leave out what the person deleted unless `deleted: 'include'` asks.
 */
export async function listMeasures(db: Db, personId: PersonId, query: MeasureQuery = {}): Promise<MeasureResponse[]> {
  let q = db.selectFrom('measure_responses').selectAll().where('person_id', '=', personId);
  if (query.instrument !== undefined) q = q.where('instrument', '=', query.instrument);
  if ((query.deleted ?? 'exclude') === 'exclude') q = q.where('deleted_at', 'is', null);
  const rows = await q.orderBy('taken_ms', 'asc').orderBy('id', 'asc').execute();
  return rows.map(measureFromRow);
}

export async function listDeletedMeasures(db: Db, personId: PersonId): Promise<StoredMeasure[]> {
  const rows = await db
    .selectFrom('measure_responses')
    .selectAll()
    .where('person_id', '=', personId)
    .where('deleted_at', 'is not', null)
    .orderBy('taken_ms', 'desc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map((r) => ({ ...measureFromRow(r), deletedAt: r.deleted_at }));
}

export async function setMeasureDeleted(db: Db, personId: PersonId, id: MeasureId, deletedAt: IsoInstant | null): Promise<boolean> {
  const r = await db.updateTable('measure_responses').set({ deleted_at: deletedAt }).where('person_id', '=', personId).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function getSafetyPlan(db: Db, personId: PersonId): Promise<SafetyPlan> {
  const r = await db.selectFrom('safety_plans').selectAll().where('person_id', '=', personId).executeTakeFirst();
  if (!r) return emptySafetyPlan();
  const saved = JSON.parse(r.plan) as Pick<SafetyPlan, 'steps' | 'mattersMost'>;
  return { ...emptySafetyPlan(), ...saved, steps: { ...emptySafetyPlan().steps, ...saved.steps }, updatedAt: r.updated_at };
}

export async function putSafetyPlan(db: Db, personId: PersonId, plan: SafetyPlan & { updatedAt: IsoInstant }): Promise<void> {
  const row = { plan: JSON.stringify({ steps: plan.steps, mattersMost: plan.mattersMost }), updated_at: plan.updatedAt };
  await db
    .insertInto('safety_plans')
    .values({ person_id: personId, ...row })
    .onConflict((oc) => oc.column('person_id').doUpdateSet(row))
    .execute();
}

export async function insertSafetyEvent(db: Db, personId: PersonId, e: SafetyEvent): Promise<void> {
  await db
    .insertInto('safety_events')
    .values({
      id: e.id,
      person_id: personId,
      occurred_at: e.occurredAt,
      occurred_ms: msOf(e.occurredAt),
      kind: e.detail.kind,
      detail: JSON.stringify(e.detail),
      acknowledged_at: e.acknowledgedAt,
    })
    .execute();
}

/** Newest first. */
export async function listSafetyEvents(db: Db, personId: PersonId): Promise<SafetyEvent[]> {
  const rows = await db
    .selectFrom('safety_events')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('occurred_ms', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => eventFromRow({ ...r, occurred_ms: num(r.occurred_ms) }));
}

export async function acknowledgeSafetyEvent(db: Db, personId: PersonId, id: SafetyEventId, at: IsoInstant): Promise<boolean> {
  const r = await db
    .updateTable('safety_events')
    .set({ acknowledged_at: at })
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function listSchedules(db: Db, personId: PersonId): Promise<MeasureSchedule[]> {
  const rows = await db.selectFrom('measure_schedules').selectAll().where('person_id', '=', personId).orderBy('instrument').execute();
  return rows.map((r) => ({ instrument: r.instrument as InstrumentId, everyDays: num(r.every_days) }));
}

export async function putSchedule(db: Db, personId: PersonId, s: MeasureSchedule): Promise<void> {
  await db
    .insertInto('measure_schedules')
    .values({ person_id: personId, instrument: s.instrument, every_days: s.everyDays })
    .onConflict((oc) => oc.columns(['person_id', 'instrument']).doUpdateSet({ every_days: s.everyDays }))
    .execute();
}

export async function deleteSchedule(db: Db, personId: PersonId, instrument: InstrumentId): Promise<boolean> {
  const r = await db.deleteFrom('measure_schedules').where('person_id', '=', personId).where('instrument', '=', instrument).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
