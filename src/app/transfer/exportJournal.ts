/**
 * Everything a person has logged, as one versioned JSON document (docs/EXPORT-FORMAT.md):
 * the journal, questionnaires, the safety plan (null if never saved), reminder rhythms and
 * safety events. Entries in "recently deleted" are left out: the person has asked for them
 * to go. The order is fixed (oldest first, then by id; reminders in catalogue order), so
 * the same journal always exports the same.
 */
import { EXPORT_FORMAT, EXPORT_VERSION, type CompleteExportFile } from '../../contracts/export-format.js';
import type { PersonId } from '../../core/ids.js';
import { INSTRUMENT_IDS } from '../../core/measures/instrument.js';
import type { CrisisCategory } from '../../core/safety/crisis-language.js';
import type { Moment } from '../../core/records.js';
import { instantToMs } from '../../core/time.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';

/** Oldest first by the instant in `at` (as a moment in time, whatever its offset), then by id. */
function chronological<K extends string, T extends { id: string } & Record<K, string>>(list: T[], at: K): T[] {
  return [...list].sort((a, b) => (instantToMs(a[at]) ?? 0) - (instantToMs(b[at]) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function strip<T extends { deletedAt: unknown }>(e: T): Omit<T, 'deletedAt'> {
  const { deletedAt: _d, ...rest } = e;
  return rest;
}

export async function exportJournal(deps: Deps, personId: PersonId): Promise<CompleteExportFile> {
  const store = deps.store;
  const person = await store.getPerson(personId);
  if (!person) throw notFound('person');
  const [strategies, triggers, moments, checkins, practices, shifts, measures, plan, schedules, events] = await Promise.all([
    store.listStrategies(personId),
    store.listTriggers(personId),
    store.listEntries('moments', personId),
    store.listEntries('checkins', personId),
    store.listEntries('practices', personId),
    store.listEntries('shifts', personId),
    store.listMeasures(personId),
    store.getSafetyPlan(personId),
    store.listSchedules(personId),
    store.listSafetyEvents(personId),
  ]);
  const strategyName = new Map(strategies.map((s) => [s.id as string, s.name]));
  const triggerName = new Map(triggers.map((t) => [t.id as string, t.name]));
  const momentOut = (m: Moment) => {
    const { triggerId, strategies: uses, deletedAt: _d, ...rest } = m;
    return {
      id: rest.id,
      occurredAt: rest.occurredAt,
      trigger: triggerName.get(triggerId) ?? '',
      intensity: rest.intensity,
      bodyState: rest.bodyState,
      thought: rest.thought,
      followedThought: rest.followedThought,
      recognizedEarly: rest.recognizedEarly,
      handledDifferently: rest.handledDifferently,
      settledMinutes: rest.settledMinutes,
      strategies: uses.map((u) => ({ name: strategyName.get(u.strategyId) ?? '', helped: u.helped })),
      note: rest.note,
      createdAt: rest.createdAt,
      updatedAt: rest.updatedAt,
    };
  };
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: deps.clock.now(),
    person: {
      displayName: person.displayName,
      country: person.country,
      ...(person.therapyStartedOn != null && { therapyStartedOn: person.therapyStartedOn }),
    },
    toolkit: strategies.map(({ name, role, function: fn, archived, createdAt, updatedAt }) => ({
      name,
      role,
      function: fn,
      archived,
      createdAt,
      updatedAt,
    })),
    triggers: [...triggers]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(({ name, createdAt }) => ({ name, createdAt })),
    moments: chronological(moments, 'occurredAt').map(momentOut),
    checkins: chronological(checkins, 'occurredAt').map(strip),
    practices: chronological(practices, 'occurredAt').map(strip),
    shifts: chronological(shifts, 'occurredAt').map(strip),
    measures: chronological(measures, 'takenAt').map(({ id, instrument, takenAt, answers, source, createdAt }) => ({
      id,
      instrument,
      takenAt,
      answers,
      source,
      createdAt,
    })),
    safetyPlan: plan.updatedAt === null ? null : { steps: plan.steps, mattersMost: plan.mattersMost, updatedAt: plan.updatedAt },
    schedules: [...schedules]
      .sort((a, b) => INSTRUMENT_IDS.indexOf(a.instrument) - INSTRUMENT_IDS.indexOf(b.instrument))
      .map(({ instrument, everyDays }) => ({ instrument, everyDays })),
    safetyEvents: chronological(events, 'occurredAt').map(({ id, occurredAt, detail, acknowledgedAt }) => ({
      id,
      occurredAt,
      // The record types categories as strings; only crisis-language.ts's categories are ever stored.
      detail: detail.kind === 'crisis-language' ? { ...detail, categories: detail.categories as CrisisCategory[] } : detail,
      acknowledgedAt,
    })),
  };
}
