/**
 * Plain words for questionnaire results: what a band means, what a change means, and the
 * NHS Talking Therapies outcomes. They inform and never diagnose (PRODUCT.md).
 */
import type { InstrumentOverview, InstrumentView, MeasuresOverview } from '../../../../src/contracts/measures.js';
import type { InstrumentId } from '../../../../src/core/measures/instrument.js';

/** The name people know a questionnaire by ("Brief COPE", not its id "Brief-COPE"). */
export function shortName(id: InstrumentId): string {
  return id === 'Brief-COPE' ? 'Brief COPE' : id;
}

/** What each questionnaire asks about, in a few words. */
export const ABOUT: Record<InstrumentId, string> = {
  'PHQ-9': 'Low mood and how it has been affecting you',
  'GAD-7': 'Worry and anxiety',
  'WHO-5': 'Your sense of well-being',
  'PCL-5': 'How a very stressful experience still affects you',
  'Brief-COPE': 'The ways you have been coping',
};

const TALK = 'It may help to talk it through with your therapist or doctor.';

const MEANINGS: Partial<Record<InstrumentId, Record<string, string>>> = {
  'PHQ-9': {
    minimal: 'Low mood and the things that come with it have bothered you little, if at all.',
    mild: 'Some of these difficulties have been around on some days. Worth noticing, gently.',
    moderate: `These difficulties have been around quite a lot. ${TALK}`,
    'moderately-severe': `These difficulties have been weighing on you a lot, on many days. ${TALK}`,
    severe: 'These difficulties have been weighing on you heavily, most days. Please consider talking with your therapist or doctor soon — you do not have to wait for a planned appointment.',
  },
  'GAD-7': {
    minimal: 'Worry and anxiety have bothered you little, if at all.',
    mild: 'Worry and anxiety have been around on some days. Worth noticing, gently.',
    moderate: `Worry and anxiety have been around quite a lot. ${TALK}`,
    severe: 'Worry and anxiety have been weighing on you heavily, most days. Please consider talking with your therapist or doctor soon.',
  },
  'WHO-5': {
    'very-low': `Your well-being has been low. Scores this low are a good reason to talk with your therapist or doctor about how you have been.`,
    'poor-wellbeing': `Your well-being has been lower than it is for most people. ${TALK}`,
    'above-cut-off': 'Your well-being sits above the level where this questionnaire suggests a closer look.',
  },
  'PCL-5': {
    'below-cut-off': 'Your score is below the level that usually leads to a closer look for PTSD. Anything that stands out to you is still worth talking about.',
    'at-or-above-cut-off': 'Your score is at or above the level where clinicians usually take a closer look for PTSD. It is a screen, not a diagnosis — your therapist can help you make sense of it.',
  },
};

export function bandMeaning(instrument: InstrumentId, bandId: string): string | null {
  return MEANINGS[instrument]?.[bandId] ?? null;
}

/** The band's label for a band id (overview points carry the id); the text itself when unknown. */
export function bandLabel(instrument: InstrumentView, band: string | null): string | null {
  if (band === null) return null;
  return instrument.bands.find((b) => b.id === band || b.label === band)?.label ?? band;
}

export function directionNote(instrument: InstrumentView): string | null {
  if (instrument.total === null) return null;
  return instrument.total.better === 'higher'
    ? `Higher is better on the ${shortName(instrument.id)}: it measures well-being.`
    : `Lower is better on the ${shortName(instrument.id)}: it measures how much difficulties have bothered you.`;
}

export const RELIABLE_WORDS: Record<NonNullable<InstrumentOverview['reliableChange']>, string> = {
  improved: 'A reliable change for the better: bigger than this questionnaire’s usual ups and downs.',
  deteriorated: 'A reliable change for the worse: bigger than the usual ups and downs. It may help to bring this to a session.',
  'no-reliable-change': 'No reliable change yet: the difference is within this questionnaire’s usual ups and downs.',
};

type NhsOutcome = NonNullable<MeasuresOverview['nhs']>['outcome'];

export const NHS_WORDS: Record<NhsOutcome, string> = {
  'not-at-caseness': 'Your first PHQ-9 and GAD-7 were both below the cut-offs, so by this convention “recovery” does not apply.',
  // The NHS flag needs no reliable change (8 → 7 on the GAD-7 counts): say what moved, and that it is within the usual ups and downs.
  recovery:
    'Moved below the treatment range: your first scores were above a cut-off and your latest are below both, by no more than the usual ups and downs (the NHS counts this as “recovery”).',
  'reliable-improvement': 'Reliable improvement: at least one score fell by more than the usual ups and downs, and neither rose that much.',
  'reliable-recovery': 'Reliable recovery: recovery and reliable improvement together.',
  'no-reliable-change': 'No reliable change yet on the paired scores.',
  'reliable-deterioration': 'Reliable deterioration: at least one score rose by more than the usual ups and downs. It may help to bring this to a session.',
};

/** "Snapshot, not a diagnosis", with the questionnaire's own time frame. */
export function snapshotWords(instrument: InstrumentView): string {
  return `This is a snapshot of ${instrument.recallPeriod.label}, not a diagnosis. Scores move with life; the pattern over time, and what it means to you, matter more than any one number.`;
}

/** "+3", "−2", "0": a change in points with a real minus sign. */
export function signed(change: number): string {
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '0';
}
