/** Checks that every strategy a moment names is in the person's toolkit. */
import type { PersonId, StrategyId } from '../../core/ids.js';
import type { StrategyUse } from '../../core/records.js';
import type { StoreTx } from '../../store/port.js';
import { invalid } from '../errors.js';

/**
 * `allowArchived` lists strategies the moment already had: editing an old moment keeps
 * a strategy the person has since archived, but a new moment cannot pick one.
 */
export async function resolveStrategies(
  tx: StoreTx,
  personId: PersonId,
  input: ReadonlyArray<{ strategyId: string; helped?: boolean | null | undefined }>,
  allowArchived: ReadonlySet<string> = new Set(),
): Promise<{ uses: StrategyUse[]; names: Map<string, string> }> {
  const uses: StrategyUse[] = [];
  const names = new Map<string, string>();
  for (const [i, s] of input.entries()) {
    const strategy = await tx.getStrategy(personId, s.strategyId as StrategyId);
    if (!strategy) throw invalid(`strategies[${i}].strategyId`, 'is not in your toolkit');
    if (strategy.archived && !allowArchived.has(strategy.id)) {
      throw invalid(`strategies[${i}].strategyId`, `"${strategy.name}" is archived; restore it in your toolkit to use it again`);
    }
    uses.push({ strategyId: strategy.id, helped: s.helped ?? null });
    names.set(strategy.id, strategy.name);
  }
  return { uses, names };
}
