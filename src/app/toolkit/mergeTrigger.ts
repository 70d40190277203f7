/**
 * Merges one trigger into another, e.g. a typo into the trigger it meant: every moment of
 * `from` (recently deleted ones too, so a restored moment finds its trigger) moves to
 * `into`, and `from` is gone from the list and the quick picks. One transaction: all of
 * it happens, or none.
 */
import type { TriggerView } from '../../contracts/toolkit.js';
import type { PersonId, TriggerId } from '../../core/ids.js';
import type { Deps } from '../deps.js';
import { invalid, notFound } from '../errors.js';
import { triggerView } from './triggerView.js';

export interface TriggerMerged {
  /** The trigger that remains, with its moments counted afresh. */
  into: TriggerView;
  /** How many moments moved, recently deleted ones included. */
  moved: number;
}

export async function mergeTrigger(deps: Deps, personId: PersonId, from: TriggerId, into: TriggerId): Promise<TriggerMerged> {
  if (from === into) throw invalid('into', 'is the trigger being merged; choose another trigger to merge it into');
  return deps.store.transaction(async (tx) => {
    if (!(await tx.getTrigger(personId, from))) throw notFound('trigger', 'id');
    if (!(await tx.getTrigger(personId, into))) throw notFound('trigger to merge into', 'into');
    const moved = await tx.mergeTrigger(personId, from, into);
    return { into: await triggerView(tx, personId, into), moved };
  });
}
