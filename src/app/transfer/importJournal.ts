/**
 * Imports a Headway export, all or nothing: the file is checked whole first, and its
 * problems are reported with their paths (the first 100, and how many there are in all);
 * then everything is written in one transaction.
 *
 * Into an empty journal (no entries yet) whose toolkit is still the one Headway started
 * with, the file's toolkit, triggers and settings replace the starting ones, so export →
 * import → export gives the same file (and an
 * empty journal that already holds exactly the file's toolkit, triggers and settings is
 * left as it is, so importing the same file twice changes nothing). Into a
 * journal with entries, or with a toolkit the person has changed, it adds: names match
 * existing strategies and triggers (any letter
 * case), and entries whose id is already there are left as they are.
 *
 * Questionnaires and safety events are added by id like entries; reminder rhythms only
 * for questionnaires without one. The file's safety plan is taken only while the journal's
 * was never saved, in an empty journal too: a plan the person saved is never overwritten,
 * since it may be what they wrote on this device to keep themselves safe.
 */
import { EXPORT_VERSION, type CompleteExportFile, type ImportResult } from '../../contracts/export-format.js';
import type { EntryId, MeasureId, PersonId, SafetyEventId, StrategyId, TriggerId } from '../../core/ids.js';
import { nameKey } from '../../core/names.js';
import type { EntryByKind, Person, Strategy, Trigger } from '../../core/records.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { StoreTx } from '../../store/port.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { criticalAnswerEvents } from '../safety/criticalAnswerEvents.js';
import { isStartingToolkit } from '../toolkit/stillAsStarted.js';
import { checkImportFile } from './checkImportFile.js';
import { problemsWords } from './problemsWords.js';

export async function importJournal(deps: Deps, personId: PersonId, raw: unknown): Promise<ImportResult> {
  const checked = await checkImportFile(raw, deps.clock.now());
  if (!checked.ok) {
    const message =
      checked.newerVersion === undefined
        ? `The file has ${problemsWords(checked.problemCount, checked.problems.length)}, so nothing was imported.`
        : `The file is export version ${checked.newerVersion}, written by a newer Headway; this one reads up to version ${EXPORT_VERSION}, ` +
          'so nothing was imported. Update Headway, then import the file again.';
    throw new AppError('import_invalid', message, checked.problems[0]?.path, checked.problems, checked.problemCount);
  }
  const file = checked.file;

  return deps.store.transaction(async (tx) => {
    const counts = await tx.countEntries(personId);
    const empty = counts.moments + counts.checkins + counts.practices + counts.shifts === 0;
    const replace = empty && (await replacesToolkit(tx, personId, file));
    const result: ImportResult = {
      added: { toolkit: 0, triggers: 0, moments: 0, checkins: 0, practices: 0, shifts: 0, measures: 0, safetyEvents: 0, schedules: 0 },
      alreadyPresent: 0,
      replacedToolkit: replace,
      safetyPlan: 'kept',
    };
    if (replace) {
      await tx.clearToolkitAndTriggers(personId);
      await tx.updatePerson(personId, file.person);
    }

    const strategyIds = new Map((await tx.listStrategies(personId)).map((s) => [nameKey(s.name), s.id]));
    for (const s of file.toolkit) {
      if (strategyIds.has(nameKey(s.name))) continue;
      const id = deps.newId() as StrategyId;
      await tx.insertStrategy(personId, { id, ...s });
      strategyIds.set(nameKey(s.name), id);
      result.added.toolkit++;
    }
    const triggerIds = new Map((await tx.listTriggers(personId)).map((t) => [nameKey(t.name), t.id]));
    for (const t of file.triggers) {
      if (triggerIds.has(nameKey(t.name))) continue;
      const id = deps.newId() as TriggerId;
      await tx.insertTrigger(personId, { id, ...t });
      triggerIds.set(nameKey(t.name), id);
      result.added.triggers++;
    }

    const lookup = <T>(map: Map<string, T>, name: string): T => {
      const found = map.get(nameKey(name));
      if (found === undefined) throw new AppError('import_invalid', `"${name}" was checked but not found`);
      return found;
    };

    const add = async <K extends EntryKind>(kind: K, entries: Array<EntryByKind[K]>) => {
      const existing = await existingIds(tx, personId, kind);
      for (const entry of entries) {
        if (existing.has(entry.id)) {
          result.alreadyPresent++;
          continue;
        }
        await tx.insertEntry(kind, personId, entry);
        result.added[kind]++;
      }
    };

    await add(
      'moments',
      file.moments.map(({ trigger, strategies, ...m }) => ({
        ...m,
        id: m.id as EntryId,
        triggerId: lookup(triggerIds, trigger),
        strategies: strategies.map((s) => ({ strategyId: lookup(strategyIds, s.name), helped: s.helped })),
        deletedAt: null,
      })),
    );
    await add('checkins', file.checkins.map((c) => ({ ...c, id: c.id as EntryId, deletedAt: null })));
    await add('practices', file.practices.map((p) => ({ ...p, id: p.id as EntryId, deletedAt: null })));
    await add('shifts', file.shifts.map((s) => ({ ...s, id: s.id as EntryId, deletedAt: null })));
    await addCare(deps, tx, personId, file, result);
    return result;
  });
}

