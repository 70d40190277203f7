/**
 * The insight report's `safety` field: whether a recent answer or note calls for care,
 * with reasons in plain words, numbers and categories only (never the person's text).
 *
 * - An urgent critical answer (PHQ-9 item 9 ≥ 1; MEASURES.md §4) raises the alert when it
 *   is on the latest form of its questionnaire, or on any form of the last 14 days (the
 *   PHQ-9's own recall period): a later zero is not reassurance (§4), so it does not clear
 *   a recent answer.
 * - A lower-tier answer (PCL-5 item 16 ≥ 2) is listed as a reason without raising the alert.
 * - Crisis language in a note within the last 14 days raises the alert.
 */
import type { SafetyStatus } from '../insight/report.js';
import type { InstrumentId } from '../measures/instrument.js';
import { addDays, localDayOf, type CalendarDay, type IsoInstant } from '../time.js';
import { dayWords } from '../words/dates.js';
import { count } from '../words/plural.js';

export interface LatestForm {
  instrument: InstrumentId;
  takenAt: IsoInstant;
  critical: ReadonlyArray<{ item: number; label: string; answer: string; tier: 'urgent' | 'notice' }>;
}

export type { SafetyStatus };

export const RECENT_DAYS = 14;
export const CRISIS_LANGUAGE_DAYS = RECENT_DAYS;

/**
 * `forms`: the latest form of each questionnaire up to asOf, plus any form with a critical
 * answer from the last 14 days; `crisisNotes`: when notes with crisis language were written.
 */
export function safetyStatus(latest: readonly LatestForm[], crisisNotes: readonly IsoInstant[], asOf: CalendarDay): SafetyStatus {
  const reasons: string[] = [];
  let alert = false;
  for (const form of latest) {
    for (const c of form.critical) {
      if (c.tier === 'urgent') alert = true;
      const tier = c.tier === 'urgent' ? '' : ' (a lower-tier flag)';
      reasons.push(`On ${dayWords(localDayOf(form.takenAt))}, ${form.instrument} question ${c.item} (${c.label.toLowerCase()}) was answered “${c.answer}”${tier}.`);
    }
  }
  const since = addDays(asOf, -(CRISIS_LANGUAGE_DAYS - 1));
  const recent = crisisNotes.map(localDayOf).filter((d) => d >= since && d <= asOf);
  if (recent.length > 0) {
    alert = true;
    const n = recent.length;
    const latest = recent.sort().at(-1) ?? asOf;
    reasons.push(`${count(n, 'note')} in the last ${CRISIS_LANGUAGE_DAYS} days used words that suggest things may feel unsafe (the latest on ${dayWords(latest)}).`);
  }
  return { alert, reasons };
}
