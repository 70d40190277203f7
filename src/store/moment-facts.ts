/**
 * Moments as the insight engine reads them (core/insight/input.ts `MomentFact`): only
 * the columns it needs, the trigger's and strategies' names joined in, the instant's
 * milliseconds and the person's own day as stored. Reading whole moments (notes,
 * thoughts, four timestamps, one row per strategy used) and mapping them was most of a
 * five-year report's time (docs/PERFORMANCE.md).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { PersonId } from '../core/ids.js';
import type { MomentFact } from '../core/insight/input.js';
import type { BodyState, StrategyRole } from '../core/vocabulary.js';
import { fromBoolOrNull, num } from './entry-rows.js';
import type { MomentFactQuery } from './port.js';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A strategy use as `<strategy id>:<helped: 0, 1, or 2 for not noted>`, comma-separated in the order noted. */
const USES = sql<string | null>`(SELECT string_agg(ms.strategy_id || ':' || coalesce(ms.helped, 2), ',' ORDER BY ms.position) FROM moment_strategies ms WHERE ms.moment_id = e.id)`;
const HELPED = { '0': false, '1': true, '2': null } as const;

/**
 * Live moments of a person in the query's days (and of one trigger, if given), oldest
 * first. Each moment's strategies come as one aggregated text (string_agg with ORDER BY:
 * PostgreSQL, and SQLite since 3.44) rather than one row per use: a five-year journal
 * has twice as many uses as moments, and rows were most of the reading time.
 */
export async function listMomentFacts(db: Db, personId: PersonId, query: MomentFactQuery): Promise<MomentFact[]> {
  let moments = db
    .selectFrom('moments as e')
    .leftJoin('triggers as t', 't.id', 'e.trigger_id')
    .where('e.person_id', '=', personId)
    .where('e.deleted_at', 'is', null);
  if (query.since !== undefined) moments = moments.where('e.local_day', '>=', query.since);
  if (query.until !== undefined) moments = moments.where('e.local_day', '<=', query.until);
  if (query.triggerId !== undefined) moments = moments.where('e.trigger_id', '=', query.triggerId);
  const [rows, strategies] = await Promise.all([
    moments
      .select([
        'e.occurred_ms',
        'e.local_day',
        't.name',
        'e.intensity',
        'e.body_state',
        'e.settled_minutes',
        'e.recognized_early',
        'e.followed_thought',
        'e.handled_differently',
        USES.as('uses'),
      ])
      .orderBy('e.occurred_ms')
      .orderBy('e.id')
      .execute(),
    db.selectFrom('strategies').select(['id', 'name', 'role']).where('person_id', '=', personId).execute(),
  ]);
  const strategyById = new Map(strategies.map((s) => [s.id, { name: s.name, role: s.role as StrategyRole }]));

  return rows.map((r): MomentFact => {
    const strategiesUsed: MomentFact['strategies'] = [];
    if (r.uses !== null) {
      for (const use of r.uses.split(',')) {
        const colon = use.lastIndexOf(':');
        const s = strategyById.get(use.slice(0, colon));
        if (s) strategiesUsed.push({ name: s.name, role: s.role, helped: HELPED[use.slice(colon + 1) as keyof typeof HELPED] ?? null });
      }
    }
    return {
      ms: num(r.occurred_ms),
      day: r.local_day,
      trigger: r.name ?? '',
      intensity: num(r.intensity),
      bodyState: r.body_state as BodyState | null,
      settledMinutes: r.settled_minutes === null ? null : num(r.settled_minutes),
      recognizedEarly: num(r.recognized_early) !== 0,
      followedThought: fromBoolOrNull(r.followed_thought === null ? null : num(r.followed_thought)),
      handledDifferently: num(r.handled_differently) !== 0,
      strategies: strategiesUsed,
    };
  });
}
