/**
 * A gentle offer after saving a moment or check-in whose words suggest the person may not
 * be safe (the server adds `safety: { offerSafetyPlan: true }` to its answer). It never
 * blocks anything and never raises its voice.
 */
import type { z } from 'zod';
import { safetyOfferSchema } from '../../../../src/contracts/safety.js';
import { href } from '../../lib/route.js';
import './safety.css';

export type SafetyOfferView = z.infer<typeof safetyOfferSchema>;

/** The offer carried by a saved entry's response, if there is one. */
export function safetyOfferOf(response: unknown): SafetyOfferView | null {
  if (typeof response !== 'object' || response === null || !('safety' in response)) return null;
  const parsed = safetyOfferSchema.safeParse(response.safety);
  return parsed.success ? parsed.data : null;
}

export const OFFER_WORDS = 'Some of what you wrote sounds really heavy. If it would help, your safety plan and people to talk to are here.';

export function SafetyOffer() {
  return (
    <aside className="safety-offer" aria-label="Support, if you want it">
      <p>{OFFER_WORDS}</p>
      <a className="button secondary" href={href({ page: 'safety' })}>
        Open my safety plan
      </a>
    </aside>
  );
}
