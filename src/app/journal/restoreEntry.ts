/** Brings a deleted entry back from "recently deleted". */
import type { EntryId, PersonId } from '../../core/ids.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { Deps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { isExpired, RESTORE_DAYS } from './deleteEntry.js';
import { singular } from './editEntry.js';
import { entryView, loadNames, type ViewByKind } from './views.js';

export async function restoreEntry<K extends EntryKind>(
  deps: Deps,
  personId: PersonId,
  kind: K,
  id: EntryId,
): Promise<ViewByKind[K]> {
  return deps.store.transaction(async (tx) => {
    const entry = await tx.getEntry(kind, personId, id);
    if (!entry || entry.deletedAt === null) throw notFound(`recently deleted ${singular(kind)}`);
    // Removed for good by the next purge; until then it is past its time all the same.
    if (isExpired(entry.deletedAt, deps.clock.now())) {
      throw new AppError('not_found', `This ${singular(kind)} was deleted more than ${RESTORE_DAYS} days ago, so it can no longer be restored.`);
    }
    await tx.setEntryDeleted(kind, personId, id, null);
    return entryView(kind, { ...entry, deletedAt: null }, await loadNames(tx, personId));
  });
}
