/**
 * The Kysely implementation of StoreTx, shared by the SQLite and PostgreSQL adapters.
 * Every query is scoped by person_id: a record of one person is never visible to another.
 */
import type { Kysely, Transaction } from 'kysely';
import type { EntryId, MeasureId, PersonId, SafetyEventId, StrategyId, TriggerId } from '../core/ids.js';
import type { InstrumentId } from '../core/measures/instrument.js';
import type { MeasureResponse, MeasureSchedule, SafetyEvent, SafetyPlan } from '../core/safety/records.js';
import * as care from './care-repo.js';
import { listMomentFacts } from './moment-facts.js';
import type { MomentFact } from '../core/insight/input.js';
import type { EntryByKind, Moment, Person, Strategy, StrategyUse, Trigger } from '../core/records.js';
import type { IsoInstant } from '../core/time.js';
import type { EntryKind, StrategyFunction, StrategyRole } from '../core/vocabulary.js';
import { nameKey } from '../core/names.js';
import { instantToMs } from '../core/time.js';
import { ENTRY_ROWS, bool, boolOrNull, fromRow, num, strategyUseFromRow } from './entry-rows.js';
import type {
  EntryCounts,
  EntryQuery,
  MeasureQuery,
  MomentFactQuery,
  PersonPatch,
  PreparedEntries,
  StoredMeasure,
  StoreTx,
  StrategyPatch,
  StrategyWithUse,
  TriggerMomentCount,
  TriggerWithUse,
} from './port.js';
import { prepareEntries, preparedRows } from './prepared-entries.js';
import type { Database, StrategiesTable } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The four entry tables share their common columns (schema.ts `EntryColumns`), which is
 * all the generic queries below touch; typing them as one representative table lets
 * Kysely check those column names without a per-kind copy of every query.
 */
const asTable = (kind: EntryKind) => kind as 'checkins';

export { nameKey };

