/** Renames a strategy, changes its role or function, or archives / restores it. */
import { cleanName } from '../../core/names.js';
import type { StrategyUpdate, StrategyView } from '../../contracts/toolkit.js';
import type { PersonId, StrategyId } from '../../core/ids.js';
import type { Deps } from '../deps.js';
import { AppError, notFound } from '../errors.js';

export async function editStrategy(
  deps: Deps,
  personId: PersonId,
  id: StrategyId,
  patch: StrategyUpdate,
): Promise<StrategyView> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const current = await tx.getStrategy(personId, id);
    if (!current) throw notFound('strategy');
    if (patch.name !== undefined) {
      const clash = await tx.findStrategyByName(personId, patch.name);
      if (clash && clash.id !== id) throw new AppError('conflict', `name: "${clash.name}" is already in your toolkit`, 'name');
    }
    const clean = { ...patch, ...(patch.name !== undefined && { name: cleanName(patch.name) }) };
    await tx.updateStrategy(personId, id, { ...clean, updatedAt: now });
    const updated = (await tx.listStrategies(personId)).find((s) => s.id === id);
    if (!updated) throw notFound('strategy');
    return updated;
  });
}
