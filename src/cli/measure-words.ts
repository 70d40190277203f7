/** The terminal's words for the NHS Talking Therapies outcome: plain sentences, never the code names ("not-at-caseness"). */
import type { MeasuresOverview } from '../contracts/measures.js';

type NhsOutcome = NonNullable<MeasuresOverview['nhs']>['outcome'];

/** The same meaning as the web's NHS_WORDS (web/src/features/measures/measureWords.ts), worded for one line of text. */
export const NHS_OUTCOME_WORDS: Record<NhsOutcome, string> = {
  'not-at-caseness': 'your first PHQ-9 and GAD-7 were both below the cut-offs, so “recovery” does not apply.',
  recovery: 'recovery: your first scores were above a cut-off, and your latest are below both.',
  'reliable-improvement': 'reliable improvement: at least one score fell by more than the usual ups and downs, and neither rose that much.',
  'reliable-recovery': 'reliable recovery: recovery and reliable improvement together.',
  'no-reliable-change': 'no reliable change yet on the paired scores.',
  'reliable-deterioration': 'reliable deterioration: at least one score rose by more than the usual ups and downs. It may help to bring this to a session.',
};
