/**
 * The safety plan as this browser last saw it, kept in localStorage on the person's own
 * computer (never sent anywhere), so that when the page has lost its session (Headway
 * restarted, a bookmark, another browser window) the plan can still be read in a hard
 * moment. docs/SECURITY.md says what that means for privacy.
 */
import { safetyPlanViewSchema, type SafetyPlanView } from '../../../../src/contracts/safety.js';
import type { IsoInstant } from '../../../../src/core/time.js';
import { nowInstant } from '../../lib/when.js';

const KEY = 'headway.safetyPlan.lastSeen';

export interface KeptPlan {
  plan: SafetyPlanView;
  /** When this device last loaded or saved it, with this browser's offset. */
  seenAt: IsoInstant;
}

export function rememberPlan(plan: SafetyPlanView): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ plan, seenAt: nowInstant() } satisfies KeptPlan));
  } catch {
    // Storage full or switched off: the plan is then only shown while Headway answers.
  }
}

/** The kept copy, or null when there is none or it is not a plan (an older shape, a hand edit). */
export function keptPlan(): KeptPlan | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) return null;
    const value = JSON.parse(raw) as { plan?: unknown; seenAt?: unknown };
    const plan = safetyPlanViewSchema.safeParse(value.plan);
    if (!plan.success || typeof value.seenAt !== 'string' || Number.isNaN(Date.parse(value.seenAt))) return null;
    return { plan: plan.data, seenAt: value.seenAt as IsoInstant };
  } catch {
    return null;
  }
}
