/** One trigger as the API shows it, with its use count, read inside the caller's transaction. */
import type { TriggerView } from '../../contracts/toolkit.js';
import type { PersonId, TriggerId } from '../../core/ids.js';
import type { StoreTx } from '../../store/port.js';
import { notFound } from '../errors.js';

export async function triggerView(tx: StoreTx, personId: PersonId, id: TriggerId): Promise<TriggerView> {
  const found = (await tx.listTriggers(personId)).find((t) => t.id === id);
  if (!found) throw notFound('trigger');
  return { id: found.id, name: found.name, uses: found.uses, lastUsedAt: found.lastUsedAt };
}
