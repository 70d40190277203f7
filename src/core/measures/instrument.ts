/**
 * The shape of a standardised questionnaire Headway can score (issue 4, issue "Standardized
 * measures with reliable change").
 * Every number here comes from /work/shared/MEASURES.md and carries its source and that
 * document's evidence tag (V verified, S secondary, U unverified), so a reviewer can see
 * what still needs checking before release (MEASURES.md §10).
 *
 * Scores are whole points. `scoring` describes the reported total: the raw item sum times
 * `scoring.multiplier` (×4 for the WHO-5 percentage score, ×1 otherwise). Bands, caseness
 * and reliable-change thresholds are all on that reported scale. Subscales are raw item sums.
 *
 * Not every instrument has every part. The Brief COPE has no total, no bands, no caseness and
 * no reliable-change rule (MEASURES.md §2.6), so those fields are null or empty rather than
 * invented; `TotalScoredInstrument` is the narrower type of the four that have them all.
 *
 * Deliberately absent, for licence reasons (MEASURES.md §9, §10): OQ-45 is proprietary; AAQ-II
 * asks permission for any money-making use, so its items may not sit in an open-source repo;
 * CORE-10 is CC BY-ND (verbatim only, ship as a separately licensed asset, terms to confirm with
 * CORE System Trust); K10 needs the WHO 2003 notice and its shipped item order and wording are
 * still open. Do not add them without a recorded licence decision.
 */

