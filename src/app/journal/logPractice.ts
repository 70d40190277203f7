/** Logs a piece of healing practice: processing work such as a therapy session. */
import { cleanName } from '../../core/names.js';
import type { PracticeCreate, PracticeView } from '../../contracts/entries.js';
import type { EntryId, PersonId } from '../../core/ids.js';
import type { Practice } from '../../core/records.js';
import type { Deps } from '../deps.js';
import { saveNotedEntry } from './saveNotedEntry.js';
import { checkNotFuture } from './time-rules.js';

export async function logPractice(deps: Deps, personId: PersonId, input: PracticeCreate): Promise<PracticeView> {
  const now = deps.clock.now();
  const occurredAt = input.occurredAt ?? now;
  checkNotFuture(occurredAt, now);
  const practice: Practice = {
    id: deps.newId() as EntryId,
    occurredAt,
    kind: cleanName(input.kind),
    minutes: input.minutes ?? null,
    note: input.note ?? null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  return saveNotedEntry(deps, personId, 'practices', practice);
}