function strategyFromRow(r: StrategiesTable): Strategy {
  return {
    id: r.id as StrategyId,
    name: r.name,
    role: r.role as StrategyRole,
    function: r.function as StrategyFunction,
    archived: num(r.archived) !== 0,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export class KyselyRepo implements StoreTx {
  constructor(protected readonly db: Db) {}

  async getPerson(id: PersonId): Promise<Person | undefined> {
    const r = await this.db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
    return (
      r && {
        id: r.id as PersonId,
        displayName: r.display_name,
        country: r.country,
        createdAt: r.created_at,
        therapyStartedOn: r.therapy_started_on,
        therapyStartAskedAt: r.therapy_start_asked_at,
        welcomedAt: r.welcomed_at,
      }
    );
  }

  async insertPerson(p: Person): Promise<void> {
    await this.db
      .insertInto('persons')
      .values({
        id: p.id,
        display_name: p.displayName,
        country: p.country,
        created_at: p.createdAt,
        therapy_started_on: p.therapyStartedOn ?? null,
        therapy_start_asked_at: p.therapyStartAskedAt ?? null,
        welcomed_at: p.welcomedAt ?? null,
      })
      .execute();
  }

  async updatePerson(id: PersonId, patch: PersonPatch): Promise<void> {
    await this.db
      .updateTable('persons')
      .set({
        ...(patch.displayName !== undefined && { display_name: patch.displayName }),
        ...(patch.country !== undefined && { country: patch.country }),
        ...(patch.therapyStartedOn !== undefined && { therapy_started_on: patch.therapyStartedOn }),
        ...(patch.therapyStartAskedAt !== undefined && { therapy_start_asked_at: patch.therapyStartAskedAt }),
        ...(patch.welcomedAt !== undefined && { welcomed_at: patch.welcomedAt }),
      })
      .where('id', '=', id)
      .execute();
  }

  async listTriggers(personId: PersonId): Promise<TriggerWithUse[]> {
    // Correlated subqueries use the moments_trigger index; a join + GROUP BY scanned every moment.
    const rows = await this.db
      .selectFrom('triggers as t')
      .select((eb) => [
        't.id',
        't.name',
        't.created_at',
        eb
          .selectFrom('moments as m')
          .select(eb.fn.countAll<number | string>().as('n'))
          .whereRef('m.trigger_id', '=', 't.id')
          .where('m.deleted_at', 'is', null)
          .as('uses'),
        eb
          .selectFrom('moments as m')
          .select('m.occurred_at')
          .whereRef('m.trigger_id', '=', 't.id')
          .where('m.deleted_at', 'is', null)
          .orderBy('m.occurred_ms', 'desc')
          .limit(1)
          .as('last_used_at'),
      ])
      .where('t.person_id', '=', personId)
      .execute();
    return rows
      .map((r) => ({
        id: r.id as TriggerId,
        name: r.name,
        createdAt: r.created_at,
        uses: num(r.uses ?? 0),
        lastUsedAt: r.last_used_at ?? null,
      }))
      .sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name));
  }

  async getTrigger(personId: PersonId, id: TriggerId): Promise<Trigger | undefined> {
    const r = await this.db
      .selectFrom('triggers')
      .select(['id', 'name', 'created_at'])
      .where('person_id', '=', personId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && { id: r.id as TriggerId, name: r.name, createdAt: r.created_at };
  }

  async findTriggerByName(personId: PersonId, name: string): Promise<Trigger | undefined> {
    const r = await this.db
      .selectFrom('triggers')
      .select(['id', 'name', 'created_at'])
      .where('person_id', '=', personId)
      .where('name_key', '=', nameKey(name))
      .executeTakeFirst();
    return r && { id: r.id as TriggerId, name: r.name, createdAt: r.created_at };
  }

  async insertTrigger(personId: PersonId, t: Trigger): Promise<void> {
    await this.db
      .insertInto('triggers')
      .values({ id: t.id, person_id: personId, name: t.name, name_key: nameKey(t.name), created_at: t.createdAt })
      .execute();
  }

  async renameTrigger(personId: PersonId, id: TriggerId, name: string): Promise<void> {
    await this.db
      .updateTable('triggers')
      .set({ name, name_key: nameKey(name) })
      .where('person_id', '=', personId)
      .where('id', '=', id)
      .execute();
  }

  async deleteUnusedTrigger(personId: PersonId, id: TriggerId): Promise<boolean> {
    // Recently deleted moments count: restoring one must find its trigger (and the foreign key insists).
    const used = await this.db.selectFrom('moments').select('id').where('trigger_id', '=', id).executeTakeFirst();
    if (used) return false;
    const r = await this.db.deleteFrom('triggers').where('person_id', '=', personId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async countTriggerMoments(personId: PersonId, id: TriggerId): Promise<TriggerMomentCount> {
    const count = async (deleted: boolean) => {
      const r = await this.db
        .selectFrom('moments')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('person_id', '=', personId)
        .where('trigger_id', '=', id)
        .where('deleted_at', deleted ? 'is not' : 'is', null)
        .executeTakeFirstOrThrow();
      return num(r.n);
    };
    return { live: await count(false), deleted: await count(true) };
  }

  async mergeTrigger(personId: PersonId, from: TriggerId, into: TriggerId): Promise<number> {
    const moved = await this.db
      .updateTable('moments')
      .set({ trigger_id: into })
      .where('person_id', '=', personId)
      .where('trigger_id', '=', from)
      .executeTakeFirst();
    await this.db.deleteFrom('triggers').where('person_id', '=', personId).where('id', '=', from).execute();
    return Number(moved.numUpdatedRows);
  }

  async listStrategies(personId: PersonId): Promise<StrategyWithUse[]> {
    const rows = await this.db
      .selectFrom('strategies as s')
      .selectAll('s')
      .select((eb) =>
        eb
          .selectFrom('moment_strategies as ms')
          // Moments in "recently deleted" count nowhere: not in uses, nor in the toolkit's most-used order.
          .innerJoin('moments as m', 'm.id', 'ms.moment_id')
          .select(eb.fn.countAll<number | string>().as('n'))
          .whereRef('ms.strategy_id', '=', 's.id')
          .where('m.deleted_at', 'is', null)
          .as('uses'),
      )
      .where('s.person_id', '=', personId)
      .orderBy('s.created_at')
      .orderBy('s.name')
      .execute();
    return rows.map((r) => Object.assign(strategyFromRow(r), { uses: num(r.uses ?? 0) }));
  }

  async getStrategy(personId: PersonId, id: StrategyId): Promise<Strategy | undefined> {
    const r = await this.db
      .selectFrom('strategies')
      .selectAll()
      .where('person_id', '=', personId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && strategyFromRow(r);
  }

  async findStrategyByName(personId: PersonId, name: string): Promise<Strategy | undefined> {
    const r = await this.db
      .selectFrom('strategies')
      .selectAll()
      .where('person_id', '=', personId)
      .where('name_key', '=', nameKey(name))
      .executeTakeFirst();
    return r && strategyFromRow(r);
  }

  async insertStrategy(personId: PersonId, s: Strategy): Promise<void> {
    await this.db
      .insertInto('strategies')
      .values({
        id: s.id,
        person_id: personId,
        name: s.name,
        name_key: nameKey(s.name),
        role: s.role,
        function: s.function,
        archived: bool(s.archived),
        created_at: s.createdAt,
        updated_at: s.updatedAt,
      })
      .execute();
  }

  async updateStrategy(personId: PersonId, id: StrategyId, patch: StrategyPatch): Promise<void> {
    await this.db
      .updateTable('strategies')
      .set({
        ...(patch.name !== undefined && { name: patch.name, name_key: nameKey(patch.name) }),
        ...(patch.role !== undefined && { role: patch.role }),
        ...(patch.function !== undefined && { function: patch.function }),
        ...(patch.archived !== undefined && { archived: bool(patch.archived) }),
        ...(patch.updatedAt !== undefined && { updated_at: patch.updatedAt }),
      })
      .where('person_id', '=', personId)
      .where('id', '=', id)
      .execute();
  }

  async deleteUnusedStrategy(personId: PersonId, id: StrategyId): Promise<boolean> {
    const used = await this.db
      .selectFrom('moment_strategies')
      .select('moment_id')
      .where('strategy_id', '=', id)
      .executeTakeFirst();
    if (used) return false;
    const r = await this.db
      .deleteFrom('strategies')
      .where('person_id', '=', personId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async insertEntry<K extends EntryKind>(kind: K, personId: PersonId, entry: EntryByKind[K]): Promise<void> {
    const row = ENTRY_ROWS[kind].toRow(personId, entry);
    await this.db.insertInto(asTable(kind)).values(row as never).execute();
    if (kind === 'moments') await this.insertStrategyUses(entry as Moment);
  }

  prepareEntries<K extends EntryKind>(kind: K, personId: PersonId, entries: readonly EntryByKind[K][]): PreparedEntries<K> {
    return prepareEntries(kind, personId, entries);
  }

  /** Many rows per INSERT, so a 100,000-moment import is ~200 statements, not 175,000. */
  async insertEntries(prepared: PreparedEntries): Promise<void> {
    const { kind, columns, values, uses } = preparedRows(prepared);
    // Under both engines' limits on bound parameters (PostgreSQL 65,535; moments have 17 columns).
    const CHUNK = 1000;
    const objects = (rows: readonly (readonly unknown[])[], names: readonly string[]) =>
      rows.map((v) => Object.fromEntries(names.map((c, i) => [c, v[i]])));
    for (let i = 0; i < values.length; i += CHUNK) {
      await this.db.insertInto(asTable(kind)).values(objects(values.slice(i, i + CHUNK), columns) as never).execute();
    }
    const useRows = uses.flat();
    for (let i = 0; i < useRows.length; i += CHUNK) {
      const chunk = objects(useRows.slice(i, i + CHUNK), ['moment_id', 'strategy_id', 'position', 'helped']);
      await this.db.insertInto('moment_strategies').values(chunk as never).execute();
    }
  }

  async listEntryIds(kind: EntryKind, personId: PersonId): Promise<EntryId[]> {
    const rows = await this.db.selectFrom(asTable(kind)).select('id').where('person_id', '=', personId).execute();
    return rows.map((r) => r.id as EntryId);
  }

  async replaceEntry<K extends EntryKind>(kind: K, personId: PersonId, entry: EntryByKind[K]): Promise<void> {
    const { id, person_id: _p, ...rest } = ENTRY_ROWS[kind].toRow(personId, entry);
    await this.db
      .updateTable(asTable(kind))
      .set(rest as never)
      .where('person_id', '=', personId)
      .where('id', '=', id)
      .execute();
    if (kind === 'moments') {
      await this.db.deleteFrom('moment_strategies').where('moment_id', '=', id).execute();
      await this.insertStrategyUses(entry as Moment);
    }
  }

  private async insertStrategyUses(m: Moment): Promise<void> {
    if (m.strategies.length === 0) return;
    await this.db
      .insertInto('moment_strategies')
      .values(
        m.strategies.map((s, position) => ({
          moment_id: m.id,
          strategy_id: s.strategyId,
          position,
          helped: boolOrNull(s.helped),
        })),
      )
      .execute();
  }

  async getEntry<K extends EntryKind>(kind: K, personId: PersonId, id: EntryId): Promise<EntryByKind[K] | undefined> {
    const [entry] = await this.selectEntries(kind, personId, { deleted: 'include' }, id);
    return entry;
  }

  async listEntries<K extends EntryKind>(kind: K, personId: PersonId, query: EntryQuery = {}): Promise<EntryByKind[K][]> {
    return this.selectEntries(kind, personId, query);
  }

  async listMomentFacts(personId: PersonId, query: MomentFactQuery): Promise<MomentFact[]> {
    return listMomentFacts(this.db, personId, query);
  }

  private async selectEntries<K extends EntryKind>(
    kind: K,
    personId: PersonId,
    query: EntryQuery,
    id?: EntryId,
  ): Promise<EntryByKind[K][]> {
    let q = this.db.selectFrom(asTable(kind)).where('person_id', '=', personId);
    if (id !== undefined) q = q.where('id', '=', id);
    if (query.since) q = q.where('local_day', '>=', query.since);
    if (query.until) q = q.where('local_day', '<=', query.until);
    const deleted = query.deleted ?? 'exclude';
    if (deleted === 'exclude') q = q.where('deleted_at', 'is', null);
    if (deleted === 'only') q = q.where('deleted_at', 'is not', null);
    q = q.orderBy('occurred_ms', 'desc').orderBy('id');
    if (query.limit !== undefined) q = q.limit(query.limit);
    const rows = await q.selectAll().execute();
    if (kind !== 'moments' || rows.length === 0) {
      return rows.map((r) => fromRow(kind, r, []));
    }
    const uses = await this.strategyUsesFor(rows.map((r) => r.id));
    return rows.map((r) => fromRow(kind, r, uses.get(r.id) ?? []));
  }

  private async strategyUsesFor(momentIds: string[]): Promise<Map<string, StrategyUse[]>> {
    const byMoment = new Map<string, StrategyUse[]>();
    const CHUNK = 500; // keeps each IN list far below either engine's parameter limit
    for (let i = 0; i < momentIds.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('moment_strategies')
        .select(['moment_id', 'strategy_id', 'helped', 'position'])
        .where('moment_id', 'in', momentIds.slice(i, i + CHUNK))
        .orderBy('moment_id')
        .orderBy('position')
        .execute();
      for (const r of rows) {
        const list = byMoment.get(r.moment_id) ?? [];
        list.push(strategyUseFromRow(r));
        byMoment.set(r.moment_id, list);
      }
    }
    return byMoment;
  }

  async setEntryDeleted(kind: EntryKind, personId: PersonId, id: EntryId, deletedAt: IsoInstant | null): Promise<boolean> {
    const r = await this.db
      .updateTable(asTable(kind))
      .set({ deleted_at: deletedAt })
      .where('person_id', '=', personId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async purgeDeleted(before: IsoInstant): Promise<number> {
    // deleted_at keeps the offset it was written with, so compare instants, not text.
    const cutoff = instantToMs(before) ?? Number.NEGATIVE_INFINITY;
    let purged = 0;
    // Questionnaire results share the entries' "recently deleted" (same column, same 30 days).
    for (const kind of ['moments', 'checkins', 'practices', 'shifts', 'measure_responses'] as const) {
      const deleted = await this.db
        .selectFrom(kind === 'measure_responses' ? kind : asTable(kind))
        .select(['id', 'deleted_at'])
        .where('deleted_at', 'is not', null)
        .execute();
      const expired = deleted.filter((r) => (instantToMs(r.deleted_at ?? '') ?? Number.POSITIVE_INFINITY) < cutoff).map((r) => r.id);
      for (let i = 0; i < expired.length; i += 500) {
        const r = await this.db
          .deleteFrom(kind === 'measure_responses' ? kind : asTable(kind))
          .where('id', 'in', expired.slice(i, i + 500))
          .executeTakeFirst();
        purged += Number(r.numDeletedRows);
      }
    }
    return purged;
  }

  async countEntries(personId: PersonId): Promise<EntryCounts> {
    const counts: EntryCounts = { moments: 0, checkins: 0, practices: 0, shifts: 0 };
    for (const kind of ['moments', 'checkins', 'practices', 'shifts'] as const) {
      const r = await this.db
        .selectFrom(asTable(kind))
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('person_id', '=', personId)
        .executeTakeFirstOrThrow();
      counts[kind] = num(r.n);
    }
    return counts;
  }

  async clearToolkitAndTriggers(personId: PersonId): Promise<void> {
    await this.db.deleteFrom('strategies').where('person_id', '=', personId).execute();
    await this.db.deleteFrom('triggers').where('person_id', '=', personId).execute();
  }

  insertMeasure(personId: PersonId, measure: MeasureResponse): Promise<void> {
    return care.insertMeasure(this.db, personId, measure);
  }
  getMeasure(personId: PersonId, id: MeasureId): Promise<StoredMeasure | undefined> {
    return care.getMeasure(this.db, personId, id);
  }
  listMeasures(personId: PersonId, query?: MeasureQuery): Promise<MeasureResponse[]> {
    return care.listMeasures(this.db, personId, query);
  }
  listDeletedMeasures(personId: PersonId): Promise<StoredMeasure[]> {
    return care.listDeletedMeasures(this.db, personId);
  }
  setMeasureDeleted(personId: PersonId, id: MeasureId, deletedAt: IsoInstant | null): Promise<boolean> {
    return care.setMeasureDeleted(this.db, personId, id, deletedAt);
  }
  getSafetyPlan(personId: PersonId): Promise<SafetyPlan> {
    return care.getSafetyPlan(this.db, personId);
  }
  putSafetyPlan(personId: PersonId, plan: SafetyPlan & { updatedAt: IsoInstant }): Promise<void> {
    return care.putSafetyPlan(this.db, personId, plan);
  }
  insertSafetyEvent(personId: PersonId, event: SafetyEvent): Promise<void> {
    return care.insertSafetyEvent(this.db, personId, event);
  }
  listSafetyEvents(personId: PersonId): Promise<SafetyEvent[]> {
    return care.listSafetyEvents(this.db, personId);
  }
  acknowledgeSafetyEvent(personId: PersonId, id: SafetyEventId, at: IsoInstant): Promise<boolean> {
    return care.acknowledgeSafetyEvent(this.db, personId, id, at);
  }
  listSchedules(personId: PersonId): Promise<MeasureSchedule[]> {
    return care.listSchedules(this.db, personId);
  }
  putSchedule(personId: PersonId, schedule: MeasureSchedule): Promise<void> {
    return care.putSchedule(this.db, personId, schedule);
  }
  deleteSchedule(personId: PersonId, instrument: InstrumentId): Promise<boolean> {
    return care.deleteSchedule(this.db, personId, instrument);
  }
}
