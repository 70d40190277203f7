/** The CLI's words for care: the calm screen after a critical answer, crisis lines, the plan. */
import type { MeasureTaken } from '../contracts/measures.js';
import type { SafetyPlanView } from '../contracts/safety.js';
import { crisisLinesFor } from '../core/crisis-lines.js';
import type { Person } from '../core/records.js';
import { MATTERS_MOST_GUIDE, SAFETY_PLAN_CREDIT } from '../core/safety/plan-guide.js';

/**
 * Whose crisis lines: the person (whose country may still be Headway's guess, until the
 * first-start screen is done) or, when there is no person, a country as it is.
 */
export type CrisisFor = Pick<Person, 'country' | 'welcomedAt'> | string;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The lines, emergency number first (the web's order too); says so when the country was only guessed. */
export function crisisLineText(whose: CrisisFor): string[] {
  const country = typeof whose === 'string' ? whose : whose.country;
  const guessed = typeof whose !== 'string' && (whose.welcomedAt ?? null) === null;
  const { lines, exact, shownFor } = crisisLinesFor(country);
  const name = countryName(country);
  return [
    ...(exact
      ? []
      : [
          shownFor === 'EU'
            ? `(Headway has no list for ${name} yet; these numbers work across the European Union.)`
            : `(Headway has no list for ${name} yet.)`,
        ]),
    ...(guessed
      ? [`(${name} is Headway's guess from this computer's settings. To choose your country, open Settings in the app: headway serve)`]
      : []),
    ...lines.map((l) => `  ${l.service}: ${l.contact}${l.hours ? ` (${l.hours})` : ''}`),
  ];
}

/** Shown before any score when an answer needs care (MEASURES.md §4). */
export function criticalText(taken: MeasureTaken, country: CrisisFor): string[] {
  const urgent = taken.critical.filter((c) => c.tier === 'urgent');
  const about = taken.critical.map((c) => `question ${c.item} (${c.label.toLowerCase()})`).join(' and ');
  if (urgent.length === 0) {
    return [
      `Thank you for answering. Your answer to ${about} is worth talking over with someone you trust or your therapist.`,
      '',
    ];
  }
  return [
    `Thank you for answering honestly. Your answer to ${about} matters more than any score.`,
    'Nobody sees these answers as they are saved. If you might act on these thoughts, or you are not safe right now,',
    'please reach out now:',
    ...crisisLineText(country),
    'Your safety plan is one command away: headway safety-plan',
    '',
  ];
}

export function safetyPlanText(plan: SafetyPlanView, country: CrisisFor): string[] {
  const out = ['If you need help now:', ...crisisLineText(country), ''];
  if (plan.updatedAt === null) {
    out.push('Your safety plan is empty so far. You can fill it in on the "I need help now" page of the app.');
    return out;
  }
  for (const g of plan.guide) {
    out.push(`${g.title}:`);
    const lines = plan.steps[g.step];
    out.push(...(lines.length > 0 ? lines.map((l) => `  - ${l}`) : ['  (nothing yet)']));
  }
  out.push(`${MATTERS_MOST_GUIDE.title}:`, `  ${plan.mattersMost || '(nothing yet)'}`, '', SAFETY_PLAN_CREDIT);
  return out;
}

/** Shown after a saved moment or check-in whose words sound heavy. Never blocks, never alarms. */
export function safetyOfferText(country: CrisisFor): string[] {
  return [
    '',
    'Some of what you wrote sounds really heavy. If it would help, these people are there to listen:',
    ...crisisLineText(country),
    'Your safety plan: headway safety-plan',
  ];
}
