/**
 * PHQ-9 (Patient Health Questionnaire-9), as specified in MEASURES.md §2.1, §3, §4 and §8.
 * Pfizer's notice allows the items to be reproduced and displayed without permission, so the
 * published wording is kept in `text`, with the required copyright line in `attribution`.
 * The unscored "how difficult" item is not part of the total and is not modelled here.
 */
import { LOINC_NOTICE, NHS_CONVENTION as NHS, PFIZER_NOTICE, TWO_WEEK_FREQUENCY, type TotalScoredInstrument } from './instrument.js';

export const PHQ9: TotalScoredInstrument = {
  id: 'PHQ-9',
  name: 'Patient Health Questionnaire-9',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  recallPeriod: { days: 14, label: 'the last 2 weeks' },
  items: [
    { number: 1, id: 'interest', label: 'Interest and enjoyment', text: 'Little interest or pleasure in doing things', loinc: '44250-9' },
    { number: 2, id: 'mood', label: 'Low or hopeless mood', text: 'Feeling down, depressed, or hopeless', loinc: '44255-8' },
    { number: 3, id: 'sleep', label: 'Sleep', text: 'Trouble falling or staying asleep, or sleeping too much', loinc: '44259-0' },
    { number: 4, id: 'energy', label: 'Tiredness and energy', text: 'Feeling tired or having little energy', loinc: '44254-1' },
    { number: 5, id: 'appetite', label: 'Appetite', text: 'Poor appetite or overeating', loinc: '44251-7' },
    {
      number: 6,
      id: 'self-worth',
      label: 'Feeling bad about myself',
      text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      loinc: '44258-2',
    },
    {
      number: 7,
      id: 'concentration',
      label: 'Concentration',
      text: 'Trouble concentrating on things, such as reading the newspaper or watching television',
      loinc: '44252-5',
    },
    {
      number: 8,
      id: 'pace',
      label: 'Slowed down or restless',
      text:
        'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless ' +
        'that you have been moving around a lot more than usual',
      loinc: '44253-3',
    },
    {
      number: 9,
      id: 'self-harm-thoughts',
      label: 'Thoughts of death or self-harm',
      text: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      loinc: '44260-8',
    },
  ],
  responses: TWO_WEEK_FREQUENCY,
  scoring: {
    multiplier: 1,
    min: 0,
    max: 27,
    better: 'lower',
    source: { citation: 'Sum of items 1–9 (CamCOPS phq9.py; US Core Questionnaire); MEASURES.md §2.1', evidence: 'V' },
  },
  subscales: [],
  subscalesSource: null,
  groupings: [],
  bands: [
    { id: 'minimal', label: 'None or minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
    { id: 'severe', label: 'Severe', min: 20, max: 27 },
  ],
  bandsKind: 'severity',
  bandsSource: {
    citation: 'Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16:606–613 (abstract); same cut-offs in CamCOPS phq9.py; MEASURES.md §2.1',
    evidence: 'S',
  },
  caseness: { direction: 'at-or-above', cutOff: 10, label: 'In the range where a clinician would usually offer treatment (NHS Talking Therapies cut-off)', source: NHS },
  reliableChange: { kind: 'points', points: 6, source: NHS },
  criticalItems: [
    {
      item: 9,
      minValue: 1,
      tier: 'urgent',
      reason: 'Any thoughts of being better off dead or of self-harm: a trigger for a safety check now, not a risk assessment.',
      source: { citation: 'MEASURES.md §4 (design recommendation; Simon et al. 2013, Psychiatr Serv 64:1195–1202)', evidence: 'S' },
    },
  ],
  loinc: { panel: '44249-1', total: '44261-6', notice: LOINC_NOTICE },
  attribution: PFIZER_NOTICE,
  licence: {
    summary: 'Free to reproduce, translate, display or distribute; keep the Pfizer line; do not use the PRIME-MD trademark.',
    source: { citation: 'US Core STU9 Questionnaire phq-9-example copyright element; MEASURES.md §2.1, §9', evidence: 'V' },
  },
};
