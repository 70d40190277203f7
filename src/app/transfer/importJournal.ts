/**
 * Imports a Headway export, all or nothing: the file is checked whole first, and every
 * problem is reported with its path; then everything is written in one transaction.
 *
 * Into an empty journal (no entries yet) the file's toolkit, triggers and settings
 * replace the starting ones, so export → import → export gives the same file (and an
 * empty journal that already holds exactly the file's toolkit, triggers and settings is
 * left as it is, so importing the same file twice changes nothing). Into a
 * journal with entries it adds: names match existing strategies and triggers (any letter
 * case), and entries whose id is already there are left as they are.
 */
import type { ExportFile, ImportResult } from '../../contracts/export-format.js';
import type { EntryId, PersonId, StrategyId, TriggerId } from '../../core/ids.js';
import { nameKey } from '../../core/names.js';
import type { EntryByKind } from '../../core/records.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { StoreTx } from '../../store/port.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { checkImportFile } from './checkImportFile.js';

export async function importJournal(deps: Deps, personId: PersonId, raw: unknown): Promise<ImportResult> {
  const checked = checkImportFile(raw);
  if (!checked.ok) {
    const n = checked.problems.length;
    throw new AppError(
      'import_invalid',
      `The file has ${n} problem${n === 1 ? '' : 's'}, so nothing was imported.`,
      checked.problems[0]?.path,
      checked.problems,
    );
  }
  const file = checked.file;

  return deps.store.transaction(async (tx) => {
    const counts = await tx.countEntries(personId);
    const empty = counts.moments + counts.checkins + counts.practices + counts.shifts === 0;
    const replace = empty && !(await holdsAlready(tx, personId, file));
    const result: ImportResult = {
      added: { toolkit: 0, triggers: 0, moments: 0, checkins: 0, practices: 0, shifts: 0 },
      alreadyPresent: 0,
      replacedToolkit: replace,
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
    return result;
  });
}

/** True when the journal's toolkit, triggers and settings are already exactly the file's. */
async function holdsAlready(tx: StoreTx, personId: PersonId, file: ExportFile): Promise<boolean> {
  const [person, strategies, triggers] = await Promise.all([tx.getPerson(personId), tx.listStrategies(personId), tx.listTriggers(personId)]);
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
