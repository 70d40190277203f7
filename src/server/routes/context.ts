/** What every route module is given: the use-case dependencies and whose journal it is. */
import type { Deps } from '../../app/deps.js';
import type { PersonId } from '../../core/ids.js';
import type { ReportRunner } from '../report-runner.js';

export interface RouteContext {
  deps: Deps;
  /** Local mode has one person; clinic mode (later) resolves the person per request. */
  personId: PersonId;
  /** Builds reports, off the event loop when it can (server/report-runner.ts). */
  reports: ReportRunner;
}
