/**
 * Deleting a questionnaire result moves it to "recently deleted", as journal entries are:
 * restorable for RESTORE_DAYS, then removed for good by the same purge (purgeExpired).
 * Meanwhile it counts nowhere: not in change, outcomes, reports, reminders or exports.
 * Safety events it raised stay, as they would if it were removed for good.
 */
import type { MeasureId, PersonId } from '../../core/ids.js';
import type { IsoInstant } from '../../core/time.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { restorableUntil } from '../journal/deleteEntry.js';

export interface DeletedMeasure {
  id: MeasureId;
  deletedAt: IsoInstant;
  restorableUntil: IsoInstant;
}

export async function deleteMeasure(deps: Deps, personId: PersonId, id: MeasureId): Promise<DeletedMeasure> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const m = await tx.getMeasure(personId, id);
    if (!m || m.deletedAt !== null) throw notFound('questionnaire result', 'id');
    await tx.setMeasureDeleted(personId, id, now);
    return { id, deletedAt: now, restorableUntil: restorableUntil(now) };
  });
}
