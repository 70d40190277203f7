/** Adds a strategy to the toolkit; names are unique per person, whatever their letter case. */
import { cleanName } from '../../core/names.js';
import type { StrategyCreate, StrategyView } from '../../contracts/toolkit.js';
import type { PersonId, StrategyId } from '../../core/ids.js';
import type { Strategy } from '../../core/records.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';

export async function addStrategy(deps: Deps, personId: PersonId, input: StrategyCreate): Promise<StrategyView> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const clash = await tx.findStrategyByName(personId, input.name);
    if (clash) throw new AppError('conflict', `name: "${clash.name}" is already in your toolkit`, 'name');
    const strategy: Strategy = {
      id: deps.newId() as StrategyId,
      name: cleanName(input.name),
      role: input.role,
      function: input.function,
      archived: false,
      createdAt: now,
      updatedAt: now,
    };
    await tx.insertStrategy(personId, strategy);
    return { ...strategy, uses: 0 };
  });
}
