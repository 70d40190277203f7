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
function draftFromBody(body: Pick<SafetyPlanBody, 'steps' | 'mattersMost'>): PlanDraft {
  const steps = Object.fromEntries(
    SAFETY_STEPS.map((s) => {
      const lines = body.steps[s] ?? [];
      return [s, lines.length > 0 ? lines.map((t) => newLine(t)) : [newLine()]];
    }),
  ) as Record<SafetyStep, PlanLine[]>;
  return { steps, mattersMost: body.mattersMost ?? '' };
}

export function draftFromPlan(plan: SafetyPlanView): PlanDraft {
  return draftFromBody(plan);
}

/** Lines are sent as typed; the server drops empty ones. */
export function bodyFromDraft(draft: PlanDraft): SafetyPlanBody {
  const steps = Object.fromEntries(SAFETY_STEPS.map((s) => [s, draft.steps[s].map((l) => l.text)])) as SafetyPlanBody['steps'];
  return { steps, mattersMost: draft.mattersMost };
}

export function isEmptyPlan(plan: SafetyPlanView): boolean {
  return plan.mattersMost.trim() === '' && SAFETY_STEPS.every((s) => plan.steps[s].length === 0);
}

/**
 * Unsaved changes kept in this browser (localStorage, never sent anywhere) until they are
 * saved or put back, so going to another page and back loses nothing, nor does a save
 * refused because the session ended: following the printed link again opens a new tab,
 * which still finds them. Kept with the saved plan's time, and offered back only over
 * that same saved plan.
 */
const UNSAVED_KEY = 'headway.safetyPlan.unsaved';

interface Unsaved {
  base: string | null;
  body: SafetyPlanBody;
}

const sameBody = (a: SafetyPlanBody, b: SafetyPlanBody) => JSON.stringify(a) === JSON.stringify(b);

export function unsavedFor(plan: SafetyPlanView): PlanDraft | null {
  try {
    const raw = localStorage.getItem(UNSAVED_KEY);
    if (raw === null) return null;
    const u = JSON.parse(raw) as Unsaved;
    if (u.base !== plan.updatedAt) return null;
    if (sameBody(u.body, bodyFromDraft(draftFromPlan(plan)))) return null;
    return draftFromBody(u.body);
  } catch {
    return null;
  }
}

/** Keeps the draft while it differs from the saved plan; returns whether it does. */
export function keepUnsaved(plan: SafetyPlanView, draft: PlanDraft): boolean {
  const body = bodyFromDraft(draft);
  const changed = !sameBody(body, bodyFromDraft(draftFromPlan(plan)));
  try {
    if (changed) localStorage.setItem(UNSAVED_KEY, JSON.stringify({ base: plan.updatedAt, body } satisfies Unsaved));
    else localStorage.removeItem(UNSAVED_KEY);
  } catch {
    // Storage may be full or off; the draft then lives only on this page, as before.
  }
  return changed;
}

export function forgetUnsaved(): void {
  try {
    localStorage.removeItem(UNSAVED_KEY);
  } catch {
    // nothing kept
  }
}
