/**
 * The Store port: everything the use-cases need from persistence, and nothing about
 * which engine provides it. One adapter per engine (sqlite.ts, postgres.ts) shares the
 * Kysely implementation in repo.ts; store.contract.ts holds the suite both must pass.
 */
import type { EntryId, MeasureId, PersonId, SafetyEventId, StrategyId, TriggerId } from '../core/ids.js';
import type { MomentFact } from '../core/insight/input.js';
import type { InstrumentId } from '../core/measures/instrument.js';
import type { MeasureResponse, MeasureSchedule, SafetyEvent, SafetyPlan } from '../core/safety/records.js';
import type { EntryByKind, Moment, Person, Strategy, Trigger } from '../core/records.js';
import type { CalendarDay, IsoInstant } from '../core/time.js';
import type { EntryKind } from '../core/vocabulary.js';

export type Dialect = 'sqlite' | 'postgres';

export interface EntryQuery {
  since?: CalendarDay | undefined;
  until?: CalendarDay | undefined;
  limit?: number | undefined;
  /** `exclude` (default) hides recently deleted entries; `only` lists just those. */
  deleted?: 'exclude' | 'only' | 'include' | undefined;
}

/** Which moments the insight report reads (listMomentFacts). */
export interface MomentFactQuery {
  since?: CalendarDay | undefined;
  until?: CalendarDay | undefined;
  triggerId?: TriggerId | undefined;
}

export interface TriggerWithUse extends Trigger {
  uses: number;
  lastUsedAt: IsoInstant | null;
}

export interface StrategyWithUse extends Strategy {
  /** Live moments that used it (not those in "recently deleted"), as a trigger's uses. */
  uses: number;
}

export type StrategyPatch = { [K in 'name' | 'role' | 'function' | 'archived' | 'updatedAt']?: Strategy[K] | undefined };

export interface MeasureQuery {
  instrument?: InstrumentId | undefined;
  /** `exclude` (default) hides results in "recently deleted"; `include` lists them too. */
  deleted?: 'exclude' | 'include' | undefined;
}

/** A questionnaire result as kept, with when it was moved to "recently deleted" (null: it was not). */
export interface StoredMeasure extends MeasureResponse {
  deletedAt: IsoInstant | null;
}

/** How many moments name a trigger: live ones, and ones in "recently deleted". */
export interface TriggerMomentCount {
  live: number;
  deleted: number;
}

export interface EntryCounts {
  moments: number;
  checkins: number;
  practices: number;
  shifts: number;
}

/**
 * Entries of one kind already made into rows (Store.prepareEntries), for insertEntries.
 * Opaque: only the store that made it reads its rows.
 */
export interface PreparedEntries<K extends EntryKind = EntryKind> {
  readonly kind: K;
  readonly personId: PersonId;
  /** The entries' ids, in the order they were given. */
  readonly ids: readonly EntryId[];
  /** The same rows, less the entries whose id is in `ids`. */
  without(ids: ReadonlySet<string>): PreparedEntries<K>;
}

/** The settings a person can change; an absent field is left as it is. */
export type PersonPatch = Partial<Pick<Person, 'displayName' | 'country' | 'therapyStartedOn' | 'therapyStartAskedAt' | 'welcomedAt'>>;

/** Reads and writes inside one transaction (or, for reads, outside any). */
export interface StoreTx {
  getPerson(id: PersonId): Promise<Person | undefined>;
  insertPerson(person: Person): Promise<void>;
  updatePerson(id: PersonId, patch: PersonPatch): Promise<void>;

  listTriggers(personId: PersonId): Promise<TriggerWithUse[]>;
  getTrigger(personId: PersonId, id: TriggerId): Promise<Trigger | undefined>;
  findTriggerByName(personId: PersonId, name: string): Promise<Trigger | undefined>;
  insertTrigger(personId: PersonId, trigger: Trigger): Promise<void>;
  renameTrigger(personId: PersonId, id: TriggerId, name: string): Promise<void>;
  /** Deletes a trigger no moment names, recently deleted ones included; false when one does. */
  deleteUnusedTrigger(personId: PersonId, id: TriggerId): Promise<boolean>;
  countTriggerMoments(personId: PersonId, id: TriggerId): Promise<TriggerMomentCount>;
  /**
   * Moves every moment of `from` (recently deleted ones too) to `into`, then deletes `from`.
   * Returns how many moments moved. Both must be the person's; the caller checks.
   */
  mergeTrigger(personId: PersonId, from: TriggerId, into: TriggerId): Promise<number>;

  listStrategies(personId: PersonId): Promise<StrategyWithUse[]>;
  getStrategy(personId: PersonId, id: StrategyId): Promise<Strategy | undefined>;
  findStrategyByName(personId: PersonId, name: string): Promise<Strategy | undefined>;
  insertStrategy(personId: PersonId, strategy: Strategy): Promise<void>;
  updateStrategy(personId: PersonId, id: StrategyId, patch: StrategyPatch): Promise<void>;
  /** Deletes a strategy no moment uses; false when it is in use (archive it instead). */
  deleteUnusedStrategy(personId: PersonId, id: StrategyId): Promise<boolean>;

