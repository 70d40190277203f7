/** The person's own list of triggers, most used first. */
import type { TriggerView } from '../../contracts/toolkit.js';
import type { PersonId } from '../../core/ids.js';
import type { Deps } from '../deps.js';

export async function listTriggers(deps: Deps, personId: PersonId): Promise<TriggerView[]> {
  const triggers = await deps.store.listTriggers(personId);
  return triggers.map(({ id, name, uses, lastUsedAt }) => ({ id, name, uses, lastUsedAt }));
}
