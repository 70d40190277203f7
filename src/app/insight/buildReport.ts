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
}

// Stored instants were validated on the way in; Date.parse reads them 4× faster than instantToMs.
const msOf = (e: { occurredAt: string }): number => Date.parse(e.occurredAt);

export async function buildReport(deps: Deps, personId: PersonId, opts: ReportOptions = {}): Promise<InsightReport> {
  const today = localDayOf(deps.clock.now());
  const asOf = opts.asOf ?? today;
  // A day ahead is allowed: "today" here is in this machine's offset, not the person's.
  if (asOf > addDays(today, 1)) throw invalid('asOf', "can't be after today: a report looks back from a day that has come");
  const store = deps.store;
  const weeks = opts.weeks === undefined ? 26 : opts.weeks;
  // Only the period is read; the engine looks no further back than `weeks` (or MAX_WEEKS).
  const query = { since: addDays(asOf, -(weeks === null ? MAX_WEEKS : Math.min(weeks, MAX_WEEKS)) * 7), until: asOf };
  const [moments, checkins, practices, shifts, facts] = await Promise.all([
    store.listMomentFacts(personId, query),
    store.listEntries('checkins', personId, query),
    store.listEntries('practices', personId, query),
    store.listEntries('shifts', personId, query),
    measureFacts(deps, personId, query.since, asOf),
  ]);
  const input: InsightInput = {
    asOf,
    weeks,
    moments,
    checkins: checkins.map((c) => ({ ms: msOf(c), day: localDayOf(c.occurredAt), distress: c.distress, mood: c.mood, windowState: c.windowState, sleepHours: c.sleepHours })),
    practices: practices.map((p) => ({ ms: msOf(p), day: localDayOf(p.occurredAt), kind: p.kind, minutes: p.minutes })),
    shifts: shifts.map((s) => ({ ms: msOf(s), day: localDayOf(s.occurredAt), kind: s.kind })),
    measures: facts.measures,
    safety: facts.safety,
  };
  return buildInsightReport(input);
}
