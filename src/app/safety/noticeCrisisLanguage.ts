/**
 * When the words of a moment or check-in suggest the person may not be safe, the save
 * goes ahead as always and the reply gently offers the safety plan (core/safety/
 * crisis-language.ts decides, conservatively). The event is recorded with its categories
 * only; the words themselves stay in the entry and go nowhere else.
 */
import type { EntryId, PersonId, SafetyEventId } from '../../core/ids.js';
import { detectCrisisLanguage } from '../../core/safety/crisis-language.js';
import type { StoreTx } from '../../store/port.js';
import type { Deps } from '../deps.js';

export interface SafetyOffer {
  offerSafetyPlan: true;
  eventId: SafetyEventId;
}

/** The distinct categories found across the texts, in first-seen order; empty when none. */
export function crisisCategories(texts: ReadonlyArray<string | null | undefined>): string[] {
  const found = new Set<string>();
  for (const t of texts) if (t) for (const p of detectCrisisLanguage(t).phrases) found.add(p.category);
  return [...found];
}

/**
 * Records a crisis-language event inside `tx` and returns the offer, or null when the
 * texts hold no such words. `before` are the texts the entry had already: an edit that
 * adds nothing new of concern offers nothing new.
 */
export async function noticeCrisisLanguage(
  deps: Deps,
  tx: StoreTx,
  personId: PersonId,
  entry: { kind: 'moments' | 'checkins'; id: EntryId },
  texts: ReadonlyArray<string | null | undefined>,
  before: ReadonlyArray<string | null | undefined> = [],
): Promise<SafetyOffer | null> {
  const categories = crisisCategories(texts);
  if (categories.length === 0) return null;
  const had = new Set(crisisCategories(before));
  if (categories.every((c) => had.has(c))) return null;
  const eventId = deps.newId() as SafetyEventId;
  await tx.insertSafetyEvent(personId, {
    id: eventId,
    occurredAt: deps.clock.now(),
    acknowledgedAt: null,
    detail: { kind: 'crisis-language', entryKind: entry.kind, entryId: entry.id, categories },
  });
  return { offerSafetyPlan: true, eventId };
}