export const INSTRUMENT_IDS = ['PHQ-9', 'GAD-7', 'WHO-5', 'PCL-5', 'Brief-COPE'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** Where a fact comes from, with MEASURES.md's evidence tag. */
export interface Source {
  citation: string;
  evidence: 'V' | 'S' | 'U';
}

export interface ResponseOption {
  value: number;
  /** The form's own answer wording (every shipped licence allows showing the answer labels). */
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
  /**
   * The wording to show when administering the form, with `attribution`: the published wording
   * where the licence allows (PHQ-9, GAD-7, WHO-5, PCL-5), Headway's adapted wording otherwise
   * (Brief COPE, whose author allows adapting the language; the attribution says so).
   */
  text: string;
  /** LOINC code of the item, only where MEASURES.md §8 marks it verified; otherwise null. */
  loinc: string | null;
}

/** How the reported total is formed. */
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

/**
 * A named group of items scored as their own raw sum (PCL-5 DSM-5 clusters, Brief COPE scales).
 * Its range is items × lowest answer … items × highest answer (see `subscaleRange`).
 */
export interface Subscale {
  id: string;
  label: string;
  /** 1-based item numbers. */
  items: readonly number[];
}

/**
 * A published way of grouping subscales (Brief COPE higher-order groupings, MEASURES.md §2.6).
 * A grouping is a view for arranging subscale scores, never a total: Headway does not sum it.
 * Groupings from different sources disagree (venting and self-blame move), so each names its own.
 */
export interface SubscaleGrouping {
  id: string;
  label: string;
  groups: ReadonlyArray<{ id: string; label: string; subscales: readonly string[] }>;
  source: Source;
}

/**
 * A closed range of reported totals, min and max inclusive. Bands cover the whole range without
 * overlap. The name is historical: see `Instrument.bandsKind` for whether they are severity bands.
 */
export interface SeverityBand {
  id: string;
  label: string;
  min: number;
  max: number;
}

/**
 * What the bands mean. 'severity': published severity ranges (PHQ-9, GAD-7). 'cut-off': ranges
 * either side of screening cut-offs, which say nothing about severity within a range (WHO-5's
 * ≤28 and ≤50; PCL-5's 33, since "there are currently no empirically derived severity ranges").
 */
export type BandsKind = 'severity' | 'cut-off';

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

/**
 * How fast a critical answer needs a response (MEASURES.md §4). 'urgent': act when the form is
 * submitted (crisis resources, safety plan, clinician alert; PHQ-9 item 9). 'notice': a
 * lower-tier flag to surface to the clinician, not a crisis trigger (PCL-5 item 16).
 */
export type CriticalTier = 'urgent' | 'notice';

/** An item whose answer at or above `minValue` needs attention, whatever the total (MEASURES.md §4). */
export interface CriticalItemRule {
  item: number;
  minValue: number;
  tier: CriticalTier;
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
  /**
   * The instruction shown above the items: the form's own where MEASURES.md gives it in full,
   * Headway's adapted wording where the licence allows adapting (Brief COPE), else null.
   */
  stem: string | null;
  recallPeriod: { days: number; label: string };
  items: readonly InstrumentItem[];
  /** The same answer scale for every item. */
  responses: readonly ResponseOption[];
  /** The reported total, or null when the instrument has none (Brief COPE: never show a total). */
  scoring: Scoring | null;
  /** Item groups with their own sums; empty when the instrument has none. */
  subscales: readonly Subscale[];
  /** Where the item-to-subscale map comes from; null when there are no subscales. */
  subscalesSource: Source | null;
  /** Optional published groupings of the subscales, each a labelled view; empty when none. */
  groupings: readonly SubscaleGrouping[];
  /** Bands over the reported total; empty when there is no total or no published bands. */
  bands: readonly SeverityBand[];
  bandsKind: BandsKind | null;
  bandsSource: Source | null;
  caseness: Caseness | null;
  reliableChange: ReliableChangeRule | null;
  criticalItems: readonly CriticalItemRule[];
  /** Null when no LOINC code is verified for the instrument. */
  loinc: LoincCodes | null;
  /** Copyright / credit line that must be shown with the items. */
  attribution: string;
  licence: { summary: string; source: Source };
}

/**
 * An instrument with a reported total, bands covering its whole range, a caseness cut-off and a
 * reliable-change rule: PHQ-9, GAD-7, WHO-5 and PCL-5. Functions taking this type return
 * non-null results; given a plain `Instrument` they may return null.
 */
export interface TotalScoredInstrument extends Instrument {
  scoring: Scoring;
  bands: readonly [SeverityBand, ...SeverityBand[]];
  bandsKind: BandsKind;
  bandsSource: Source;
  caseness: Caseness;
  reliableChange: ReliableChangeRule;
}

/** Whether the instrument has a total, bands, caseness and a reliable-change rule. */
export function isTotalScored(instrument: Instrument): instrument is TotalScoredInstrument {
  return (
    instrument.scoring !== null &&
    instrument.bands.length > 0 &&
    instrument.bandsKind !== null &&
    instrument.bandsSource !== null &&
    instrument.caseness !== null &&
    instrument.reliableChange !== null
  );
}

export const LOINC_NOTICE =
  'This material contains content from LOINC® (http://loinc.org). LOINC is copyright © 1995-2024, Regenstrief Institute, Inc. ' +
  'and the LOINC Committee, and is available at no cost under the license at http://loinc.org/license.';

/** The highest answer value on the instrument's scale. */
export function maxItemValue(instrument: Instrument): number {
  return Math.max(...instrument.responses.map((r) => r.value));
}

/** The lowest answer value on the instrument's scale (0, or 1 for the Brief COPE's 1–4 coding). */
export function minItemValue(instrument: Instrument): number {
  return Math.min(...instrument.responses.map((r) => r.value));
}

/** Range of a subscale's raw sum: items × lowest answer … items × highest answer (Brief COPE 2–8). */
export function subscaleRange(instrument: Instrument, subscale: Subscale): { min: number; max: number } {
  return { min: subscale.items.length * minItemValue(instrument), max: subscale.items.length * maxItemValue(instrument) };
}

/**
 * The band holding a reported total (MEASURES.md §2, per instrument), or null if the total
 * falls in no band (outside the range, not a whole number, or the instrument has no bands).
 */
export function bandOf(instrument: Instrument, total: number): SeverityBand | null {
  return instrument.bands.find((b) => total >= b.min && total <= b.max) ?? null;
}

/**
 * Whether a reported total is at caseness, by the instrument's cut-off and direction
 * (MEASURES.md §1.3, §3). Null when the instrument has no caseness cut-off (Brief COPE).
 */
export function isCase(instrument: TotalScoredInstrument, total: number): boolean;
export function isCase(instrument: Instrument, total: number): boolean | null;
export function isCase(instrument: Instrument, total: number): boolean | null {
  if (instrument.caseness === null) return null;
  const { direction, cutOff } = instrument.caseness;
  return direction === 'at-or-above' ? total >= cutOff : total <= cutOff;
}

/**
 * Whether `total` is a reported total the instrument can produce: whole, in range, a multiple of
 * the multiplier. Always false for an instrument without a total.
 */
export function isPossibleTotal(instrument: Instrument, total: number): boolean {
  if (instrument.scoring === null) return false;
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

/** The copyright line Pfizer asks to keep with the PHQ-9 and GAD-7 (MEASURES.md §2.1, §2.2, §9). */
export const PFIZER_NOTICE =
  'Copyright © Pfizer Inc. All rights reserved. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke ' +
  'and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display ' +
  'or distribute (https://www.phqscreeners.com/).';

/** Where the PHQ-9 and GAD-7 caseness cut-offs and reliable-change points come from. */
export const NHS_CONVENTION: Source = {
  citation: 'NHS Talking Therapies convention (NHS Digital 2016, as cited in PMC8411661 table 1); MEASURES.md §1.3, §3',
  evidence: 'S',
};
