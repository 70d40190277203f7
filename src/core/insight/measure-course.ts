/**
 * Questionnaire results over one span of time, for the report: the first and latest score of
 * each questionnaire from the first result on or after `since` up to `asOf`, their change,
 * whether it is reliable, and the NHS Talking Therapies outcome of the PHQ-9 + GAD-7 pair.
 *
 * The report asks for two spans: the period the person chose, and the course since therapy
 * began (or since the first result ever, when no start day is given). Counting change from the
 * first result of a six-week window is not counting it from the start of therapy: a PHQ-9
 * that went 15 → 9 → 8 has "no reliable change" in the window but a reliable recovery over
 * the therapy, and a report must show both, each with its dates.
 */
import type { Administration } from '../measures/summary.js';
import { pairedNhsOutcome, summarizeInstrument } from '../measures/summary.js';
import { INSTRUMENTS } from '../measures/catalogue.js';
import { INSTRUMENT_IDS, type InstrumentId } from '../measures/instrument.js';
import { localDayOf, type CalendarDay } from '../time.js';
import type { MeasureSummary } from './report.js';

export interface MeasureForm extends Administration {
  instrument: InstrumentId;
}

/** The forms taken on the person's own days `since` (inclusive; null: no lower bound) to `asOf` (inclusive). */
export function formsBetween<T extends { takenAt: string }>(forms: readonly T[], since: CalendarDay | null, asOf: CalendarDay): T[] {
  return forms.filter((f) => {
    const day = localDayOf(f.takenAt);
    return day <= asOf && (since === null || day >= since);
  });
}

/**
 * One summary per questionnaire with a complete result in the span, in catalogue order.
 * `first`/`latest` and `firstOn`/`latestOn` are the earliest and most recent complete results
 * (summarizeInstrument); `outcome` is the NHS paired outcome (MEASURES.md §3) of the PHQ-9 and
 * GAD-7 over the same span, on both their rows, or null when either lacks two results far
 * enough apart.
 */
export function measureCourse(forms: readonly MeasureForm[], since: CalendarDay | null, asOf: CalendarDay): MeasureSummary[] {
  const inSpan = formsBetween(forms, since, asOf);
  const of = (id: InstrumentId) => inSpan.filter((f) => f.instrument === id);
  const nhs = pairedNhsOutcome(of('PHQ-9'), of('GAD-7'));
  const out: MeasureSummary[] = [];
  for (const id of INSTRUMENT_IDS) {
    const s = summarizeInstrument(INSTRUMENTS[id], of(id), { today: asOf });
    if (s === null) continue;
    const total = s.kind === 'total' ? s : null;
    out.push({
      instrument: id,
      first: total?.first.total ?? null,
      latest: total?.latest.total ?? null,
      firstOn: localDayOf(s.first.takenAt),
      latestOn: localDayOf(s.latest.takenAt),
      count: s.count,
      change: total && total.count > 1 ? total.change : null,
      reliableChange: total?.reliableChange ?? null,
      outcome: (id === 'PHQ-9' || id === 'GAD-7') && nhs ? nhs.outcome : null,
    });
  }
  return out;
}
