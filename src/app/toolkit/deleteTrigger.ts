/**
 * Deletes a trigger no moment names, e.g. a typo never used. One that a moment names is
 * kept, recently deleted moments included: restoring such a moment must find its trigger.
 * The refusal (`in_use`) says how many moments, and that merging moves them instead.
 */
import type { PersonId, TriggerId } from '../../core/ids.js';
import type { Deps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { count } from '../../core/words/plural.js';
import { RESTORE_DAYS } from '../journal/deleteEntry.js';

export async function deleteTrigger(deps: Deps, personId: PersonId, id: TriggerId): Promise<{ id: TriggerId }> {
  return deps.store.transaction(async (tx) => {
    const trigger = await tx.getTrigger(personId, id);
    if (!trigger) throw notFound('trigger', 'id');
    const { live, deleted } = await tx.countTriggerMoments(personId, id);
    if (live + deleted > 0) {
      const name = `“${trigger.name}”`;
      const why =
        live === 0
          ? `${count(deleted, 'recently deleted moment')} ${deleted === 1 ? 'names' : 'name'} it, and ${deleted === 1 ? 'it' : 'they'} can still be restored for up to ${RESTORE_DAYS} days`
          : `${count(live, 'moment')} ${live === 1 ? 'names' : 'name'} it${deleted > 0 ? ` (and ${count(deleted, 'recently deleted moment')})` : ''}`;
      throw new AppError('in_use', `${name} can’t be deleted: ${why}. To tidy it away, merge it into another trigger; its moments move there.`, 'id');
    }
    await tx.deleteUnusedTrigger(personId, id);
    return { id };
  });
}
