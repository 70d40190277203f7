/**
 * Removes a strategy. One that past moments used is archived instead of deleted, so
 * those moments keep their history; it can be restored from the toolkit.
 */
import type { PersonId, StrategyId } from '../../core/ids.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';

export interface Removed {
  id: StrategyId;
  outcome: 'deleted' | 'archived';
}

export async function removeStrategy(deps: Deps, personId: PersonId, id: StrategyId): Promise<Removed> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const current = await tx.getStrategy(personId, id);
    if (!current) throw notFound('strategy');
    if (await tx.deleteUnusedStrategy(personId, id)) return { id, outcome: 'deleted' as const };
    await tx.updateStrategy(personId, id, { archived: true, updatedAt: now });
    return { id, outcome: 'archived' as const };
  });
}
