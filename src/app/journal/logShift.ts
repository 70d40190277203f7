/** Logs a shift: a sign of change the person noticed. Never demanded, always welcome. */
import type { ShiftCreate, ShiftView } from '../../contracts/entries.js';
import type { EntryId, PersonId } from '../../core/ids.js';
import type { Shift } from '../../core/records.js';
import type { Deps } from '../deps.js';
import { saveNotedEntry } from './saveNotedEntry.js';
import { checkNotFuture } from './time-rules.js';

export async function logShift(deps: Deps, personId: PersonId, input: ShiftCreate): Promise<ShiftView> {
  const now = deps.clock.now();
  const occurredAt = input.occurredAt ?? now;
  checkNotFuture(occurredAt, now);
  const shift: Shift = {
    id: deps.newId() as EntryId,
    occurredAt,
    kind: input.kind,
    note: input.note ?? null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  return saveNotedEntry(deps, personId, 'shifts', shift);
}
