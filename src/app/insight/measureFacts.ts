/**
 * What the insight report needs from questionnaires and safety events, for one period:
 * a summary per questionnaire (with the NHS paired outcome on PHQ-9 and GAD-7) and the
 * safety status. Only forms taken inside the period, up to asOf, count.
 */
import type { PersonId } from '../../core/ids.js';
import type { MeasureSummary } from '../../core/insight/report.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import { INSTRUMENT_IDS } from '../../core/measures/instrument.js';
import { scoreAdministration } from '../../core/measures/score.js';
import { pairedNhsOutcome, summarizeInstrument } from '../../core/measures/summary.js';
import type { MeasureResponse } from '../../core/safety/records.js';
import { RECENT_DAYS, safetyStatus, type LatestForm, type SafetyStatus } from '../../core/safety/status.js';
import { addDays, localDayOf, type CalendarDay } from '../../core/time.js';
import type { Deps } from '../deps.js';
import { criticalView } from '../measures/views.js';

export async function measureFacts(deps: Deps, personId: PersonId, since: CalendarDay | null, asOf: CalendarDay): Promise<{ measures: MeasureSummary[]; safety: SafetyStatus }> {
  const [all, events] = await Promise.all([deps.store.listMeasures(personId), deps.store.listSafetyEvents(personId)]);
  const inPeriod = all.filter((m) => {
    const day = localDayOf(m.takenAt);
    return day <= asOf && (since === null || day >= since);
  });
  const of = (id: string): MeasureResponse[] => inPeriod.filter((m) => m.instrument === id);
  const nhs = pairedNhsOutcome(of('PHQ-9'), of('GAD-7'));

  const measures: MeasureSummary[] = [];
  const latest: LatestForm[] = [];
  for (const id of INSTRUMENT_IDS) {
    const forms = of(id);
    const s = summarizeInstrument(INSTRUMENTS[id], forms, { today: asOf });
    if (s === null) continue;
    const total = s.kind === 'total' ? s : null;
    measures.push({
      instrument: id,
      first: total?.first.total ?? null,
      latest: total?.latest.total ?? null,
      change: total && total.count > 1 ? total.change : null,
      reliableChange: total?.reliableChange ?? null,
      outcome: (id === 'PHQ-9' || id === 'GAD-7') && nhs ? nhs.outcome : null,
    });
    const i = INSTRUMENTS[id];
    const recentFrom = addDays(asOf, -(RECENT_DAYS - 1));
    forms.forEach((form, index) => {
      const critical = scoreAdministration(i, form.answers).criticalItems;
      const isLast = index === forms.length - 1;
      if (!isLast && (critical.length === 0 || localDayOf(form.takenAt) < recentFrom)) return;
      latest.push({
        instrument: id,
        takenAt: form.takenAt,
        critical: criticalView(i, critical).map((c) => ({ ...c, answer: i.responses.find((r) => r.value === c.value)?.label ?? String(c.value) })),
      });
    });
  }
  const crisisNotes = events.filter((e) => e.detail.kind === 'crisis-language').map((e) => e.occurredAt);
  return { measures, safety: safetyStatus(latest, crisisNotes, asOf) };
}
