/** The person's toolkit with how often each strategy has been used. */
import type { StrategyView } from '../../contracts/toolkit.js';
import type { PersonId } from '../../core/ids.js';
import type { Deps } from '../deps.js';

export async function listToolkit(deps: Deps, personId: PersonId): Promise<StrategyView[]> {
  return deps.store.listStrategies(personId);
}
