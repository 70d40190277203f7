/** The person's toolkit with how often each strategy has been used, most used first (core/toolkit-order.ts). */
import type { StrategyView } from '../../contracts/toolkit.js';
import { DEFAULT_TOOLKIT } from '../../core/default-toolkit.js';
import type { PersonId } from '../../core/ids.js';
import { byUse } from '../../core/toolkit-order.js';
import type { Deps } from '../deps.js';

const DEFAULT_ORDER = DEFAULT_TOOLKIT.map((s) => s.name);

export async function listToolkit(deps: Deps, personId: PersonId): Promise<StrategyView[]> {
  return byUse(await deps.store.listStrategies(personId), DEFAULT_ORDER);
}
