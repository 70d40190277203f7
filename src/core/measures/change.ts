/**
 * Change between two administrations of the same instrument: reliable change per measure
 * (MEASURES.md §1.1, §1.3) and the NHS Talking Therapies outcome of a course of treatment (§3).
 * Inputs are reported totals (see instrument.ts), first and latest in the course.
 */
import { isCase, isPossibleTotal, type Instrument, type TotalScoredInstrument } from './instrument.js';
import { GAD7 } from './gad7.js';
import { PHQ9 } from './phq9.js';

export type ReliableChange = 'improved' | 'deteriorated' | 'no-reliable-change';

export type NhsOutcome =
  | 'not-at-caseness'
  | 'recovery'
  | 'reliable-improvement'
  | 'reliable-recovery'
  | 'no-reliable-change'
  | 'reliable-deterioration';

/** z for a two-sided 95% criterion. */
const Z95 = 1.96;

/**
 * Jacobson & Truax (1991) reliable change threshold in raw points, with the Christensen &
 * Mendoza (1986) √2 correction: 1.96 × SD1 × √2 × √(1 − r), where SD1 is the baseline
 * (pre-treatment) standard deviation and r the reliability (MEASURES.md §1.1, via psyctc.org).
 */
export function jacobsonTruaxThreshold(baselineSd: number, reliability: number): number {
  if (!(baselineSd > 0) || !(reliability >= 0 && reliability < 1)) {
    throw new RangeError('Jacobson–Truax needs a positive baseline SD and a reliability in [0, 1)');
  }
  return Z95 * baselineSd * Math.SQRT2 * Math.sqrt(1 - reliability);
}

/**
 * Jacobson & Truax (1991) reliable change index: (post − pre) / S_diff, with
 * S_diff = SD1 × √2 × √(1 − r). |RCI| > 1.96 is reliable at 95% (MEASURES.md §1.1).
 */
export function jacobsonTruaxRci(pre: number, post: number, baselineSd: number, reliability: number): number {
  return ((post - pre) * Z95) / jacobsonTruaxThreshold(baselineSd, reliability);
}

function assertTotal(instrument: Instrument, total: number, name: string): void {
  // The message names the instrument, not the value: errors never carry scores (STYLE.md §14).
  if (!isPossibleTotal(instrument, total)) throw new RangeError(`${name} is not a possible ${instrument.id} total`);
}

/**
 * Whether the change from `first` to `latest` (reported totals) is reliable, and in which
 * direction for the person (lower is better on PHQ-9/GAD-7/PCL-5, higher on WHO-5).
 *
 * - `points` rules: |latest − first| ≥ points, the NHS Talking Therapies convention
 *   (PHQ-9 6, GAD-7 4: 6 qualifies, 5 does not; MEASURES.md §3). WHO-5 uses 10 percentage
 *   points (§1.3); its totals move in steps of 4, so 12 is the smallest reliable change.
 *   PCL-5 uses 10 points, MEASURES.md §2.4's recommended default (10 qualifies, 9 does not).
 * - `jacobson-truax` rules: |RCI| > 1.96 (Jacobson & Truax 1991; §1.1).
 * - Null when the instrument has no total or no reliable-change rule (Brief COPE): no claim is made.
 *
 * Throws RangeError if either total is impossible for an instrument that has a rule.
 */
export function reliableChange(instrument: TotalScoredInstrument, first: number, latest: number): ReliableChange;
export function reliableChange(instrument: Instrument, first: number, latest: number): ReliableChange | null;
export function reliableChange(instrument: Instrument, first: number, latest: number): ReliableChange | null {
  const rule = instrument.reliableChange;
  if (rule === null || instrument.scoring === null) return null;
  assertTotal(instrument, first, 'first');
  assertTotal(instrument, latest, 'latest');
  const delta = latest - first;
  const reliable =
    rule.kind === 'points'
      ? Math.abs(delta) >= rule.points
      : Math.abs(jacobsonTruaxRci(first, latest, rule.baselineSd, rule.reliability)) > Z95;
  if (!reliable) return 'no-reliable-change';
  const better = instrument.scoring.better === 'lower' ? delta < 0 : delta > 0;
  return better ? 'improved' : 'deteriorated';
}

