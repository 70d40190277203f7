/**
 * WHO-5 Well-Being Index, as specified in MEASURES.md §2.3 and §8.
 * Free to use; the owner asks that altered wording be marked as altered, so the published
 * wording is kept in `text` and Headway's short labels are for charts only.
 * Higher is better, the opposite of the PHQ-9 and GAD-7.
 * No LOINC code is verified (repos give conflicting ones), so `loinc` is null.
 */
import type { Source, TotalScoredInstrument } from './instrument.js';

const CORC_AND_OWNER: Source = {
  citation: 'CORC WHO-5 page; Psychiatric Centre North Zealand WHO-5 site; MEASURES.md §2.3, §9',
  evidence: 'S',
};

export const WHO5: TotalScoredInstrument = {
  id: 'WHO-5',
  name: 'WHO-5 Well-Being Index',
  // MEASURES.md gives the instruction only as "Over the last two weeks …"; check the owner's site before showing one.
  stem: null,
  recallPeriod: { days: 14, label: 'the last two weeks' },
  // Item wording is [S] (CORC, smaat.eu): compare it with the owner's English version before release.
  items: [
    { number: 1, id: 'cheerful', label: 'Cheerful, in good spirits', text: 'I have felt cheerful and in good spirits.', loinc: null },
    { number: 2, id: 'calm', label: 'Calm and relaxed', text: 'I have felt calm and relaxed.', loinc: null },
    { number: 3, id: 'active', label: 'Active and energetic', text: 'I have felt active and vigorous.', loinc: null },
    { number: 4, id: 'rested', label: 'Waking up rested', text: 'I woke up feeling fresh and rested.', loinc: null },
    { number: 5, id: 'interest', label: 'Days with things I care about', text: 'My daily life has been filled with things that interest me.', loinc: null },
  ],
  responses: [
    { value: 5, label: 'All of the time' },
    { value: 4, label: 'Most of the time' },
    { value: 3, label: 'More than half of the time' },
    { value: 2, label: 'Less than half of the time' },
    { value: 1, label: 'Some of the time' },
    { value: 0, label: 'At no time' },
  ],
  scoring: {
    multiplier: 4,
    min: 0,
    max: 100,
    better: 'higher',
    source: { citation: 'Raw sum 0–25 × 4 = percentage score 0–100 (CORC); MEASURES.md §2.3', evidence: 'S' },
  },
  subscales: [],
  subscalesSource: null,
  groupings: [],
  // Bands on the percentage score, either side of two screening cut-offs (not severity ranges).
  // Totals move in steps of 4, so 29–50 holds 32–48 and 51–100 holds 52–100.
  bands: [
    { id: 'very-low', label: 'Very low well-being', min: 0, max: 28 },
    { id: 'poor-wellbeing', label: 'Poor well-being', min: 29, max: 50 },
    { id: 'above-cut-off', label: 'Above the poor well-being cut-off', min: 51, max: 100 },
  ],
  bandsKind: 'cut-off',
  bandsSource: {
    citation: '≤50 poor well-being: Topp et al. 2015, Psychother Psychosom 84:167–176; ≤28 likely depression: smaat.eu; MEASURES.md §2.3',
    evidence: 'S',
  },
  caseness: {
    direction: 'at-or-below',
    cutOff: 50,
    label: 'Poor well-being: screen for depression',
    source: { citation: 'Topp et al. 2015, Psychother Psychosom 84:167–176; MEASURES.md §1.3, §2.3', evidence: 'S' },
  },
  reliableChange: {
    kind: 'points',
    points: 10,
    source: { citation: '10 percentage points (who-5.org, as cited by epgonline); MEASURES.md §1.3, §2.3', evidence: 'S' },
  },
  criticalItems: [],
  loinc: null,
  attribution: 'WHO-5 Well-Being Index. Source: Psychiatric Research Unit, Mental Health Centre North Zealand.',
  licence: {
    summary: 'Free of charge, no permission needed; credit the source; any deviation from the official wording must be marked as altered.',
    source: CORC_AND_OWNER,
  },
};
