/** The person's safety plan: read it (empty until first saved) and save it whole. */
import type { SafetyPlanBody, SafetyPlanView } from '../../contracts/safety.js';
import type { PersonId } from '../../core/ids.js';
import { SAFETY_PLAN_GUIDE } from '../../core/safety/plan-guide.js';
import { SAFETY_STEPS, type SafetyPlan } from '../../core/safety/records.js';
import type { Deps } from '../deps.js';

const view = (plan: SafetyPlan): SafetyPlanView => ({
  steps: plan.steps,
  mattersMost: plan.mattersMost,
  updatedAt: plan.updatedAt,
  guide: SAFETY_PLAN_GUIDE.map(({ step, title, prompt }) => ({ step, title, prompt })),
});

export async function getSafetyPlan(deps: Deps, personId: PersonId): Promise<SafetyPlanView> {
  return view(await deps.store.getSafetyPlan(personId));
}

/** Replaces the plan; a step left out of `body` is saved empty, so what is sent is what is kept. */
export async function saveSafetyPlan(deps: Deps, personId: PersonId, body: SafetyPlanBody): Promise<SafetyPlanView> {
  const plan = {
    steps: Object.fromEntries(SAFETY_STEPS.map((s) => [s, body.steps[s] ?? []])) as SafetyPlan['steps'],
    mattersMost: body.mattersMost ?? '',
    updatedAt: deps.clock.now(),
  };
  await deps.store.transaction((tx) => tx.putSafetyPlan(personId, plan));
  return view(plan);
}
