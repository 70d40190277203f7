/**
 * Writing or changing the safety plan: a page of its own, reached from "Edit my plan", so
 * the help page stays calm text to read. Saving goes back to the plan as it now reads.
 */
import type { SafetyPlanView } from '../../../../src/contracts/safety.js';
import { api } from '../../lib/api.js';
import { href, navigate } from '../../lib/route.js';
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { rememberPlan } from './planCache.js';
import { SafetyPlanForm } from './SafetyPlanForm.js';

/** Set just before going back to the help page after a save: it then opens at the plan. */
let openAtPlan = false;

export function takeOpenAtPlan(): boolean {
  const was = openAtPlan;
  openAtPlan = false;
  return was;
}

export function EditPlanPage() {
  const loaded = useLoad(() => api.get<SafetyPlanView>('/api/safety-plan'), 'safety-plan-edit');
  const plan = loaded.data;
  return (
    <div className="plan-edit-page">
      <p>
        <a href={href({ page: 'safety' })}>← Back to my plan</a>
      </p>
      <h1 tabIndex={-1}>Edit my safety plan</h1>
      <p className="lead">
        A plan made on a calmer day, for a harder one: what to look out for, what helps, and who to reach. Write a name and a number
        together, and the number becomes a link to call. It stays on this computer.
      </p>
      {loaded.error !== null && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && plan === undefined && <p className="muted">Opening your plan…</p>}
      {plan !== undefined && (
        <SafetyPlanForm
          plan={plan}
          onSaved={(saved) => {
            rememberPlan(saved);
            loaded.setData(() => saved);
            openAtPlan = true;
            navigate({ page: 'safety' });
          }}
        />
      )}
    </div>
  );
}
