/** GET /api/report: the "coping or healing?" report as of a day, over the last N weeks (or everything). */
import type { TriggerPoints } from '../../../../src/contracts/report.js';
import type { InsightReport } from '../../../../src/core/insight/report.js';
import type { CalendarDay } from '../../../../src/core/time.js';
import { api, ApiError } from '../../lib/api.js';
import { friendlyError } from '../../lib/friendly.js';

export type Weeks = number | 'all';

export function reportPath(asOf: CalendarDay, weeks: Weeks): string {
  // Always say how far back: without `weeks` the server picks its own default (26).
  const params = new URLSearchParams({ asOf, weeks: String(weeks) });
  return `/api/report?${params.toString()}`;
}

export function loadReport(asOf: CalendarDay, weeks: Weeks): Promise<InsightReport> {
  return api.get<InsightReport>(reportPath(asOf, weeks));
}

export function triggerPointsPath(trigger: string, from: CalendarDay, to: CalendarDay): string {
  return `/api/report/trigger-points?${new URLSearchParams({ trigger, from, to }).toString()}`;
}

/** Every moment of one trigger in the report's period, when the chart shows weekly middle values. */
export function loadTriggerPoints(trigger: string, from: CalendarDay, to: CalendarDay): Promise<TriggerPoints> {
  return api.get<TriggerPoints>(triggerPointsPath(trigger, from, to));
}

/** Words for a failed load; a missing report route is not "an entry was deleted". */
export function reportProblem(error: unknown): string {
  if (error instanceof ApiError && error.code === 'not_found') return 'This Headway server cannot make the progress report yet. Updating Headway should fix it.';
  return friendlyError(error);
}

/** True when the journal has nothing in the period at all. */
export function isEmpty(report: InsightReport): boolean {
  const c = report.counts;
  return c.moments + c.checkins + c.practices + c.shifts === 0;
}
