/**
 * GAD-7 (Generalized Anxiety Disorder-7), as specified in MEASURES.md §2.2, §3 and §8.
 * Same Pfizer notice as the PHQ-9, so the published wording is kept in `text`.
 * The unscored "how difficult" item is not part of the total and is not modelled here.
 */
import { LOINC_NOTICE, NHS_CONVENTION as NHS, PFIZER_NOTICE, TWO_WEEK_FREQUENCY, type TotalScoredInstrument } from './instrument.js';

export const GAD7: TotalScoredInstrument = {
  id: 'GAD-7',
  name: 'Generalized Anxiety Disorder-7',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  recallPeriod: { days: 14, label: 'the last 2 weeks' },
  items: [
    { number: 1, id: 'on-edge', label: 'Nervous or on edge', text: 'Feeling nervous, anxious, or on edge', loinc: '69725-0' },
    { number: 2, id: 'uncontrolled-worry', label: "Worry I can't stop", text: 'Not being able to stop or control worrying', loinc: '68509-9' },
    { number: 3, id: 'worry-breadth', label: 'Worrying about many things', text: 'Worrying too much about different things', loinc: '69733-4' },
    { number: 4, id: 'relaxing', label: 'Hard to relax', text: 'Trouble relaxing', loinc: '69734-2' },
    { number: 5, id: 'restless', label: 'Restlessness', text: 'Being so restless that it is hard to sit still', loinc: '69735-9' },
    { number: 6, id: 'irritable', label: 'Irritability', text: 'Becoming easily annoyed or irritable', loinc: '69689-8' },
    { number: 7, id: 'dread', label: 'Sense of dread', text: 'Feeling afraid, as if something awful might happen', loinc: '69736-7' },
  ],
  responses: TWO_WEEK_FREQUENCY,
  scoring: {
    multiplier: 1,
    min: 0,
    max: 21,
    better: 'lower',
    source: { citation: 'Sum of items 1–7 (CamCOPS gad7.py); MEASURES.md §2.2', evidence: 'V' },
  },
  subscales: [],
  subscalesSource: null,
  groupings: [],
  bands: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'severe', label: 'Severe', min: 15, max: 21 },
  ],
  bandsKind: 'severity',
  bandsSource: {
    citation: 'Spitzer et al. 2006, Arch Intern Med 166:1092–1097 (abstract); same cut-offs in CamCOPS gad7.py; MEASURES.md §2.2',
    evidence: 'S',
  },
  // NHS caseness (8), not Spitzer's screening cut-point (10): Headway's outcome vocabulary is the NHS one (§3).
  caseness: { direction: 'at-or-above', cutOff: 8, label: 'In the range where a clinician would usually offer treatment (NHS Talking Therapies cut-off)', source: NHS },
  reliableChange: { kind: 'points', points: 4, source: NHS },
  criticalItems: [],
  loinc: { panel: '69737-5', total: '70274-6', notice: LOINC_NOTICE },
  attribution: PFIZER_NOTICE,
  licence: {
    summary: 'Free to reproduce, translate, display or distribute; keep the Pfizer line; do not use the PRIME-MD trademark.',
    source: { citation: 'Pfizer notice in LOINC/LHC-Forms GAD-7 exports, quoted by CamCOPS; MEASURES.md §2.2, §9', evidence: 'V' },
  },
};
