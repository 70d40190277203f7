/**
 * Moments as the insight engine reads them (core/insight/input.ts `MomentFact`): only
 * the columns it needs, the trigger's and strategies' names joined in, the instant's
 * milliseconds and the person's own day as stored. Reading whole moments (notes,
 * thoughts, four timestamps) and mapping them was two thirds of a five-year report's
 * time (docs/PERFORMANCE.md).
 */
import type { Kysely, Transaction } from 'kysely';
import type { PersonId } from '../core/ids.js';
import type { MomentFact } from '../core/insight/input.js';
import type { BodyState, StrategyRole } from '../core/vocabulary.js';
import { fromBoolOrNull, num } from './entry-rows.js';
import type { MomentFactQuery } from './port.js';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Live moments of a person in the query's days (and of one trigger, if given), oldest first. */
export async function listMomentFacts(db: Db, personId: PersonId, query: MomentFactQuery): Promise<MomentFact[]> {
  let moments = db
    .selectFrom('moments as e')
    .leftJoin('triggers as t', 't.id', 'e.trigger_id')
    .where('e.person_id', '=', personId)
    .where('e.deleted_at', 'is', null);
  if (query.since !== undefined) moments = moments.where('e.local_day', '>=', query.since);
  if (query.until !== undefined) moments = moments.where('e.local_day', '<=', query.until);
  if (query.triggerId !== undefined) moments = moments.where('e.trigger_id', '=', query.triggerId);
  const rows = await moments
    .select([
      'e.id',
      'e.occurred_ms',
      'e.local_day',
      't.name',
      'e.intensity',
      'e.body_state',
      'e.settled_minutes',
      'e.recognized_early',
      'e.followed_thought',
      'e.handled_differently',
    ])
    .orderBy('e.occurred_ms')
    .orderBy('e.id')
    .execute();
  if (rows.length === 0) return [];

  // The same filter again, joined to the uses: one query, not one per moment.
  let uses = db
    .selectFrom('moment_strategies as ms')
    .innerJoin('moments as e', 'e.id', 'ms.moment_id')
    .innerJoin('strategies as s', 's.id', 'ms.strategy_id')
    .where('e.person_id', '=', personId)
    .where('e.deleted_at', 'is', null);
  if (query.since !== undefined) uses = uses.where('e.local_day', '>=', query.since);
  if (query.until !== undefined) uses = uses.where('e.local_day', '<=', query.until);
  if (query.triggerId !== undefined) uses = uses.where('e.trigger_id', '=', query.triggerId);
  const useRows = await uses.select(['ms.moment_id', 's.name', 's.role', 'ms.helped', 'ms.position']).execute();

  const facts = new Map<string, MomentFact>();
  const out = rows.map((r) => {
    const fact: MomentFact = {
      ms: num(r.occurred_ms),
      day: r.local_day,
      trigger: r.name ?? '',
      intensity: num(r.intensity),
      bodyState: r.body_state as BodyState | null,
      settledMinutes: r.settled_minutes === null ? null : num(r.settled_minutes),
      recognizedEarly: num(r.recognized_early) !== 0,
      followedThought: fromBoolOrNull(r.followed_thought === null ? null : num(r.followed_thought)),
      handledDifferently: num(r.handled_differently) !== 0,
      strategies: [],
    };
    facts.set(r.id, fact);
    return fact;
  });
  // Each moment's strategies in the order they were noted (rows come in no set order;
  // sorting each moment's two or three is cheaper than sorting them all).
  const positions = new Map<MomentFact, number[]>();
  for (const u of useRows) {
    const fact = facts.get(u.moment_id);
    if (!fact) continue;
    const at = num(u.position);
    const seen = positions.get(fact) ?? [];
    let i = seen.length;
    while (i > 0 && (seen[i - 1] ?? 0) > at) i--;
    seen.splice(i, 0, at);
    positions.set(fact, seen);
    fact.strategies.splice(i, 0, { name: u.name, role: u.role as StrategyRole, helped: fromBoolOrNull(u.helped === null ? null : num(u.helped)) });
  }
  return out;
}
