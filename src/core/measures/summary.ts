/**
 * A course of one instrument at a glance: first and latest scores, their change, whether it is
 * reliable, and the not-on-track heuristic; plus the NHS Talking Therapies outcome of a paired
 * PHQ-9 + GAD-7 course. Pure: `today` is passed in.
 */
import { instantToMs, isCalendarDay, type CalendarDay, type IsoInstant } from '../time.js';
import {
  jacobsonTruaxThreshold,
  nhsOutcome,
  nhsOutcomeFlags,
  reliableChange,
  type NhsOutcome,
  type NhsOutcomeFlags,
  type ReliableChange,
} from './change.js';
import { GAD7 } from './gad7.js';
import type { Instrument, InstrumentId, SeverityBand, Source } from './instrument.js';
import { notOnTrack, type AdministrationPoint, type NotOnTrack } from './not-on-track.js';
import { PHQ9 } from './phq9.js';
import { scoreAdministration, type SubscaleScore } from './score.js';
import { tooClose, type TooClose } from './spacing.js';

// The point and signal types are part of this file's results, so callers may take them from here.
export type { AdministrationPoint, NotOnTrack } from './not-on-track.js';
export type { TooClose } from './spacing.js';

/** One stored administration: when, and `answers[i]` for item i + 1 (null when unanswered). */
export interface Administration {
  /** ISO instant with offset, as written by the person's device. */
  takenAt: IsoInstant;
  answers: ReadonlyArray<number | null>;
}

export interface SummaryOptions {
  /** The person's local calendar day, 'YYYY-MM-DD'. */
  today: CalendarDay;
  /** Weeks after the first administration before "no reliable improvement" can flag; default 8. */
  notOnTrackAfterWeeks?: number;
}

/** A subscale's raw sum at the first and latest administration; `change` = latest − first. */
export interface SubscaleChange {
  id: string;
  label: string;
  min: number;
  max: number;
  first: number;
  latest: number;
  change: number;
}

interface SummaryBase {
  instrument: InstrumentId;
  /** Complete administrations used. */
  count: number;
  /** Administrations left out because an item was missing or out of range (never pro-rated). */
  unscored: number;
  /** Empty for instruments without subscales. */
  subscales: SubscaleChange[];
  /**
   * Set when the latest result was taken too soon after the first to call their difference a change
   * (spacing.ts: both describe the same recall period); then no reliable change is claimed. Null
   * with one result or when they are far enough apart.
   */
  tooClose: TooClose | null;
}

/** For instruments with a total (PHQ-9, GAD-7, WHO-5, PCL-5). */
export interface TotalSummary extends SummaryBase {
  kind: 'total';
  first: AdministrationPoint;
  latest: AdministrationPoint;
  /** latest − first, in the instrument's reported points (0 with one administration). */
  change: number;
  /** Null with fewer than 2 administrations, no reliable-change rule, or results too close together (`tooClose`). */
  reliableChange: ReliableChange | null;
  /** The rule's threshold in reported points (Jacobson–Truax: the computed, unrounded value). */
  reliableChangeThreshold: { points: number; source: Source } | null;
  notOnTrack: NotOnTrack;
}

/** For instruments without a total (Brief COPE): subscales only, and no claim of reliable change. */
export interface SubscaleSummary extends SummaryBase {
  kind: 'subscales';
  first: { takenAt: IsoInstant };
  latest: { takenAt: IsoInstant };
  reliableChange: null;
  reliableChangeThreshold: null;
}

export type InstrumentSummary = TotalSummary | SubscaleSummary;

interface Scored {
  takenAt: IsoInstant;
  total: number | null;
  band: SeverityBand | null;
  caseness: boolean | null;
  subscales: SubscaleScore[];
}

/**
 * Scores every administration and sorts the complete ones by instant (instantToMs, so offsets are
 * compared correctly; ties keep their input order). Throws RangeError, naming the position only,
 * when a takenAt is not an ISO instant with offset: stored data that cannot be dated is a bug.
 */
function scoredInOrder(instrument: Instrument, administrations: readonly Administration[]): { scored: Scored[]; unscored: number } {
  const dated = administrations.map((a, index) => {
    const ms = instantToMs(a.takenAt);
    if (ms === null) throw new RangeError(`${instrument.id} administration ${index}: takenAt is not an ISO instant with offset`);
    return { a, ms, index };
  });
  dated.sort((x, y) => x.ms - y.ms || x.index - y.index);
  const scored: Scored[] = [];
  for (const { a } of dated) {
    const r = scoreAdministration(instrument, a.answers);
    if (r.ok) scored.push({ takenAt: a.takenAt, total: r.total, band: r.band, caseness: r.caseness, subscales: r.subscales });
  }
  return { scored, unscored: administrations.length - scored.length };
}

function subscaleChanges(first: Scored, latest: Scored): SubscaleChange[] {
  return first.subscales.map((s, i) => {
    const end = latest.subscales[i]?.score ?? s.score;
    return { id: s.id, label: s.label, min: s.min, max: s.max, first: s.score, latest: end, change: end - s.score };
  });
}

function point(s: Scored & { total: number }): AdministrationPoint {
  return { takenAt: s.takenAt, total: s.total, band: s.band, caseness: s.caseness };
}

