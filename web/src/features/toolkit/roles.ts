/** How each role is described to the person: as information, never as a verdict. */
import { STRATEGY_FUNCTIONS, STRATEGY_ROLES, type StrategyRole } from '../../../../src/core/vocabulary.js';
import { FUNCTION_LABELS } from '../../lib/labels.js';

export const ROLE_WORDS: Record<StrategyRole, { title: string; about: string }> = {
  coping: {
    title: 'Coping',
    about: 'Gets you through the moment — soothing, grounding, reaching out. Needing it is not failure.',
  },
  avoidant: {
    title: 'Avoidant',
    about: "Helpful in the moment, can keep you stuck when it's the only way.",
  },
  healing: {
    title: 'Healing',
    about: 'Work that changes the moment itself, slowly, over time.',
  },
};

export const ROLE_OPTIONS = STRATEGY_ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r].title }));
export const FUNCTION_OPTIONS = STRATEGY_FUNCTIONS.map((f) => ({ value: f, label: FUNCTION_LABELS[f] }));
