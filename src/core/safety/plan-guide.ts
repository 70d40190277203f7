/**
 * Headway's own words for the six steps of a safety plan and its closing question.
 * The structure follows the Safety Planning Intervention of Stanley & Brown (2012,
 * Cogn Behav Pract 19:256–264; MEASURES.md §6). The published form is copyrighted and
 * may not be changed or used in an electronic record without permission, so nothing of
 * its wording is used here and the plan is not given its name.
 */
import type { SafetyStep } from './records.js';

export interface SafetyStepGuide {
  step: SafetyStep;
  title: string;
  prompt: string;
}

export const SAFETY_PLAN_GUIDE: readonly SafetyStepGuide[] = [
  {
    step: 'warningSigns',
    title: 'Signs that a hard time is building',
    prompt: 'The thoughts, feelings, places or habits that tell you things are getting heavier.',
  },
  {
    step: 'onMyOwn',
    title: 'Things I can do by myself',
    prompt: 'Small things that have helped you get through before, with no one else needed.',
  },
  {
    step: 'distractions',
    title: 'People and places that take my mind elsewhere',
    prompt: 'Someone to be around, or somewhere to go, that shifts your attention for a while.',
  },
  {
    step: 'askForHelp',
    title: 'Someone I can tell how I am really doing',
    prompt: 'People you could tell how you are really doing. A name and a number is enough.',
  },
  {
    step: 'professionals',
    title: 'Where to turn for professional support',
    prompt: 'Your therapist, GP or doctor, a crisis line, or the nearest emergency department.',
  },
  {
    step: 'saferSurroundings',
    title: 'Making where I am safer',
    prompt: 'What you can put away, hand to someone, or keep at a distance while things are hard.',
  },
];

export const MATTERS_MOST_GUIDE = {
  title: 'What matters most to me',
  prompt: 'The people, hopes or things that are worth staying for, in your own words.',
} as const;

/** Attribution shown with the plan: the method, not the form. */
export const SAFETY_PLAN_CREDIT =
  'The six steps follow the safety planning method described by Stanley & Brown (2012). The wording is Headway’s own.';
