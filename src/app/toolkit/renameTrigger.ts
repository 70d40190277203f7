/**
 * Renames a trigger everywhere it was used. A name another trigger already has is refused
 * with `name_taken`, naming that trigger, so the person can merge the two instead.
 */
import { cleanName } from '../../core/names.js';
import type { TriggerView } from '../../contracts/toolkit.js';
import type { PersonId, TriggerId } from '../../core/ids.js';
import type { Deps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { triggerView } from './triggerView.js';

export async function renameTrigger(deps: Deps, personId: PersonId, id: TriggerId, name: string): Promise<TriggerView> {
  const clean = cleanName(name);
  return deps.store.transaction(async (tx) => {
    const current = await tx.getTrigger(personId, id);
    if (!current) throw notFound('trigger');
    const clash = await tx.findTriggerByName(personId, clean);
    if (clash && clash.id !== id) {
      const message = `name: “${clash.name}” is already one of your triggers. To bring them together, merge “${current.name}” into “${clash.name}”: its moments move there.`;
      throw new AppError('name_taken', message, 'name', undefined, undefined, { id: clash.id, name: clash.name });
    }
    await tx.renameTrigger(personId, id, clean);
    return triggerView(tx, personId, id);
  });
}
