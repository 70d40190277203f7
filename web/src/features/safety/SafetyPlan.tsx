/**
 * "My safety plan": the person's own steps for a hard time, editable and printable.
 * It loads after the crisis lines above it, so they never wait on it.
 */
import type { SafetyPlanView } from '../../../../src/contracts/safety.js';
import { SAFETY_PLAN_CREDIT } from '../../../../src/core/safety/plan-guide.js';
import { api } from '../../lib/api.js';
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { plainDay } from '../../lib/when.js';
import { isEmptyPlan } from './planDraft.js';
import { PlanPrint } from './PlanPrint.js';
import { SafetyPlanForm } from './SafetyPlanForm.js';

export function SafetyPlan() {
  const loaded = useLoad(() => api.get<SafetyPlanView>('/api/safety-plan'), 'safety-plan');
  const plan = loaded.data;

  return (
    <section className="safety-plan" aria-labelledby="plan-heading">
      <div className="plan-head">
        <h2 id="plan-heading" tabIndex={-1}>
          My safety plan
        </h2>
        <button type="button" className="secondary small-button no-print" onClick={() => window.print()} disabled={plan === undefined}>
          Print my plan
        </button>
      </div>
      <p className="section-lead no-print">
        A plan made on a calmer day, for a harder one: what to look out for, what helps, and who to reach. Go through it step by step —
        if one step does not help, move on to the next. It stays on this computer.
      </p>
      {plan !== undefined && isEmptyPlan(plan) && (
        <p className="notice no-print">Nothing here yet. A line or two in any step is a good start; you can fill in the rest another day.</p>
      )}
      {loaded.error !== null && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && plan === undefined && <p className="muted">Opening your plan…</p>}
      {plan !== undefined && (
        <>
          <SafetyPlanForm plan={plan} onSaved={(saved) => loaded.setData(() => saved)} />
          <PlanPrint plan={plan} />
          {plan.updatedAt !== null && <p className="small muted updated">Last changed {plainDay(plan.updatedAt)}.</p>}
        </>
      )}
      <p className="small muted credit">{SAFETY_PLAN_CREDIT}</p>
    </section>
  );
}
