/**
 * What an import of a checked file will write, worked out before its transaction. A long
 * import holds the journal's write lock from its first write to its commit, and meanwhile
 * nobody else can log anything (another process waits, then is told "busy"); so new ids,
 * name matching and every entry's rows are made here, outside the lock, against the
 * journal as it was just read. The transaction reads that state again and plans anew only
 * if someone changed it in between (docs/PERFORMANCE.md, "Logging during a long import").
 */
import type { CompleteExportFile } from '../../contracts/export-format.js';
import type { EntryId, PersonId, StrategyId, TriggerId } from '../../core/ids.js';
import { nameKey } from '../../core/names.js';
import type { Moment, Person, Strategy, Trigger } from '../../core/records.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { PreparedEntries, StoreTx } from '../../store/port.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { isStartingToolkit } from '../toolkit/stillAsStarted.js';

/** What of the journal decides how the file's names map to ids. */
export interface JournalState {
  /** The file's toolkit, triggers and settings replace the journal's (see importJournal). */
  replace: boolean;
  /** Name key → id of what stays (nothing when replaced). */
  strategies: ReadonlyMap<string, StrategyId>;
  triggers: ReadonlyMap<string, TriggerId>;
}

export interface ImportPlan {
  state: JournalState;
  /** Strategies and triggers to add, with new ids. */
  strategies: Strategy[];
  triggers: Trigger[];
  /** Every entry of the file as rows; the ones already present are left out in the transaction. */
  entries: { [K in EntryKind]: PreparedEntries<K> };
}

export async function readJournalState(tx: StoreTx, personId: PersonId, file: CompleteExportFile): Promise<JournalState> {
  const counts = await tx.countEntries(personId);
  const empty = counts.moments + counts.checkins + counts.practices + counts.shifts === 0;
  const [strategies, triggers] = await Promise.all([tx.listStrategies(personId), tx.listTriggers(personId)]);
  const replace = empty && isStartingToolkit(strategies, triggers) && !holdsAlready(await tx.getPerson(personId), strategies, triggers, file);
  return {
    replace,
    strategies: new Map(replace ? [] : strategies.map((s) => [nameKey(s.name), s.id])),
    triggers: new Map(replace ? [] : triggers.map((t) => [nameKey(t.name), t.id])),
  };
}

export function sameState(a: JournalState, b: JournalState): boolean {
  const same = <T>(x: ReadonlyMap<string, T>, y: ReadonlyMap<string, T>) => x.size === y.size && [...x].every(([k, v]) => y.get(k) === v);
  return a.replace === b.replace && same(a.strategies, b.strategies) && same(a.triggers, b.triggers);
}

/** Pure but for new ids: nothing is read or written. */
export function planImport(deps: Deps, personId: PersonId, file: CompleteExportFile, state: JournalState): ImportPlan {
  const strategyIds = new Map(state.strategies);
  const strategies: Strategy[] = [];
  for (const s of file.toolkit) {
    if (strategyIds.has(nameKey(s.name))) continue;
    const id = deps.newId() as StrategyId;
    strategies.push({ id, ...s });
    strategyIds.set(nameKey(s.name), id);
  }
  const triggerIds = new Map(state.triggers);
  const triggers: Trigger[] = [];
  for (const t of file.triggers) {
    if (triggerIds.has(nameKey(t.name))) continue;
    const id = deps.newId() as TriggerId;
    triggers.push({ id, ...t });
    triggerIds.set(nameKey(t.name), id);
  }
  const strategyOf = lookup(strategyIds);
  const triggerOf = lookup(triggerIds);
  const { store } = deps;
  return {
    state,
    strategies,
    triggers,
    entries: {
      moments: store.prepareEntries(
        'moments',
        personId,
        // Field by field: a rest-and-spread copy is V8's slow path, ~1/8 of the whole import's time.
        file.moments.map(
          (m): Moment => ({
            id: m.id as EntryId,
            occurredAt: m.occurredAt,
            triggerId: triggerOf(m.trigger),
            intensity: m.intensity,
            bodyState: m.bodyState,
            thought: m.thought,
            followedThought: m.followedThought,
            recognizedEarly: m.recognizedEarly,
            handledDifferently: m.handledDifferently,
            settledMinutes: m.settledMinutes,
            strategies: m.strategies.map((s) => ({ strategyId: strategyOf(s.name), helped: s.helped })),
            note: m.note,
            createdAt: m.createdAt,
            updatedAt: m.updatedAt,
            deletedAt: null,
          }),
        ),
      ),
      checkins: store.prepareEntries('checkins', personId, file.checkins.map((c) => ({ ...c, id: c.id as EntryId, deletedAt: null }))),
      practices: store.prepareEntries('practices', personId, file.practices.map((p) => ({ ...p, id: p.id as EntryId, deletedAt: null }))),
      shifts: store.prepareEntries('shifts', personId, file.shifts.map((s) => ({ ...s, id: s.id as EntryId, deletedAt: null }))),
    },
  };
}

/** Finds a name's id, remembering each name as written: a file repeats a few names many times. */
function lookup<T>(ids: ReadonlyMap<string, T>): (name: string) => T {
  const seen = new Map<string, T>();
  return (name) => {
    let found = seen.get(name);
    if (found === undefined) {
      found = ids.get(nameKey(name));
      if (found === undefined) throw new AppError('import_invalid', `"${name}" was checked but not found`);
      seen.set(name, found);
    }
    return found;
  };
}

/**
 * True when the journal's toolkit, triggers and settings are already exactly the file's.
 * The safety plan plays no part: it is taken only while never saved, so a second import
 * of the same file keeps the plan the first one brought, whatever this returns.
 */
function holdsAlready(person: Person | undefined, strategies: readonly Strategy[], triggers: readonly Trigger[], file: CompleteExportFile): boolean {
  if (!person || person.displayName !== file.person.displayName || person.country !== file.person.country) return false;
  if ((person.therapyStartedOn ?? undefined) !== file.person.therapyStartedOn) return false;
  const key = (o: object) => JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  const sameSet = (a: object[], b: object[]) => {
    if (a.length !== b.length) return false;
    const left = a.map(key).sort();
    const right = b.map(key).sort();
    return left.every((k, i) => k === right[i]);
  };
  return (
    sameSet(
      strategies.map(({ name, role, function: fn, archived, createdAt, updatedAt }) => ({ name, role, function: fn, archived, createdAt, updatedAt })),
      file.toolkit,
    ) && sameSet(triggers.map(({ name, createdAt }) => ({ name, createdAt })), file.triggers)
  );
}
