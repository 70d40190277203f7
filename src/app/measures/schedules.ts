/** Reminder rhythms per questionnaire, and the calendar file that carries them. */
import type { PersonId } from '../../core/ids.js';
import { INSTRUMENT_IDS, type InstrumentId } from '../../core/measures/instrument.js';
import { dueState } from '../../core/reminders/due.js';
import { remindersCalendar } from '../../core/reminders/ics.js';
import type { MeasureSchedule } from '../../core/safety/records.js';
import { instantToMs, localDayOf } from '../../core/time.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';

export async function setSchedule(deps: Deps, personId: PersonId, schedule: MeasureSchedule): Promise<MeasureSchedule> {
  await deps.store.transaction((tx) => tx.putSchedule(personId, schedule));
  return schedule;
}

export async function removeSchedule(deps: Deps, personId: PersonId, instrument: InstrumentId): Promise<{ instrument: InstrumentId }> {
  const gone = await deps.store.transaction((tx) => tx.deleteSchedule(personId, instrument));
  if (!gone) throw notFound('reminder for that questionnaire', 'instrument');
  return { instrument };
}

/** The questionnaires whose rhythm says they are ready today, for the app's quiet indicator. */
export async function dueNow(deps: Deps, personId: PersonId): Promise<Array<{ instrument: InstrumentId; nextOn: string }>> {
  const today = localDayOf(deps.clock.now());
  const [schedules, measures] = await Promise.all([deps.store.listSchedules(personId), deps.store.listMeasures(personId)]);
  return schedules.flatMap((s) => {
    const last = measures.filter((m) => m.instrument === s.instrument).at(-1)?.takenAt ?? null;
    const state = dueState(last, s.everyDays, today);
    return state.due ? [{ instrument: s.instrument, nextOn: state.nextOn }] : [];
  });
}

/**
 * An .ics file with one repeating reminder per rhythm, starting on the day each is next
 * due. Event UIDs use the instrument's position, not its name, so the file never says
 * which questionnaire a person answers.
 */
export async function remindersIcs(deps: Deps, personId: PersonId): Promise<string> {
  const now = deps.clock.now();
  const today = localDayOf(now);
  const [schedules, measures] = await Promise.all([deps.store.listSchedules(personId), deps.store.listMeasures(personId)]);
  const series = schedules.map((s) => {
    const last = measures.filter((m) => m.instrument === s.instrument).at(-1)?.takenAt ?? null;
    const { nextOn } = dueState(last, s.everyDays, today);
    return { key: `reminder-${INSTRUMENT_IDS.indexOf(s.instrument) + 1}-${personId}`, firstOn: nextOn < today ? today : nextOn, everyDays: s.everyDays };
  });
  return remindersCalendar(series, instantToMs(now) ?? 0, 'headway.local');
}
