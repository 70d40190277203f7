/** Logs a check-in: a periodic note of distress, mood, window state and sleep. */
import type { CheckinCreate, CheckinView } from '../../contracts/entries.js';
import type { EntryId, PersonId } from '../../core/ids.js';
import type { Checkin } from '../../core/records.js';
import type { Deps } from '../deps.js';
import { saveNotedEntry } from './saveNotedEntry.js';
import { checkNotFuture } from './time-rules.js';

export async function logCheckin(deps: Deps, personId: PersonId, input: CheckinCreate): Promise<CheckinView> {
  const now = deps.clock.now();
  const occurredAt = input.occurredAt ?? now;
  checkNotFuture(occurredAt, now);
  const checkin: Checkin = {
    id: deps.newId() as EntryId,
    occurredAt,
    distress: input.distress,
    mood: input.mood ?? null,
    windowState: input.windowState ?? null,
    sleepHours: input.sleepHours ?? null,
    note: input.note ?? null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  return saveNotedEntry(deps, personId, 'checkins', checkin);
}
