/**
 * When the words of any entry's note (or a moment's thought) suggest the person may not be safe, the save
 * goes ahead as always and the reply gently offers the safety plan (core/safety/
 * crisis-language.ts decides, conservatively). The event is recorded with its categories
 * only; the words themselves stay in the entry and go nowhere else.
 *
 * Detection runs before the entry's transaction and the event is written after it, each
 * guarded: nothing about the offer can ever stop an entry from being saved.
 */
import type { EntryId, PersonId, SafetyEventId } from '../../core/ids.js';
import { remembered } from '../../core/remembered.js';
import { detectCrisisLanguage } from '../../core/safety/crisis-language.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { Deps } from '../deps.js';

export interface SafetyOffer {
  offerSafetyPlan: true;
  eventId: SafetyEventId;
}

/**
 * Categories of a name: a trigger's, a practice's or shift's kind. A person names the same
 * few again and again, so each name is read once (the rules cost ~3 µs a name); the result
 * depends on the words alone. Notes are not kept here: they are each their own.
 */
const categoriesOfName = remembered((name): readonly string[] => [...new Set(detectCrisisLanguage(name).phrases.map((p) => p.category))]);

/**
 * The distinct categories found across the texts and then the names, in first-seen order;
 * empty when none or when detection fails.
 */
export function crisisCategories(texts: ReadonlyArray<string | null | undefined>, names: ReadonlyArray<string | null | undefined> = []): string[] {
  try {
    const found = new Set<string>();
    for (const t of texts) if (t) for (const p of detectCrisisLanguage(t).phrases) found.add(p.category);
    for (const n of names) if (n) for (const c of categoriesOfName(n)) found.add(c);
    return [...found];
  } catch {
    // A detector fault must never cost the person their entry; the offer is simply not made.
    return [];
  }
}

/** Categories in `texts` that `before` did not already have: an edit that adds nothing new of concern offers nothing new. */
export function newCrisisCategories(texts: ReadonlyArray<string | null | undefined>, before: ReadonlyArray<string | null | undefined> = []): string[] {
  const now = crisisCategories(texts);
  if (now.length === 0) return now;
  const had = new Set(crisisCategories(before));
  return now.every((c) => had.has(c)) ? [] : now;
}

/**
 * Records the crisis-language event for a saved entry and returns the offer, or null when
 * there are no categories or the event could not be written (the entry is saved either way).
 */
export async function offerSafetyPlan(
  deps: Deps,
  personId: PersonId,
  entry: { kind: EntryKind; id: EntryId },
  categories: readonly string[],
): Promise<SafetyOffer | null> {
  if (categories.length === 0) return null;
  const eventId = deps.newId() as SafetyEventId;
  try {
    await deps.store.transaction((tx) =>
      tx.insertSafetyEvent(personId, {
        id: eventId,
        occurredAt: deps.clock.now(),
        acknowledgedAt: null,
        detail: { kind: 'crisis-language', entryKind: entry.kind, entryId: entry.id, categories: [...categories] },
      }),
    );
  } catch {
    // The entry is already saved; the offer still stands even if its record could not be kept.
  }
  return { offerSafetyPlan: true, eventId };
}
