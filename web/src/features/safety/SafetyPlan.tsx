/**
 * "My safety plan" on the help page: the person's own steps for a hard time, to read (each
 * phone number a link), print, or edit as a separate step. It loads after the crisis lines
 * above it, so they never wait on it; when Headway cannot be reached it shows the copy this
 * device last saw, and says so.
 */
import { useEffect } from 'react';
import type { SafetyPlanView } from '../../../../src/contracts/safety.js';
import { SAFETY_PLAN_CREDIT } from '../../../../src/core/safety/plan-guide.js';
import type { IsoInstant } from '../../../../src/core/time.js';
import { api, ApiError } from '../../lib/api.js';
import { friendlyError, RECONNECT_STEPS, RESTARTED_MESSAGE } from '../../lib/friendly.js';
import { href } from '../../lib/route.js';
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { plainDay, timeOf } from '../../lib/when.js';
import { keptPlan, rememberPlan } from './planCache.js';
import { isEmptyPlan } from './planDraft.js';
import { PlanText } from './PlanText.js';

/** Why the plan shown is the kept copy, and how to get back to the live one. */
function KeptNote({ seenAt, error }: { seenAt: IsoInstant; error: unknown }) {
  const lost = error instanceof ApiError && error.code === 'unauthorized';
  return (
    <div className="notice plan-kept-note">
      <p>
        This is your plan as this device last saw it, on {plainDay(seenAt)} at {timeOf(seenAt)}.
      </p>
      <p className="small">{lost ? `${RESTARTED_MESSAGE} ${RECONNECT_STEPS}` : friendlyError(error)}</p>
    </div>
  );
}

export function SafetyPlan() {
  const loaded = useLoad(() => api.get<SafetyPlanView>('/api/safety-plan'), 'safety-plan');
  useEffect(() => {
    if (loaded.data !== undefined) rememberPlan(loaded.data);
  }, [loaded.data]);
  const kept = loaded.data === undefined && loaded.error !== null ? keptPlan() : null;
  const plan = loaded.data ?? kept?.plan;
  const empty = plan !== undefined && isEmptyPlan(plan);

  return (
    <section className="safety-plan" aria-labelledby="plan-heading">
      <div className="plan-head">
        <h2 id="plan-heading" tabIndex={-1}>
          My safety plan
        </h2>
        {plan !== undefined && !empty && (
          <div className="plan-actions no-print">
            {loaded.data !== undefined && (
              <a className="button secondary small-button" href={href({ page: 'safety', edit: true })}>
                Edit my plan
              </a>
            )}
            <button type="button" className="quiet small-button" onClick={() => window.print()}>
              Print my plan
            </button>
          </div>
        )}
      </div>
      {kept !== null && <KeptNote seenAt={kept.seenAt} error={loaded.error} />}
      {loaded.error !== null && kept === null && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && plan === undefined && <p className="muted">Opening your plan…</p>}
      {empty && (
        <div className="plan-invite no-print">
          <p>
            You haven&apos;t written a plan yet. On a calmer day, it can help to note what tells you a hard time is building, what helps,
            and who you can reach. A line or two is a good start; you can add the rest another time.
          </p>
          {kept === null && (
            <a className="button secondary" href={href({ page: 'safety', edit: true })}>
              Write my safety plan
            </a>
          )}
        </div>
      )}
      {plan !== undefined && (
        <>
          <PlanText plan={plan} />
          {plan.updatedAt !== null && <p className="small muted updated">Last changed {plainDay(plan.updatedAt)}.</p>}
        </>
      )}
      <p className="small muted credit">{SAFETY_PLAN_CREDIT}</p>
    </section>
  );
}
