/** A person's entries of one kind, newest first, optionally from a calendar day on. */
import type { ListQuery } from '../../contracts/entries.js';
import type { PersonId } from '../../core/ids.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { Deps } from '../deps.js';
import { isExpired } from './deleteEntry.js';
import { entryView, loadNames, type ViewByKind } from './views.js';

export async function listEntries<K extends EntryKind>(
  deps: Deps,
  personId: PersonId,
  kind: K,
  query: ListQuery = {},
): Promise<ViewByKind[K][]> {
  const [entries, names] = await Promise.all([
    deps.store.listEntries(kind, personId, query),
    kind === 'moments' ? loadNames(deps.store, personId) : Promise.resolve({ trigger: new Map(), strategy: new Map() }),
  ]);
  // Deleted entries past their days are gone for good at the next purge; none is shown meanwhile.
  const now = deps.clock.now();
  return entries.filter((e) => e.deletedAt === null || !isExpired(e.deletedAt, now)).map((e) => entryView(kind, e, names));
}

/** One entry, for the edit form. */
export async function getEntry<K extends EntryKind>(
  deps: Deps,
  personId: PersonId,
  kind: K,
  id: string,
): Promise<ViewByKind[K] | undefined> {
  const entry = await deps.store.getEntry(kind, personId, id as never);
  if (!entry) return undefined;
  return entryView(kind, entry, await loadNames(deps.store, personId));
}