  insertEntry<K extends EntryKind>(kind: K, personId: PersonId, entry: EntryByKind[K]): Promise<void>;
  /**
   * Inserts entries made into rows beforehand (Store.prepareEntries): all of them, or, if
   * one cannot be inserted, it throws and the transaction is to be undone. For long imports,
   * whose transaction (and so the write lock) should hold only the writing itself.
   */
  insertEntries(prepared: PreparedEntries): Promise<void>;
  /** The ids of a person's entries of one kind, recently deleted ones too, in no set order. */
  listEntryIds(kind: EntryKind, personId: PersonId): Promise<EntryId[]>;
  /** Replaces every field of an existing entry (moments: its strategies too). */
  replaceEntry<K extends EntryKind>(kind: K, personId: PersonId, entry: EntryByKind[K]): Promise<void>;
  getEntry<K extends EntryKind>(kind: K, personId: PersonId, id: EntryId): Promise<EntryByKind[K] | undefined>;
  /** Newest first. */
  listEntries<K extends EntryKind>(kind: K, personId: PersonId, query?: EntryQuery): Promise<EntryByKind[K][]>;
  /** Live moments reduced to what the insight engine reads, oldest first (store/moment-facts.ts). */
  listMomentFacts(personId: PersonId, query: MomentFactQuery): Promise<MomentFact[]>;
  setEntryDeleted(kind: EntryKind, personId: PersonId, id: EntryId, deletedAt: IsoInstant | null): Promise<boolean>;
  /** Removes for good what has sat in "recently deleted" since before `before`: entries and questionnaire results. */
  purgeDeleted(before: IsoInstant): Promise<number>;
  countEntries(personId: PersonId): Promise<EntryCounts>;
  /** Clears a person's toolkit and triggers; only valid while no entry refers to them. */
  clearToolkitAndTriggers(personId: PersonId): Promise<void>;

  insertMeasure(personId: PersonId, measure: MeasureResponse): Promise<void>;
  /** One result, recently deleted or not. */
  getMeasure(personId: PersonId, id: MeasureId): Promise<StoredMeasure | undefined>;
  /** Oldest first (by when they were taken); results in "recently deleted" only on request. */
  listMeasures(personId: PersonId, query?: MeasureQuery): Promise<MeasureResponse[]>;
  /** Results in "recently deleted", most recently taken first (as entries are listed). */
  listDeletedMeasures(personId: PersonId): Promise<StoredMeasure[]>;
  /** Moves a result to "recently deleted" (an instant) or back (null); false when there is no such result. */
  setMeasureDeleted(personId: PersonId, id: MeasureId, deletedAt: IsoInstant | null): Promise<boolean>;

  /** The saved plan, or an empty one (updatedAt null) if none was saved yet. */
  getSafetyPlan(personId: PersonId): Promise<SafetyPlan>;
  putSafetyPlan(personId: PersonId, plan: SafetyPlan & { updatedAt: IsoInstant }): Promise<void>;
  insertSafetyEvent(personId: PersonId, event: SafetyEvent): Promise<void>;
  /** Newest first. */
  listSafetyEvents(personId: PersonId): Promise<SafetyEvent[]>;
  /** False when there is no such event or it was already acknowledged. */
  acknowledgeSafetyEvent(personId: PersonId, id: SafetyEventId, at: IsoInstant): Promise<boolean>;

  listSchedules(personId: PersonId): Promise<MeasureSchedule[]>;
  /** Adds or replaces the rhythm for one instrument. */
  putSchedule(personId: PersonId, schedule: MeasureSchedule): Promise<void>;
  deleteSchedule(personId: PersonId, instrument: InstrumentId): Promise<boolean>;
}

export interface Store extends StoreTx {
  readonly dialect: Dialect;
  /**
   * Turns entries into the rows insertEntries writes, without touching the database, so a
   * caller can do it before its transaction. Throws as insertEntry would for an entry that
   * cannot be stored (an occurredAt that is not an instant).
   */
  prepareEntries<K extends EntryKind>(kind: K, personId: PersonId, entries: readonly EntryByKind[K][]): PreparedEntries<K>;
  /**
   * Runs `work` in one transaction: all of it is committed durably before the promise
   * resolves, or none of it is. Adapters may commit several callers' work together
   * (group commit); each caller's work still succeeds or fails on its own.
   *
   * `work` may run more than once: an adapter may undo a whole group and run it again
   * when one caller's work fails. So work must change nothing outside the transaction
   * except what it returns (ids, clocks and fresh objects are fine; pushing to an outside
   * list or counting in an outside variable is not).
   */
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type { Moment };

/**
 * What went wrong with the storage itself, each with its own words (storage-errors.ts):
 * `database_busy` is retryable (another process holds the write lock); the others need
 * the person to act (free space, fix permissions, restore from an export).
 */
export type StorageFault = 'database_busy' | 'storage_full' | 'storage_read_only' | 'storage_denied' | 'database_damaged' | 'database_empty';

/** Raised by adapters for conditions the app reports to people. */
export class StoreError extends Error {
  constructor(
    readonly code: 'database_too_new' | 'unique_violation' | StorageFault,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
