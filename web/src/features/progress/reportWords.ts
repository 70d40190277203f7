/**
 * The report's verdicts in warm, plain words: the overall mode, the phase, which way a
 * piece of evidence points, and how a trigger is doing. Information, never a judgement.
 */
import type { EvidenceLine, Mode, Phase, TrendStatus } from '../../../../src/core/insight/report.js';

export const MODE_WORDS: Record<Mode, { headline: string; more: string }> = {
  shifting: {
    headline: 'Things are shifting — progress is underway',
    more: 'Some of your moments are changing, not only being got through. The evidence is below.',
  },
  coping: {
    headline: 'Holding steady: coping is doing its job; the shifts may still be coming',
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

/** A trigger's overall status, as a short heading beside its name. */
export const TRIGGER_STATUS: Record<TrendStatus, { label: string; about: string }> = {
  improving: { label: 'Easing', about: 'This trigger lands more softly, or passes sooner, than it used to.' },
  steady: { label: 'Holding steady', about: 'No clear change yet either way — that is common, and it can change.' },
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
