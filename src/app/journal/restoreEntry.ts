/** Brings a deleted entry back from "recently deleted". */
import type { EntryId, PersonId } from '../../core/ids.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
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
    await tx.setEntryDeleted(kind, personId, id, null);
    return entryView(kind, { ...entry, deletedAt: null }, await loadNames(tx, personId));
  });
}
