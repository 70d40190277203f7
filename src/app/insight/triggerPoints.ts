/**
 * Every moment of one trigger between two days, for when the person asks to see them one
 * by one: the report's chart groups a long history into weeks (core/insight/chart-points.ts).
 */
import type { PersonId } from '../../core/ids.js';
import { momentPoint } from '../../core/insight/chart-points.js';
import type { TriggerPoints, TriggerPointsQuery } from '../../contracts/report.js';
import type { Deps } from '../deps.js';
import { AppError, invalid } from '../errors.js';

/** At most this many moments in one answer: the latest, when a range holds more. */
export const MAX_DETAIL_POINTS = 5000;

export async function triggerPoints(deps: Deps, personId: PersonId, q: TriggerPointsQuery): Promise<TriggerPoints> {
  if (q.to < q.from) throw invalid('to', 'must be on or after from');
  const trigger = await deps.store.findTriggerByName(personId, q.trigger);
  if (!trigger) throw new AppError('not_found', 'No trigger with that name. It may have been renamed; reloading the page shows the current names.', 'trigger');
  const facts = await deps.store.listMomentFacts(personId, { since: q.from, until: q.to, triggerId: trigger.id });
  return {
    trigger: trigger.name,
    from: q.from,
    to: q.to,
    total: facts.length,
    points: facts.slice(-MAX_DETAIL_POINTS).map(momentPoint),
  };
}
