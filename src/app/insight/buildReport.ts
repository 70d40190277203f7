/**
 * The "coping or healing?" report for a person, as of a day: reads their entries from
 * the store and hands them to the pure engine (core/insight/engine.ts).
 */
import type { PersonId } from '../../core/ids.js';
import { buildInsightReport } from '../../core/insight/engine.js';
import type { InsightInput } from '../../core/insight/input.js';
import type { InsightReport } from '../../core/insight/report.js';
import { MAX_WEEKS } from '../../core/insight/period.js';
import { addDays, localDayOf, type CalendarDay } from '../../core/time.js';
import { invalid } from '../errors.js';
import type { Deps } from '../deps.js';
import { measureFacts } from './measureFacts.js';

export interface ReportOptions {
  /** Default: today, in this machine's offset. */
  asOf?: CalendarDay | undefined;
  /** Weeks back from asOf; null for everything; default 26. */
  weeks?: number | null | undefined;
  /** The period's first day instead of weeks back ("since therapy began"). */
  from?: CalendarDay | undefined;
}

// Stored instants were validated on the way in; Date.parse reads them 4× faster than instantToMs.
const msOf = (e: { occurredAt: string }): number => Date.parse(e.occurredAt);

export async function buildReport(deps: Deps, personId: PersonId, opts: ReportOptions = {}): Promise<InsightReport> {
  const today = localDayOf(deps.clock.now());
  const asOf = opts.asOf ?? today;
  // A day ahead is allowed: "today" here is in this machine's offset, not the person's.
  if (asOf > addDays(today, 1)) throw invalid('asOf', "can't be after today: a report looks back from a day that has come");
  if (opts.from !== undefined && opts.weeks !== undefined) throw invalid('from', 'give either from (the first day) or weeks, not both');
  if (opts.from !== undefined && opts.from > asOf) throw invalid('from', 'must be on or before asOf: a report looks back from its last day');
  const store = deps.store;
  const weeks = opts.weeks === undefined ? 26 : opts.weeks;
  const farthest = addDays(asOf, -MAX_WEEKS * 7);
  // Only the period is read; the engine looks no further back than `weeks` (or MAX_WEEKS).
  const since =
    opts.from !== undefined ? (opts.from < farthest ? farthest : opts.from) : addDays(asOf, -(weeks === null ? MAX_WEEKS : Math.min(weeks, MAX_WEEKS)) * 7);
  const query = { since, until: asOf };
  const person = await store.getPerson(personId);
  const [moments, checkins, practices, shifts, facts] = await Promise.all([
    store.listMomentFacts(personId, query),
    store.listEntries('checkins', personId, query),
    store.listEntries('practices', personId, query),
    store.listEntries('shifts', personId, query),
    // The period's questionnaires count from its own first day (weeks × 7 − 1 days back), as the engine's period does.
    measureFacts(deps, personId, opts.from ?? (weeks === null ? null : addDays(asOf, -Math.min(weeks, MAX_WEEKS) * 7 + 1)), asOf, person?.therapyStartedOn ?? null),
  ]);
  const input: InsightInput = {
    asOf,
    weeks,
    from: opts.from,
    moments,
    checkins: checkins.map((c) => ({ ms: msOf(c), day: localDayOf(c.occurredAt), distress: c.distress, mood: c.mood, windowState: c.windowState, sleepHours: c.sleepHours })),
    practices: practices.map((p) => ({ ms: msOf(p), day: localDayOf(p.occurredAt), kind: p.kind, minutes: p.minutes })),
    shifts: shifts.map((s) => ({ ms: msOf(s), day: localDayOf(s.occurredAt), kind: s.kind })),
    measures: facts.measures,
    therapy: facts.therapy,
    criticalAnswers: facts.criticalAnswers,
    safety: facts.safety,
  };
  return buildInsightReport(input);
}