/** Questionnaires, safety events, reminder rhythms and the safety plan (export version 2). */
async function addCare(deps: Deps, tx: StoreTx, personId: PersonId, file: CompleteExportFile, result: ImportResult): Promise<void> {
  const [measures, events, schedules, plan] = await Promise.all([
    tx.listMeasures(personId),
    tx.listSafetyEvents(personId),
    tx.listSchedules(personId),
    tx.getSafetyPlan(personId),
  ]);
  const measureIds = new Set<string>(measures.map((m) => m.id));
  for (const m of file.measures) {
    if (measureIds.has(m.id)) {
      result.alreadyPresent++;
      continue;
    }
    await tx.insertMeasure(personId, { ...m, id: m.id as MeasureId });
    result.added.measures++;
  }
  const eventIds = new Set<string>(events.map((e) => e.id));
  for (const e of file.safetyEvents) {
    if (eventIds.has(e.id)) {
      result.alreadyPresent++;
      continue;
    }
    const detail = e.detail.kind === 'critical-answer' ? { ...e.detail, measureId: e.detail.measureId as MeasureId } : e.detail;
    await tx.insertSafetyEvent(personId, { ...e, id: e.id as SafetyEventId, detail });
    result.added.safetyEvents++;
  }
  // A critical answer must never sit without its event, whatever the file carried.
  const recorded = new Set([...events, ...file.safetyEvents].flatMap((e) => (e.detail.kind === 'critical-answer' ? [`${e.detail.measureId}:${e.detail.item}`] : [])));
  for (const m of file.measures) {
    if (measureIds.has(m.id)) continue;
    for (const e of criticalAnswerEvents(deps, { ...m, id: m.id as MeasureId }, (item) => recorded.has(`${m.id}:${item}`))) {
      await tx.insertSafetyEvent(personId, e);
      result.added.safetyEvents++;
    }
  }
  const scheduled = new Set(schedules.map((s) => s.instrument));
  for (const s of file.schedules) {
    if (scheduled.has(s.instrument)) continue;
    await tx.putSchedule(personId, s);
    result.added.schedules++;
  }
  if (file.safetyPlan !== null && plan.updatedAt === null) {
    await tx.putSafetyPlan(personId, file.safetyPlan);
    result.safetyPlan = 'replaced';
  }
}

/**
 * Whether the file's toolkit, triggers and settings replace the journal's: only a toolkit
 * still as Headway started it is replaced (one the person has made their own, a strategy
 * added, renamed, archived, a trigger named, is added to instead), and not when the
 * journal already holds exactly the file's.
 */
async function replacesToolkit(tx: StoreTx, personId: PersonId, file: CompleteExportFile): Promise<boolean> {
  const [person, strategies, triggers] = await Promise.all([tx.getPerson(personId), tx.listStrategies(personId), tx.listTriggers(personId)]);
  return isStartingToolkit(strategies, triggers) && !holdsAlready(person, strategies, triggers, file);
}

/**
 * True when the journal's toolkit, triggers and settings are already exactly the file's.
 * The safety plan plays no part: it is taken only while never saved, so a second import
 * of the same file keeps the plan the first one brought, whatever this returns.
 */
function holdsAlready(person: Person | undefined, strategies: readonly Strategy[], triggers: readonly Trigger[], file: CompleteExportFile): boolean {
  if (!person || person.displayName !== file.person.displayName || person.country !== file.person.country) return false;
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

async function existingIds(tx: StoreTx, personId: PersonId, kind: EntryKind): Promise<Set<string>> {
  const all = await tx.listEntries(kind, personId, { deleted: 'include' });
  return new Set(all.map((e) => e.id));
}