const hasTotal = (s: Scored): s is Scored & { total: number } => s.total !== null;

/**
 * Summarises one instrument's administrations for a person (MEASURES.md §1.3, §5).
 *
 * - Only complete administrations count (scoreAdministration; a missing item is never pro-rated).
 *   Returns null when there is none.
 * - Order is by instant, not by input order or by local day. First = earliest; latest = most recent.
 *   Administrations dated after `today` are not dropped: `today` only measures the weeks elapsed.
 * - With a total: `change` = latest − first in reported points; `reliableChange` by the instrument's
 *   rule (reliableChange in change.ts), null with one administration, without a rule, or when the
 *   latest was taken less than one recall period after the first (`tooClose`, spacing.ts);
 *   `notOnTrack` per not-on-track.ts (MEASURES.md §5 option 3, a labelled heuristic; default 8 weeks).
 * - Without a total (Brief COPE): first and latest subscale sums and their differences, and no
 *   reliable-change or not-on-track claim, since no rule exists for the scales (MEASURES.md §2.6).
 *
 * Throws RangeError for a `today` that is not 'YYYY-MM-DD', a non-positive `notOnTrackAfterWeeks`,
 * or an undatable takenAt.
 */
export function summarizeInstrument(
  instrument: Instrument,
  administrations: readonly Administration[],
  options: SummaryOptions,
): InstrumentSummary | null {
  if (!isCalendarDay(options.today)) throw new RangeError('today must be a calendar day (YYYY-MM-DD)');
  const afterWeeks = options.notOnTrackAfterWeeks ?? 8;
  if (!(afterWeeks > 0) || !Number.isFinite(afterWeeks)) throw new RangeError('notOnTrackAfterWeeks must be a positive number');

  const { scored, unscored } = scoredInOrder(instrument, administrations);
  const first = scored[0];
  const latest = scored[scored.length - 1];
  if (first === undefined || latest === undefined) return null;
  const close = scored.length < 2 ? null : tooClose(instrument, first.takenAt, latest.takenAt);
  const base = { instrument: instrument.id, count: scored.length, unscored, subscales: subscaleChanges(first, latest), tooClose: close };

  if (!hasTotal(first) || !hasTotal(latest)) {
    return {
      ...base,
      kind: 'subscales',
      first: { takenAt: first.takenAt },
      latest: { takenAt: latest.takenAt },
      reliableChange: null,
      reliableChangeThreshold: null,
    };
  }
  const rule = instrument.reliableChange;
  return {
    ...base,
    kind: 'total',
    first: point(first),
    latest: point(latest),
    change: latest.total - first.total,
    reliableChange: scored.length < 2 || close !== null ? null : reliableChange(instrument, first.total, latest.total),
    reliableChangeThreshold:
      rule === null
        ? null
        : { points: rule.kind === 'points' ? rule.points : jacobsonTruaxThreshold(rule.baselineSd, rule.reliability), source: rule.source },
    notOnTrack: notOnTrack(instrument, point(first), point(latest), scored.length, options.today, afterWeeks),
  };
}

export interface PairedNhsOutcome {
  outcome: NhsOutcome;
  flags: NhsOutcomeFlags;
  first: { phq9: AdministrationPoint; gad7: AdministrationPoint };
  latest: { phq9: AdministrationPoint; gad7: AdministrationPoint };
}

/**
 * The NHS Talking Therapies outcome of a course (MEASURES.md §3) from its PHQ-9 and GAD-7
 * administrations. As the NHS does (PHQ9_FirstScore/LastScore, GAD_FirstScore/LastScore), the first
 * and last complete score of each measure are paired separately, so they need not share a day.
 * Null when either measure has fewer than 2 complete administrations, or when either measure's
 * latest was taken less than one recall period (14 days) after its first (spacing.ts): recovery and
 * reliable change are not claimed between two answers about the same two weeks.
 *
 * The caller decides what a course is: pass only administrations from one course of treatment.
 * The NHS counts only courses with at least two attended treatment appointments, which this
 * function cannot see. The outcome order and the [U] rule for combining measures are nhsOutcome's.
 */
export function pairedNhsOutcome(
  phq9Administrations: readonly Administration[],
  gad7Administrations: readonly Administration[],
): PairedNhsOutcome | null {
  const phq9 = scoredInOrder(PHQ9, phq9Administrations).scored.filter(hasTotal);
  const gad7 = scoredInOrder(GAD7, gad7Administrations).scored.filter(hasTotal);
  const [p1, p2, g1, g2] = [phq9[0], phq9[phq9.length - 1], gad7[0], gad7[gad7.length - 1]];
  if (phq9.length < 2 || gad7.length < 2 || !p1 || !p2 || !g1 || !g2) return null;
  if (tooClose(PHQ9, p1.takenAt, p2.takenAt) !== null || tooClose(GAD7, g1.takenAt, g2.takenAt) !== null) return null;
  return {
    outcome: nhsOutcome(p1.total, p2.total, g1.total, g2.total),
    flags: nhsOutcomeFlags(p1.total, p2.total, g1.total, g2.total),
    first: { phq9: point(p1), gad7: point(g1) },
    latest: { phq9: point(p2), gad7: point(g2) },
  };
}
