/**
 * The report's verdicts in warm, plain words: the overall mode, the phase, which way a
 * piece of evidence points, and how a trigger is doing. Information, never a judgement.
 */
import type { TriggerLeaning } from '../../../../src/core/insight/leaning.js';
import type { EvidenceLine, InsightReport, Mode, Phase } from '../../../../src/core/insight/report.js';
import { count } from '../../../../src/core/words/plural.js';

export const MODE_WORDS: Record<Mode, { headline: string; more: string }> = {
  shifting: {
    headline: 'Things are shifting — progress is underway',
    more: 'Some of your moments are changing, not only being got through. The evidence is below.',
  },
  coping: {
    headline: 'Coping is doing its job; the shifts may still be coming',
    more: 'Getting through is real work. Change often shows up in the numbers later than it does in life.',
  },
  setback: {
    headline: 'A hard stretch inside a longer improving path — setbacks are part of healing, not a reset',
    more: 'The recent weeks have been heavier, and the longer path still points forward. Be gentle with yourself.',
  },
  stabilising: {
    headline: 'Right now, steadiness comes first',
    more: 'When a lot is going on, coping is exactly the right work. Deeper change can wait until you feel on firmer ground.',
  },
};

export const PHASE_WORDS: Record<Phase, { title: string; text: string }> = {
  stabilise: {
    title: 'A time to steady yourself',
    text: 'Right now, soothing and grounding come first, before any deeper work. That is not falling behind.',
  },
  ready: {
    title: 'Room for deeper work',
    text: 'At least half of what you noted in the last two weeks was inside your window of tolerance, so there may be room for deeper work — at your own pace.',
  },
  'not-enough-data': {
    title: 'Finding your footing',
    text: 'There are not many notes about your window of tolerance from the last two weeks yet, so nothing here says whether it is a time to steady yourself or to go deeper. Noting how your body felt when you log a moment helps.',
  },
};

/** Which way a line of evidence points, as a word and a symbol (never colour alone). */
export const POINTS_WORDS: Record<EvidenceLine['points'], { label: string; symbol: string }> = {
  progress: { label: 'Progress', symbol: '↗' },
  steady: { label: 'Steady', symbol: '→' },
  strain: { label: 'Strain', symbol: '↘' },
};

/**
 * A trigger's overall status, as a short heading beside its name, keyed by triggerLeaning
 * (core/insight/leaning.ts): a change the test cannot vouch for yet is named by the way its
 * lines go, so "Holding steady" only ever sits beside flat lines.
 */
export const TRIGGER_STATUS: Record<TriggerLeaning, { label: string; about: string }> = {
  improving: { label: 'Easing', about: 'This trigger lands more softly, or passes sooner, than it used to.' },
  'lighter-not-clear': {
    label: 'A little lighter, not yet clearly',
    about: 'Its moments have been a little lighter lately, but not by enough yet to tell apart from ordinary ups and downs.',
  },
  steady: { label: 'Holding steady', about: 'No clear change yet either way — that is common, and it can change.' },
  mixed: { label: 'No clear change', about: 'A little lighter one way and a little heavier the other; nothing clear yet either way.' },
  'heavier-not-clear': {
    label: 'A little heavier, not yet clearly',
    about: 'Its moments have been a little heavier lately, not by enough yet to tell apart from ordinary ups and downs.',
  },
  worsening: { label: 'A little harder lately', about: 'This one has been heavier recently. Worth noticing, and maybe bringing to a session.' },
  'not-enough-data': { label: 'Not enough yet', about: 'Too few moments to say anything honest yet.' },
};

/**
 * What would help when a trigger has too little data, said kindly. `missing` is the
 * report's noun phrase: "2 more moments with this trigger", "moments spread over at least 3 weeks".
 */
export function missingWords(missing: string | null): string {
  const need =
    missing !== null && missing.trim() !== ''
      ? `It needs ${missing.trim().replace(/\.$/, '')} — noted as they come, over the next weeks.`
      : 'A few more moments with this trigger over the next weeks would help.';
  return `Not enough yet to see a trend, and that is all this means. ${need} There is no rush.`;
}

/** What the period holds: "12 moments, 1 check-in, 3 healing practices, 0 shifts". */
export function countsWords(c: InsightReport['counts']): string {
  return [count(c.moments, 'moment'), count(c.checkins, 'check-in'), count(c.practices, 'healing practice'), count(c.shifts, 'shift')].join(', ');
}

/**
 * The paired NHS Talking Therapies outcome as a short table cell, without the word
 * "caseness": "the treatment range" is the range where a clinician would usually offer
 * treatment (PHQ-9 10 or more, GAD-7 8 or more). Unknown values pass through readable.
 */
export function nhsOutcomeWords(outcome: string): string {
  const words: Record<string, string> = {
    'not-at-caseness': 'started below the treatment range, so “recovery” does not apply',
    // The NHS flag needs no reliable change: 8 → 7 on the GAD-7 would be "recovery". Headway
    // never calls a change within the usual ups and downs a recovery.
    recovery: 'moved below the treatment range, by no more than the usual ups and downs',
    'reliable-improvement': 'reliable improvement',
    'reliable-recovery': 'reliable recovery: below the treatment range, by more than the usual ups and downs',
    'no-reliable-change': 'no reliable change yet',
    'reliable-deterioration': 'reliably worse — worth talking through',
  };
  return words[outcome] ?? outcome.replaceAll('-', ' ');
}

/** The line under the questionnaire table that says what "the treatment range" means. */
export const TREATMENT_RANGE_NOTE =
  'Outcome follows the NHS Talking Therapies convention for the PHQ-9 and GAD-7 together. “The treatment range” is the range where a clinician would usually offer treatment (PHQ-9 10 or more, GAD-7 8 or more).';
