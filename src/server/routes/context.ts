/** What every route module is given: the use-case dependencies and whose journal it is. */
import type { Deps } from '../../app/deps.js';
import type { PersonId } from '../../core/ids.js';

export interface RouteContext {
  deps: Deps;
  /** Local mode has one person; clinic mode (later) resolves the person per request. */
  personId: PersonId;
}
