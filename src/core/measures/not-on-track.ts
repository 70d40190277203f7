/**
 * The "not on track" signal: MEASURES.md §5, option 3, the rule-based fallback that needs no
 * reference data. It is a heuristic on reliable change, not a validated expected-treatment-response
 * (ETR) curve of the Lambert / Finch kind (§5, options 1 and 2), and every result says so.
 */
import { localDayOf, type CalendarDay, type IsoInstant } from '../time.js';
import { jacobsonTruaxThreshold, reliableChange } from './change.js';
import type { Instrument, ReliableChangeRule, SeverityBand } from './instrument.js';
import { daysBetween, tooClose } from './spacing.js';
import { dayWords } from '../words/dates.js';

/** One scored administration, as the summaries report it. */
export interface AdministrationPoint {
  takenAt: IsoInstant;
  /** Reported total (WHO-5: percentage 0–100). */
  total: number;
  band: SeverityBand | null;
  /** Null when the instrument has no caseness cut-off. */
  caseness: boolean | null;
}

export const NOT_ON_TRACK_LABEL =
  'Not on track (a rule of thumb): a simple rule on reliable change, not a validated expected-treatment-response curve';

export interface NotOnTrack {
  flag: boolean;
  /** One plain sentence with the numbers when flagged; null otherwise. */
  reason: string | null;
  /** Always true: this is a rule of thumb (MEASURES.md §5 option 3), not a validated curve. */
  heuristic: true;
  /** Which rule raised the flag, or null. */
  rule: 'reliable-deterioration' | 'no-reliable-improvement' | null;
  label: string;
}

const NOT_FLAGGED: NotOnTrack = { flag: false, reason: null, heuristic: true, rule: null, label: NOT_ON_TRACK_LABEL };

/**
 * The smallest reliable change in words: `atLeast` "6 points or more" and `step` "6 points" for a
 * points rule (≥), both "more than 6.1 points" for a Jacobson–Truax rule (|RCI| > 1.96).
 */
function thresholdWords(rule: ReliableChangeRule): { atLeast: string; step: string } {
  if (rule.kind === 'points') return { atLeast: `${rule.points} points or more`, step: `${rule.points} points` };
  const words = `more than ${jacobsonTruaxThreshold(rule.baselineSd, rule.reliability).toFixed(1)} points`;
  return { atLeast: words, step: words };
}

/**
 * The not-on-track heuristic for one instrument's course (MEASURES.md §5, option 3), from the
 * first and latest complete administrations. Flags, in this order:
 *
 * 1. `reliable-deterioration`: latest vs first is a reliable change in the worse direction
 *    (the instrument's reliable-change rule, §1.3; PHQ-9 rise ≥ 6, WHO-5 fall ≥ 10 …).
 * 2. `no-reliable-improvement`: the first score was at caseness, at least `afterWeeks` whole weeks
 *    have passed from the first administration's local day to `today`, and the latest score is not
 *    a reliable improvement on the first. Weeks are counted to `today`, not to the latest form, because
 *    the question is "by week N, has reliable improvement been shown?"; the reason gives both dates.
 *
 * Never flags with fewer than 2 administrations (no change to judge), nor when the latest was taken
 * too soon after the first to compare them (spacing.ts: both would describe the same recall period),
 * nor for an instrument without a reliable-change rule. Rule 2 needs a caseness cut-off. §5's third rule (the US ≥ 50%
 * "response" and PHQ-9 < 5 "remission" milestones) is not used: it is PHQ-9-specific.
 * The reason informs and never blames or diagnoses; it names the numbers and the dates, in words ("5 Jan 2026").
 */
export function notOnTrack(
  instrument: Instrument,
  first: AdministrationPoint,
  latest: AdministrationPoint,
  count: number,
  today: CalendarDay,
  afterWeeks: number,
): NotOnTrack {
  const rule = instrument.reliableChange;
  if (count < 2 || rule === null || instrument.scoring === null) return NOT_FLAGGED;
  if (tooClose(instrument, first.takenAt, latest.takenAt) !== null) return NOT_FLAGGED;
  const change = reliableChange(instrument, first.total, latest.total);
  const firstDay = localDayOf(first.takenAt);
  const latestDay = localDayOf(latest.takenAt);
  const delta = latest.total - first.total;

  if (change === 'deteriorated') {
    return {
      ...NOT_FLAGGED,
      flag: true,
      rule: 'reliable-deterioration',
      reason:
        `The ${instrument.id} score went ${delta > 0 ? 'up' : 'down'} from ${first.total} on ${dayWords(firstDay)} to ${latest.total} on ` +
        `${dayWords(latestDay)}, a change of ${Math.abs(delta)} points, and a change of ${thresholdWords(rule).atLeast} is more than ` +
        "the questionnaire's usual ups and downs, so this may be worth talking through in a session.",
    };
  }

  const weeks = Math.floor(daysBetween(firstDay, today) / 7);
  if (first.caseness === true && change !== 'improved' && weeks >= afterWeeks) {
    return {
      ...NOT_FLAGGED,
      flag: true,
      rule: 'no-reliable-improvement',
      reason:
        `The ${instrument.id} score was ${first.total} on ${dayWords(firstDay)} and ${latest.total} on ${dayWords(latestDay)}; ${weeks} weeks on, ` +
        `it has not yet improved by ${thresholdWords(rule).step}, the change that would show reliable improvement, which makes ` +
        'this a good moment to look together at what is helping and what might change.',
    };
  }
  return NOT_FLAGGED;
}
