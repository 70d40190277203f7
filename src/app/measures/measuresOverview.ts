/**
 * Change per questionnaire (first vs latest, reliable change, the not-on-track
 * heuristic), the paired NHS Talking Therapies outcome, and when each is next due.
 */
import type { InstrumentOverview, MeasuresOverview } from '../../contracts/measures.js';
import type { PersonId } from '../../core/ids.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import { INSTRUMENT_IDS, type InstrumentId } from '../../core/measures/instrument.js';
import { pairedNhsOutcome, summarizeInstrument, type AdministrationPoint } from '../../core/measures/summary.js';
import { dueState } from '../../core/reminders/due.js';
import type { MeasureResponse } from '../../core/safety/records.js';
import { localDayOf, type CalendarDay } from '../../core/time.js';
import type { Deps } from '../deps.js';
import { NHS_NOTE, summarySentence } from './words.js';

const pointView = (p: AdministrationPoint) => ({ takenAt: p.takenAt, total: p.total, band: p.band?.label ?? null, caseness: p.caseness });

export async function measuresOverview(deps: Deps, personId: PersonId, asOf?: CalendarDay): Promise<MeasuresOverview> {
  const today = asOf ?? localDayOf(deps.clock.now());
  const [all, schedules] = await Promise.all([deps.store.listMeasures(personId), deps.store.listSchedules(personId)]);
  const upToToday = all.filter((m) => localDayOf(m.takenAt) <= today);
  const byInstrument = new Map<InstrumentId, MeasureResponse[]>(INSTRUMENT_IDS.map((id) => [id, []]));
  for (const m of upToToday) byInstrument.get(m.instrument)?.push(m);
  const everyDays = new Map(schedules.map((s) => [s.instrument, s.everyDays]));

  const instruments: InstrumentOverview[] = INSTRUMENT_IDS.map((id) => {
    const instrument = INSTRUMENTS[id];
    const taken = byInstrument.get(id) ?? [];
    const summary = summarizeInstrument(instrument, taken, { today });
    const every = everyDays.get(id);
    const due = every === undefined ? null : dueState(taken.at(-1)?.takenAt ?? null, every, today);
    const total = summary?.kind === 'total' ? summary : null;
    return {
      instrument: id,
      count: summary?.count ?? 0,
      first: total && pointView(total.first),
      latest: total && pointView(total.latest),
      change: total && total.count > 1 ? total.change : null,
      reliableChange: total?.reliableChange ?? null,
      summary: summary && summarySentence(instrument, summary),
      // Two results too close together say nothing either way, so not even "nothing suggests things are off track".
      notOnTrack: total && total.tooClose === null ? { flag: total.notOnTrack.flag, reason: total.notOnTrack.reason, heuristic: true } : null,
      schedule: every === undefined ? null : { everyDays: every },
      due,
    };
  });

  const paired = pairedNhsOutcome(byInstrument.get('PHQ-9') ?? [], byInstrument.get('GAD-7') ?? []);
  return {
    asOf: today,
    instruments,
    nhs: paired && {
      outcome: paired.outcome,
      first: { phq9: paired.first.phq9.total, gad7: paired.first.gad7.total },
      latest: { phq9: paired.latest.phq9.total, gad7: paired.latest.gad7.total },
      note: NHS_NOTE,
    },
  };
}
