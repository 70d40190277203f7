/**
 * How far apart two results must be before Headway calls their difference a change.
 *
 * Every instrument asks about a recall period ("over the last 2 weeks" for the PHQ-9, GAD-7,
 * WHO-5 and Brief COPE; "in the past month" for the PCL-5; MEASURES.md §2). Two answers taken
 * minutes apart describe the same two weeks: their difference is the questionnaire's own
 * test–retest noise, not a change in the person. The reliable-change rules (MEASURES.md §1.1,
 * §1.3, §3) were derived from administrations separated in time, and the NHS Talking Therapies
 * pairs first and last scores from different treatment sessions. So Headway claims reliable
 * improvement or deterioration, recovery, or "not on track" only between results at least one
 * recall period apart, when the later one's window no longer overlaps the earlier one's.
 */
import { instantToMs, localDayOf, type CalendarDay, type IsoInstant } from '../time.js';
import type { Instrument } from './instrument.js';

/**
 * The fewest whole calendar days between two results whose difference may be called a change:
 * the recall period (14 for "the last 2 weeks"), with "the past month" counted as 4 weeks (28),
 * the interval Headway suggests for monthly questionnaires (app/measures/views.ts), so a person
 * following that suggestion is compared.
 */
export function minDaysApart(instrument: Instrument): number {
  return Math.min(instrument.recallPeriod.days, 28);
}

/** Whole days from calendar day `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  const utc = (d: CalendarDay) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Why two results are not compared: how far apart they were, and how far apart they need to be. */
export interface TooClose {
  /** Whole minutes between the two instants (0 or more). */
  minutesApart: number;
  /** Calendar days between their local days. */
  daysApart: number;
  /** minDaysApart(instrument). */
  minDays: number;
  /** The instrument's recall period in words, e.g. "the last 2 weeks". */
  recall: string;
}

/**
 * Null when `later` is at least minDaysApart(instrument) calendar days after `earlier` (each on its
 * own local day, as the person lived it), so the two may be compared; otherwise how close they are.
 * Instants that cannot be read count as too close: no change is claimed from a date Headway cannot check.
 */
export function tooClose(instrument: Instrument, earlier: IsoInstant, later: IsoInstant): TooClose | null {
  const minDays = minDaysApart(instrument);
  const daysApart = daysBetween(localDayOf(earlier), localDayOf(later));
  if (daysApart >= minDays) return null;
  const a = instantToMs(earlier);
  const b = instantToMs(later);
  const minutesApart = a === null || b === null ? 0 : Math.max(0, Math.round((b - a) / 60_000));
  return { minutesApart, daysApart: Math.max(0, daysApart), minDays, recall: instrument.recallPeriod.label };
}

