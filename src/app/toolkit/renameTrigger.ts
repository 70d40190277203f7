/** Renames a trigger everywhere it was used. */
import { cleanName } from '../../core/names.js';
import type { TriggerView } from '../../contracts/toolkit.js';
import type { PersonId, TriggerId } from '../../core/ids.js';
import type { Deps } from '../deps.js';
import { AppError, notFound } from '../errors.js';

export async function renameTrigger(deps: Deps, personId: PersonId, id: TriggerId, name: string): Promise<TriggerView> {
  const clean = cleanName(name);
  return deps.store.transaction(async (tx) => {
    const current = await tx.getTrigger(personId, id);
    if (!current) throw notFound('trigger');
    const clash = await tx.findTriggerByName(personId, clean);
    if (clash && clash.id !== id) throw new AppError('conflict', `name: "${clash.name}" is already one of your triggers`, 'name');
    await tx.renameTrigger(personId, id, clean);
    const updated = (await tx.listTriggers(personId)).find((t) => t.id === id);
    if (!updated) throw notFound('trigger');
    return { id: updated.id, name: updated.name, uses: updated.uses, lastUsedAt: updated.lastUsedAt };
  });
}
