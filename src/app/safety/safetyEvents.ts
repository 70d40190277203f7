/**
 * Moments when an answer or a note called for care. Descriptions carry numbers and
 * categories only, never the person's words.
 */
import type { SafetyEventView } from '../../contracts/safety.js';
import type { PersonId, SafetyEventId } from '../../core/ids.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import type { SafetyEvent } from '../../core/safety/records.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';

const ENTRY_WORDS: Record<EntryKind, string> = { moments: 'a moment', checkins: 'a check-in', practices: 'a practice', shifts: 'a shift' };

export function describeSafetyEvent(e: SafetyEvent): string {
  const d = e.detail;
  if (d.kind === 'critical-answer') {
    const i = INSTRUMENTS[d.instrument];
    const answer = i.responses.find((r) => r.value === d.value)?.label ?? String(d.value);
    return `${d.instrument} question ${d.item} (“${i.items[d.item - 1]?.label ?? ''}”) was answered “${answer}”.`;
  }
  const what = ENTRY_WORDS[d.entryKind];
  return `Words in ${what} sounded like things might feel unsafe (${d.categories.join(', ').replaceAll('-', ' ')}).`;
}

const view = (e: SafetyEvent): SafetyEventView => ({
  id: e.id,
  occurredAt: e.occurredAt,
  kind: e.detail.kind,
  description: describeSafetyEvent(e),
  acknowledgedAt: e.acknowledgedAt,
});

export async function listSafetyEvents(deps: Deps, personId: PersonId): Promise<SafetyEventView[]> {
  return (await deps.store.listSafetyEvents(personId)).map(view);
}

/** Marks that the person moved on from the calm screen. Acknowledging twice keeps the first time. */
export async function acknowledgeSafetyEvent(deps: Deps, personId: PersonId, id: SafetyEventId): Promise<SafetyEventView> {
  await deps.store.transaction((tx) => tx.acknowledgeSafetyEvent(personId, id, deps.clock.now()));
  const event = (await deps.store.listSafetyEvents(personId)).find((e) => e.id === id);
  if (!event) throw notFound('safety event', 'id');
  return view(event);
}
