/**
 * What the insight report needs from questionnaires and safety events: a summary per
 * questionnaire over the period (from its first result in the period) and over the therapy
 * (from the first result on or after the day therapy began, or the first ever), each with
 * the NHS paired outcome on PHQ-9 and GAD-7; and the safety status. Nothing after asOf counts.
 */
import type { PersonId } from '../../core/ids.js';
import { formsBetween, measureCourse } from '../../core/insight/measure-course.js';
import type { CriticalAnswer, MeasureSummary } from '../../core/insight/report.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import { INSTRUMENT_IDS } from '../../core/measures/instrument.js';
import { scoreAdministration } from '../../core/measures/score.js';
import { RECENT_DAYS, safetyStatus, type LatestForm, type SafetyStatus } from '../../core/safety/status.js';
import { addDays, localDayOf, type CalendarDay } from '../../core/time.js';
import type { Deps } from '../deps.js';
import { criticalView } from '../measures/views.js';

export interface MeasureFacts {
  measures: MeasureSummary[];
  therapy: { startedOn: CalendarDay | null; measures: MeasureSummary[] };
  criticalAnswers: CriticalAnswer[];
  safety: SafetyStatus;
}

export async function measureFacts(
  deps: Deps,
  personId: PersonId,
  since: CalendarDay | null,
  asOf: CalendarDay,
  therapyStartedOn: CalendarDay | null,
): Promise<MeasureFacts> {
  const [all, events] = await Promise.all([deps.store.listMeasures(personId), deps.store.listSafetyEvents(personId)]);
  const inPeriod = formsBetween(all, since, asOf);

  const latest: LatestForm[] = [];
  const criticalAnswers: CriticalAnswer[] = [];
  const recentFrom = addDays(asOf, -(RECENT_DAYS - 1));
  for (const id of INSTRUMENT_IDS) {
    const i = INSTRUMENTS[id];
    const forms = inPeriod.filter((m) => m.instrument === id);
    forms.forEach((form, index) => {
      const critical = scoreAdministration(i, form.answers).criticalItems;
      const answered = criticalView(i, critical).map((c) => ({ ...c, answer: i.responses.find((r) => r.value === c.value)?.label ?? String(c.value) }));
      for (const c of answered) criticalAnswers.push({ instrument: id, day: localDayOf(form.takenAt), ...c });
      const isLast = index === forms.length - 1;
      if (!isLast && (critical.length === 0 || localDayOf(form.takenAt) < recentFrom)) return;
      latest.push({
        instrument: id,
        takenAt: form.takenAt,
        critical: answered,
      });
    });
  }
  const crisisNotes = events.filter((e) => e.detail.kind === 'crisis-language').map((e) => e.occurredAt);
  return {
    measures: measureCourse(all, since, asOf),
    therapy: { startedOn: therapyStartedOn, measures: measureCourse(all, therapyStartedOn, asOf) },
    criticalAnswers: criticalAnswers.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
    safety: safetyStatus(latest, crisisNotes, asOf),
  };
}
