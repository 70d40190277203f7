/** Reminder rhythms per questionnaire, and the calendar file that carries them. */
import type { PersonId } from '../../core/ids.js';
import { INSTRUMENT_IDS, type InstrumentId } from '../../core/measures/instrument.js';
import { dueState, type DueState } from '../../core/reminders/due.js';
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

/** Each rhythm with when its questionnaire is next due, counted from the latest time it was taken. */
async function rhythms(deps: Deps, personId: PersonId, today: string): Promise<Array<MeasureSchedule & DueState>> {
  const [schedules, measures] = await Promise.all([deps.store.listSchedules(personId), deps.store.listMeasures(personId)]);
  const lastTaken = new Map(measures.map((m) => [m.instrument, m.takenAt])); // oldest first, so the latest wins
  return schedules.map((s) => ({ ...s, ...dueState(lastTaken.get(s.instrument) ?? null, s.everyDays, today) }));
}

/** The questionnaires whose rhythm says they are ready today, for the app's quiet indicator. */
export async function dueNow(deps: Deps, personId: PersonId): Promise<Array<{ instrument: InstrumentId; nextOn: string }>> {
  const due = (await rhythms(deps, personId, localDayOf(deps.clock.now()))).filter((r) => r.due);
  return due.map(({ instrument, nextOn }) => ({ instrument, nextOn }));
}

/**
 * An .ics file with one repeating reminder per rhythm, starting on the day each is next
 * due. Event UIDs use the instrument's position, not its name, so the file never says
 * which questionnaire a person answers.
 */
export async function remindersIcs(deps: Deps, personId: PersonId): Promise<string> {
  const now = deps.clock.now();
  const today = localDayOf(now);
  const series = (await rhythms(deps, personId, today)).map((r) => ({
    key: `reminder-${INSTRUMENT_IDS.indexOf(r.instrument) + 1}-${personId}`,
    firstOn: r.nextOn < today ? today : r.nextOn,
    everyDays: r.everyDays,
  }));
  return remindersCalendar(series, instantToMs(now) ?? 0, 'headway.local');
}
