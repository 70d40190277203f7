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
import type { MeasureId, PersonId, SafetyEventId } from '../../core/ids.js';
import { ENTRY_KINDS } from '../../core/vocabulary.js';
import type { PreparedEntries, StoreTx } from '../../store/port.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { criticalAnswerEvents } from '../safety/criticalAnswerEvents.js';
import { checkImportFile } from './checkImportFile.js';
import { planImport, readJournalState, sameState } from './importPlan.js';
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

  // Everything that needs no write lock is done before the transaction (importPlan.ts).
  const before = await readJournalState(deps.store, personId, file);
  const planned = planImport(deps, personId, file, before);
  return deps.store.transaction(async (tx) => {
    const state = await readJournalState(tx, personId, file);
    // Someone may have changed the journal since: then its names are matched again, here.
    const plan = sameState(state, before) ? planned : planImport(deps, personId, file, state);
    const result: ImportResult = {
      added: { toolkit: 0, triggers: 0, moments: 0, checkins: 0, practices: 0, shifts: 0, measures: 0, safetyEvents: 0, schedules: 0 },
      alreadyPresent: 0,
      replacedToolkit: plan.state.replace,
      safetyPlan: 'kept',
    };
    if (plan.state.replace) {
      await tx.clearToolkitAndTriggers(personId);
      const { displayName, country, therapyStartedOn } = file.person;
      await tx.updatePerson(personId, { displayName, country, ...(therapyStartedOn !== undefined && { therapyStartedOn }) });
    }
    for (const s of plan.strategies) await tx.insertStrategy(personId, s);
    for (const t of plan.triggers) await tx.insertTrigger(personId, t);
    result.added.toolkit = plan.strategies.length;
    result.added.triggers = plan.triggers.length;

    for (const kind of ENTRY_KINDS) {
      const all: PreparedEntries = plan.entries[kind];
      // Only ids: reading 100,000 whole moments to learn theirs took 2.3–3.8 s on a loaded VM, ids alone 0.13–0.18 s.
      const present = await tx.listEntryIds(kind, personId);
      const added = present.length === 0 ? all : all.without(new Set(present));
      await tx.insertEntries(added);
      result.added[kind] = added.ids.length;
      result.alreadyPresent += all.ids.length - added.ids.length;
    }
    await addCare(deps, tx, personId, file, result);
    return result;
  });
}

/** Questionnaires, safety events, reminder rhythms and the safety plan (export version 2). */
async function addCare(deps: Deps, tx: StoreTx, personId: PersonId, file: CompleteExportFile, result: ImportResult): Promise<void> {
  const [measures, events, schedules, plan] = await Promise.all([
    // A result in "recently deleted" is already present: importing again must not bring it back (nor clash on its id).
    tx.listMeasures(personId, { deleted: 'include' }),
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