/** Every NHS Talking Therapies flag for one course; they are not mutually exclusive. */
export interface NhsOutcomeFlags {
  atCaseness: boolean;
  recovery: boolean;
  reliableImprovement: boolean;
  reliableDeterioration: boolean;
  phq9: ReliableChange;
  gad7: ReliableChange;
}

/**
 * The NHS Talking Therapies flags for a course, from the first and latest PHQ-9 and GAD-7
 * totals (MEASURES.md §3). Only the GAD-7 is supported as the anxiety measure; the
 * disorder-specific measures (ADSMs) that replace it for some problems are not modelled.
 *
 * - At caseness: at the first scores, PHQ-9 ≥ 10 or GAD-7 ≥ 8 (either, or both).
 * - Recovery: at caseness at the start, and below both cut-offs at the end.
 * - Reliable improvement / deterioration per measure: PHQ-9 change ≥ 6, GAD-7 change ≥ 4.
 *
 * Combining the two measures is marked [U] in MEASURES.md: it is recalled from the NHS Talking
 * Therapies Manual, not checked against it (§10 lists it as open). The rule used is the one
 * MEASURES.md reports, which matches CORC's published wording: reliable improvement is a
 * reliable improvement on at least one measure and no reliable deterioration on the other;
 * reliable deterioration is the mirror image. A course where one measure reliably improves
 * and the other reliably worsens therefore shows neither.
 */
export function nhsOutcomeFlags(phq9First: number, phq9Latest: number, gad7First: number, gad7Latest: number): NhsOutcomeFlags {
  const phq9 = reliableChange(PHQ9, phq9First, phq9Latest);
  const gad7 = reliableChange(GAD7, gad7First, gad7Latest);
  const changes = [phq9, gad7];
  const anyImproved = changes.includes('improved');
  const anyDeteriorated = changes.includes('deteriorated');
  const atCaseness = isCase(PHQ9, phq9First) || isCase(GAD7, gad7First);
  return {
    atCaseness,
    recovery: atCaseness && !isCase(PHQ9, phq9Latest) && !isCase(GAD7, gad7Latest),
    reliableImprovement: anyImproved && !anyDeteriorated,
    reliableDeterioration: anyDeteriorated && !anyImproved,
    phq9,
    gad7,
  };
}

/**
 * One NHS Talking Therapies outcome for a course (MEASURES.md §3), from the flags above.
 * The flags can overlap, so one label needs an order; Headway's order is:
 *
 * 1. `reliable-deterioration`, whether or not the course started at caseness, and even if
 *    the end scores are below caseness: a reliable worsening must never be hidden behind
 *    another label. (The NHS counts the flags separately; this order is Headway's choice.)
 * 2. `not-at-caseness`: not a case at the start, so recovery cannot apply (never "recovered").
 * 3. `reliable-recovery`: recovery and reliable improvement together.
 * 4. `recovery`: recovery without reliable improvement.
 * 5. `reliable-improvement`: reliable improvement without recovery.
 * 6. `no-reliable-change`.
 *
 * Throws RangeError if any total is impossible for its instrument.
 */
export function nhsOutcome(phq9First: number, phq9Latest: number, gad7First: number, gad7Latest: number): NhsOutcome {
  const f = nhsOutcomeFlags(phq9First, phq9Latest, gad7First, gad7Latest);
  if (f.reliableDeterioration) return 'reliable-deterioration';
  if (!f.atCaseness) return 'not-at-caseness';
  if (f.recovery) return f.reliableImprovement ? 'reliable-recovery' : 'recovery';
  if (f.reliableImprovement) return 'reliable-improvement';
  return 'no-reliable-change';
}
