/**
 * The safety plan as the editor holds it: each step a list of lines with stable keys (so
 * removing a line keeps focus and typing where they belong), and back to the request body.
 */
import type { SafetyPlanBody, SafetyPlanView } from '../../../../src/contracts/safety.js';
import { SAFETY_STEPS, type SafetyStep } from '../../../../src/core/safety/records.js';

export interface PlanLine {
  key: number;
  text: string;
}

export interface PlanDraft {
  steps: Record<SafetyStep, PlanLine[]>;
  mattersMost: string;
}

let nextKey = 1;

export function newLine(text = ''): PlanLine {
  nextKey += 1;
  return { key: nextKey, text };
}

/** Each step shows at least one (empty) line, ready to type into. */
export function draftFromPlan(plan: SafetyPlanView): PlanDraft {
  const steps = Object.fromEntries(
    SAFETY_STEPS.map((s) => [s, plan.steps[s].length > 0 ? plan.steps[s].map((t) => newLine(t)) : [newLine()]]),
  ) as Record<SafetyStep, PlanLine[]>;
  return { steps, mattersMost: plan.mattersMost };
}

/** Lines are sent as typed; the server drops empty ones. */
export function bodyFromDraft(draft: PlanDraft): SafetyPlanBody {
  const steps = Object.fromEntries(SAFETY_STEPS.map((s) => [s, draft.steps[s].map((l) => l.text)])) as SafetyPlanBody['steps'];
  return { steps, mattersMost: draft.mattersMost };
}

export function isEmptyPlan(plan: SafetyPlanView): boolean {
  return plan.mattersMost.trim() === '' && SAFETY_STEPS.every((s) => plan.steps[s].length === 0);
}
