/**
 * The shape of a standardised questionnaire Headway can score (issue 4).
 * Every number here comes from /work/shared/MEASURES.md and carries its source and that
 * document's evidence tag (V verified, S secondary, U unverified), so a reviewer can see
 * what still needs checking before release (MEASURES.md §10).
 *
 * Scores are whole points. `total` always means the reported total: the raw item sum times
 * `scoring.multiplier` (×4 for the WHO-5 percentage score, ×1 otherwise). Bands, caseness
 * and reliable-change thresholds are all on that reported scale.
 */

export const INSTRUMENT_IDS = ['PHQ-9', 'GAD-7', 'WHO-5'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** Where a fact comes from, with MEASURES.md's evidence tag. */
export interface Source {
  citation: string;
  evidence: 'V' | 'S' | 'U';
}

export interface ResponseOption {
  value: number;
  /** The form's own answer wording (the licences of all three allow verbatim display). */
  label: string;
}

export interface InstrumentItem {
  /** 1-based position on the form; answers are passed in this order. */
  number: number;
  /** Stable key, stored with answers. */
  id: string;
  /**
   * Headway's own short label, for charts and reports. It is not the question: to
   * administer the form, show `text`, since a reworded WHO-5 counts as an altered version.
   */
  label: string;
  /** The item's wording as published, shown with `attribution`. */
  text: string;
  /** LOINC code of the item, only where MEASURES.md §8 marks it verified; otherwise null. */
  loinc: string | null;
}

export interface Scoring {
  /** Reported total = raw sum × multiplier. */
  multiplier: number;
  /** Range of the reported total. */
  min: number;
  max: number;
  /** Which direction is good for the person: 'lower' for symptom scales, 'higher' for well-being. */
  better: 'lower' | 'higher';
  source: Source;
}

/** A closed range of reported totals, min and max inclusive. Bands cover the whole range without overlap. */
export interface SeverityBand {
  id: string;
  label: string;
  min: number;
  max: number;
}

export interface Caseness {
  /** A total at or beyond `cutOff` in this direction is a "case". */
  direction: 'at-or-above' | 'at-or-below';
  cutOff: number;
  label: string;
  source: Source;
}

/**
 * A change between two reported totals is reliable when its size is at least the threshold.
 * `points` is a published convention; `jacobson-truax` derives it from the baseline SD and
 * a reliability r (see `jacobsonTruaxThreshold` in change.ts).
 */
export type ReliableChangeRule =
  | { kind: 'points'; points: number; source: Source }
  | { kind: 'jacobson-truax'; baselineSd: number; reliability: number; source: Source };

/** An item whose answer at or above `minValue` needs a response now, whatever the total (MEASURES.md §4). */
export interface CriticalItemRule {
  item: number;
  minValue: number;
  reason: string;
  source: Source;
}

export interface LoincCodes {
  panel: string | null;
  total: string | null;
  /** Regenstrief's required notice for content from LOINC (MEASURES.md §8). */
  notice: string;
}

export interface Instrument {
  id: InstrumentId;
  name: string;
  /** The form's instruction, verbatim, or null where MEASURES.md does not give it in full. */
  stem: string | null;
  recallPeriod: { days: number; label: string };
  items: readonly InstrumentItem[];
  /** The same answer scale for every item. */
  responses: readonly ResponseOption[];
  scoring: Scoring;
  bands: readonly SeverityBand[];
  bandsSource: Source;
  caseness: Caseness;
  reliableChange: ReliableChangeRule;
  criticalItems: readonly CriticalItemRule[];
  /** Null when no LOINC code is verified for the instrument. */
  loinc: LoincCodes | null;
  /** Copyright / credit line that must be shown with the items. */
  attribution: string;
  licence: { summary: string; source: Source };
}

export const LOINC_NOTICE =
  'This material contains content from LOINC® (http://loinc.org). LOINC is copyright © 1995-2024, Regenstrief Institute, Inc. ' +
  'and the LOINC Committee, and is available at no cost under the license at http://loinc.org/license.';

/** The highest answer value on the instrument's scale. */
export function maxItemValue(instrument: Instrument): number {
  return Math.max(...instrument.responses.map((r) => r.value));
}

/**
 * The band holding a reported total (MEASURES.md §2, per instrument), or null if the total
 * falls in no band (outside the range, or not a whole number).
 */
export function bandOf(instrument: Instrument, total: number): SeverityBand | null {
  return instrument.bands.find((b) => total >= b.min && total <= b.max) ?? null;
}

/** Whether a reported total is at caseness, by the instrument's cut-off and direction (MEASURES.md §1.3, §3). */
export function isCase(instrument: Instrument, total: number): boolean {
  const { direction, cutOff } = instrument.caseness;
  return direction === 'at-or-above' ? total >= cutOff : total <= cutOff;
}

/** Whether `total` is a reported total the instrument can produce: whole, in range, a multiple of the multiplier. */
export function isPossibleTotal(instrument: Instrument, total: number): boolean {
  const { min, max, multiplier } = instrument.scoring;
  return Number.isInteger(total) && total >= min && total <= max && total % multiplier === 0;
}

/**
 * The response scale PHQ-9 and GAD-7 share ("over the last two weeks, how often…"),
 * scored 0–3 (Kroenke 2001, Spitzer 2006; MEASURES.md §2.1, §2.2).
 */
export const TWO_WEEK_FREQUENCY = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
] as const;
