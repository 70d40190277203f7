/**
 * Saves a check-in, practice or shift; when its own words (freeText.ts) suggest the person may not be safe, the reply also offers the safety plan
 * (safety/noticeCrisisLanguage.ts). The save never depends on the offer.
 */
import type { PersonId } from '../../core/ids.js';
import type { EntryByKind } from '../../core/records.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { Deps } from '../deps.js';
import { crisisCategories, offerSafetyPlan, type SafetyOffer } from '../safety/noticeCrisisLanguage.js';
import { freeTextOf } from './freeText.js';

type NotedKind = Exclude<EntryKind, 'moments'>;

export async function saveNotedEntry<K extends NotedKind>(
  deps: Deps,
  personId: PersonId,
  kind: K,
  entry: EntryByKind[K],
): Promise<EntryByKind[K] & { safety?: SafetyOffer }> {
  const text = freeTextOf(kind, entry);
  const concern = crisisCategories(text.texts, text.names);
  await deps.store.transaction((tx) => tx.insertEntry(kind, personId, entry));
  const safety = await offerSafetyPlan(deps, personId, { kind, id: entry.id }, concern);
  return safety ? { ...entry, safety } : entry;
}
