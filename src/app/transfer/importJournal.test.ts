import { afterEach, describe, expect, it } from 'vitest';
import { journalFixture, type Fixture } from '../../../test/app-fixture.js';
import type { CompleteExportFile } from '../../contracts/export-format.js';
import { LOCAL_PERSON_ID, type TriggerId } from '../../core/ids.js';
import { AppError } from '../errors.js';
import { logMoment } from '../journal/logMoment.js';
import { addStrategy } from '../toolkit/addStrategy.js';
import { setSchedule } from '../measures/schedules.js';
import { takeMeasure } from '../measures/takeMeasure.js';
import { saveSafetyPlan } from '../safety/safetyPlan.js';
import { exportJournal } from './exportJournal.js';
import { importJournal } from './importJournal.js';

const open: Fixture[] = [];
const fixture = async (seed = true) => {
  const f = await journalFixture('2026-03-01T09:00:00+00:00', seed);
  open.push(f);
  return f;
};
afterEach(async () => Promise.all(open.splice(0).map((f) => f.close())));

describe('importing into a journal that already has entries', () => {
  it('adds to it, matching strategies and triggers by name', async () => {
    const source = await fixture();
    const walk = (await source.deps.store.listStrategies(source.person)).find((s) => s.name === 'A walk');
    await logMoment(source.deps, source.person, { trigger: 'Work', intensity: 6, strategies: [{ strategyId: walk!.id, helped: true }] });
    const file = await exportJournal(source.deps, source.person);

    const target = await fixture();
    await logMoment(target.deps, target.person, { trigger: 'WORK', intensity: 2 });
    const r = await importJournal(target.deps, target.person, file);
    expect(r.replacedToolkit).toBe(false);
    expect(r.added).toMatchObject({ moments: 1, toolkit: 0, triggers: 0 });
    const triggers = await target.deps.store.listTriggers(target.person);
    expect(triggers.map((t) => [t.name, t.uses])).toEqual([['WORK', 2]]);
  });
});

describe('importing into an empty journal', () => {
  it('replaces the starting toolkit once; the same file again changes nothing, even when it holds no entries', async () => {
    const source = await fixture();
    await source.deps.store.transaction(async (tx) => {
      await tx.updatePerson(source.person, { displayName: 'Sam', country: 'IE' });
    });
    const walk = (await source.deps.store.listStrategies(source.person)).find((s) => s.name === 'A walk');
    await source.deps.store.transaction(async (tx) => tx.updateStrategy(source.person, walk!.id, { archived: true }));
    const file = await exportJournal(source.deps, source.person);
    expect(file.moments).toEqual([]);

    const target = await fixture();
    const first = await importJournal(target.deps, target.person, file);
    expect(first.replacedToolkit).toBe(true);
    expect(first.added.toolkit).toBe(file.toolkit.length);
    const second = await importJournal(target.deps, target.person, file);
    expect(second).toEqual({
      added: { toolkit: 0, triggers: 0, moments: 0, checkins: 0, practices: 0, shifts: 0, measures: 0, safetyEvents: 0, schedules: 0 },
      alreadyPresent: 0,
      replacedToolkit: false,
      safetyPlan: 'kept',
    });
    const again = await exportJournal(target.deps, target.person);
    expect({ ...again, exportedAt: '' }).toEqual({ ...file, exportedAt: '' });
  });
});

describe('importing into a journal with no entries but a toolkit of the person’s own', () => {
  it('adds to it and loses nothing: not a strategy they added, an edit they made, nor their name', async () => {
    const source = await fixture();
    await source.deps.store.transaction(async (tx) => {
      await tx.updatePerson(source.person, { displayName: 'Sam', country: 'IE' });
    });
    await addStrategy(source.deps, source.person, { name: 'Gardening', role: 'healing', function: 'process' });
    const file = await exportJournal(source.deps, source.person);

    const target = await fixture();
    await target.deps.store.transaction(async (tx) => tx.updatePerson(target.person, { displayName: 'Alex', country: 'GB' }));
    await addStrategy(target.deps, target.person, { name: 'Calling Mum', role: 'coping', function: 'connect' });
    const music = (await target.deps.store.listStrategies(target.person)).find((s) => s.name === 'Music');
    await target.deps.store.transaction(async (tx) => tx.updateStrategy(target.person, music!.id, { role: 'healing', updatedAt: '2026-03-01T09:05:00+00:00' }));

    const r = await importJournal(target.deps, target.person, file);
    expect(r.replacedToolkit).toBe(false);
    expect(r.added.toolkit).toBe(1);
    const after = await target.deps.store.listStrategies(target.person);
    expect(after.map((s) => s.name)).toEqual(expect.arrayContaining(['Calling Mum', 'Gardening', 'Music']));
    expect(after.find((s) => s.name === 'Music')?.role).toBe('healing');
    expect(await target.deps.store.getPerson(target.person)).toMatchObject({ displayName: 'Alex', country: 'GB' });
  });

  it('treats a named trigger as the person’s own too', async () => {
    const source = await fixture();
    const file = await exportJournal(source.deps, source.person);
    const target = await fixture();
    await target.deps.store.transaction(async (tx) => tx.insertTrigger(target.person, { id: target.deps.newId() as TriggerId, name: 'Loud voices', createdAt: '2026-03-01T09:00:00+00:00' }));
    const r = await importJournal(target.deps, target.person, file);
    expect(r.replacedToolkit).toBe(false);
    expect((await target.deps.store.listTriggers(target.person)).map((t) => t.name)).toEqual(['Loud voices']);
  });
});

describe('a broken file', () => {
  it('that is some other JSON file gets one plain sentence, not a line per missing field', async () => {
    const target = await fixture();
    for (const raw of [{ hello: 'world' }, {}, { resourceType: 'Patient' }]) {
      const err = (await importJournal(target.deps, target.person, raw).catch((e: unknown) => e)) as AppError;
      expect(err.problems).toEqual([{ path: 'file', message: expect.stringContaining('does not look like a Headway export') }]);
    }
  });

  it('with entries or questionnaires dated in the future is refused whole, each named by its path', async () => {
    const source = await fixture();
    await logMoment(source.deps, source.person, { trigger: 'Work', intensity: 4 });
    await logMoment(source.deps, source.person, { trigger: 'Work', intensity: 5 });
    const file = await exportJournal(source.deps, source.person);
    const later = { ...file, moments: [file.moments[0], { ...file.moments[1]!, occurredAt: '2099-01-01T10:00:00+00:00' }] };
    const target = await fixture();
    const err = (await importJournal(target.deps, target.person, later).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe('import_invalid');
    expect(err.problems).toEqual([{ path: 'moments[1].occurredAt', message: "can't be in the future" }]);
    expect((await target.deps.store.countEntries(target.person)).moments).toBe(0);
  });

  it('that is not an object at all is named as the problem', async () => {
    const target = await fixture(false);
    for (const raw of [null, [], 'text', 3]) {
      const err = await importJournal(target.deps, target.person, raw).catch((e: unknown) => e);
      expect((err as AppError).problems?.[0]?.path).toBe('file');
    }
  });

  it('is refused whole, with every problem and its path', async () => {
    const source = await fixture();
    await logMoment(source.deps, source.person, { trigger: 'Work', intensity: 6 });
    await logMoment(source.deps, source.person, { trigger: 'Home', intensity: 3 });
    const file = await exportJournal(source.deps, source.person);
    const broken = structuredClone(file) as unknown as { moments: Array<Record<string, unknown>>; triggers: unknown[] };
    broken.moments[1]!['intensity'] = 11;
    broken.moments[0]!['strategies'] = [{ name: 'Juggling', helped: null }];

    const target = await fixture(false);
    const err = await importJournal(target.deps, target.person, broken).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('import_invalid');
    expect((err as AppError).problems).toEqual([
      { path: 'moments[1].intensity', message: 'must be 0–10' },
      { path: 'moments[0].strategies[0].name', message: '"Juggling" is not in the file\'s toolkit' },
    ]);
    expect(await target.deps.store.countEntries(target.person)).toEqual({ moments: 0, checkins: 0, practices: 0, shifts: 0 });
  });
});

/** A journal with one of everything version 2 added: a PHQ-9 with a critical answer (so a safety event), a plan, a rhythm. */
async function careJournal() {
  const source = await fixture();
  await logMoment(source.deps, source.person, { trigger: 'Work', intensity: 6 });
  await takeMeasure(source.deps, source.person, { instrument: 'PHQ-9', answers: [1, 2, 1, 0, 1, 2, 1, 0, 1], takenAt: '2026-02-20T08:00:00+01:00' });
  await takeMeasure(source.deps, source.person, { instrument: 'GAD-7', answers: [0, 1, 2, 3, 0, 1, 2] });
  await saveSafetyPlan(source.deps, source.person, { steps: { onMyOwn: ['A slow walk'], askForHelp: ['Jo'] }, mattersMost: 'The allotment' });
  await setSchedule(source.deps, source.person, { instrument: 'PHQ-9', everyDays: 14 });
  await setSchedule(source.deps, source.person, { instrument: 'GAD-7', everyDays: 28 });
  return source;
}

describe('questionnaires, the safety plan, reminders and safety events', () => {
  it('are exported in a fixed order and come back whole in an empty journal', async () => {
    const source = await careJournal();
    const file = await exportJournal(source.deps, source.person);
    expect(file.version).toBe(2);
    expect(file.measures.map((m) => m.instrument)).toEqual(['PHQ-9', 'GAD-7']);
    expect(file.safetyPlan).toMatchObject({ steps: { onMyOwn: ['A slow walk'], warningSigns: [] }, mattersMost: 'The allotment' });
    expect(file.schedules).toEqual([{ instrument: 'PHQ-9', everyDays: 14 }, { instrument: 'GAD-7', everyDays: 28 }]);
    expect(file.safetyEvents).toMatchObject([{ detail: { kind: 'critical-answer', measureId: file.measures[0]!.id, item: 9, value: 1 } }]);

    const target = await fixture(false);
    const r = await importJournal(target.deps, target.person, file);
    expect(r.added).toMatchObject({ measures: 2, safetyEvents: 1, schedules: 2 });
    expect(r.safetyPlan).toBe('replaced');
    expect({ ...(await exportJournal(target.deps, target.person)), exportedAt: '' }).toEqual({ ...file, exportedAt: '' });
  });

  it('record a critical answer whose event the file left out, and refuse an event with the wrong tier', async () => {
    const source = await careJournal();
    const file = await exportJournal(source.deps, source.person);
    const target = await fixture(false);
    const r = await importJournal(target.deps, target.person, { ...file, safetyEvents: [] });
    expect(r.added.safetyEvents).toBe(1);
    const events = await target.deps.store.listSafetyEvents(target.person);
    expect(events.map((e) => e.detail)).toEqual([expect.objectContaining({ kind: 'critical-answer', measureId: file.measures[0]!.id, item: 9, tier: 'urgent' })]);

    const other = await fixture(false);
    const wrongTier = { ...file, safetyEvents: file.safetyEvents.map((e) => ({ ...e, detail: { ...e.detail, tier: 'notice' } })) };
    const err = await importJournal(other.deps, other.person, wrongTier).catch((e: unknown) => e);
    expect((err as AppError).problems).toEqual([{ path: 'safetyEvents[0].detail.tier', message: 'must be urgent for question 9 of the PHQ-9' }]);
    expect(await other.deps.store.listMeasures(other.person)).toEqual([]);
  });

  it('add by id to a journal with entries: known ids count as already present, reminders only where none is set', async () => {
    const file = await exportJournal((await careJournal()).deps, LOCAL_PERSON_ID);
    const target = await fixture();
    await logMoment(target.deps, target.person, { trigger: 'Home', intensity: 2 });
    await setSchedule(target.deps, target.person, { instrument: 'PHQ-9', everyDays: 7 });
    const first = await importJournal(target.deps, target.person, file);
    expect(first.added).toMatchObject({ moments: 1, measures: 2, safetyEvents: 1, schedules: 1 });
    expect(await target.deps.store.listSchedules(target.person)).toEqual([
      { instrument: 'GAD-7', everyDays: 28 },
      { instrument: 'PHQ-9', everyDays: 7 },
    ]);
    const second = await importJournal(target.deps, target.person, file);
    expect(second.added).toMatchObject({ moments: 0, measures: 0, safetyEvents: 0, schedules: 0 });
    expect(second.alreadyPresent).toBe(1 + 2 + 1);
  });

  it('never overwrite a safety plan the person has saved, in an empty journal or one with entries', async () => {
    const file = await exportJournal((await careJournal()).deps, LOCAL_PERSON_ID);
    for (const withEntries of [false, true]) {
      const target = await fixture();
      if (withEntries) await logMoment(target.deps, target.person, { trigger: 'Home', intensity: 2 });
      target.setNow('2026-03-01T10:00:00+00:00');
      await saveSafetyPlan(target.deps, target.person, { steps: { warningSigns: ['Not sleeping'] }, mattersMost: 'My dog' });
      const saved = await target.deps.store.getSafetyPlan(target.person);

      const r = await importJournal(target.deps, target.person, file);
      expect(r.safetyPlan).toBe('kept');
      expect(await target.deps.store.getSafetyPlan(target.person)).toEqual(saved);
    }
  });

  it('take the file\'s safety plan into a journal with entries whose plan was never saved', async () => {
    const file = await exportJournal((await careJournal()).deps, LOCAL_PERSON_ID);
    const target = await fixture();
    await logMoment(target.deps, target.person, { trigger: 'Home', intensity: 2 });
    expect((await importJournal(target.deps, target.person, file)).safetyPlan).toBe('replaced');
    expect(await target.deps.store.getSafetyPlan(target.person)).toEqual(file.safetyPlan);
  });
});

describe('a version 1 file', () => {
  const asVersion1 = (file: CompleteExportFile) => {
    const { measures: _m, safetyPlan: _p, schedules: _s, safetyEvents: _e, ...rest } = file;
    return { ...rest, version: 1 };
  };

  it('still imports, as a journal without questionnaires, plan, reminders or safety events', async () => {
    const source = await careJournal();
    const file = asVersion1(await exportJournal(source.deps, source.person));
    const target = await fixture(false);
    const r = await importJournal(target.deps, target.person, file);
    expect(r).toMatchObject({ added: { moments: 1, measures: 0, safetyEvents: 0, schedules: 0 }, safetyPlan: 'kept', replacedToolkit: true });
    const again = await exportJournal(target.deps, target.person);
    expect(again).toMatchObject({ version: 2, measures: [], safetyPlan: null, schedules: [], safetyEvents: [] });
    expect(again.moments).toEqual(file.moments);
  });

  it('that carries a section version 2 added is refused, naming it', async () => {
    const file = await exportJournal((await careJournal()).deps, LOCAL_PERSON_ID);
    const target = await fixture(false);
    const err = await importJournal(target.deps, target.person, { ...asVersion1(file), schedules: file.schedules }).catch((e: unknown) => e);
    expect((err as AppError).problems).toEqual([{ path: 'schedules', message: 'is not part of a version 1 file; version 2 added it' }]);
  });
});

describe('a file from a newer Headway', () => {
  it('is refused with one clear problem, whatever else it holds', async () => {
    const file = await exportJournal((await careJournal()).deps, LOCAL_PERSON_ID);
    const target = await fixture(false);
    const err = await importJournal(target.deps, target.person, { ...file, version: 3, somethingNew: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('import_invalid');
    expect((err as AppError).message).toMatch(/version 3, written by a newer Headway.*Update Headway/);
    expect((err as AppError).problems).toEqual([{ path: 'version', message: 'is 3, from a newer Headway; this one reads versions 1 and 2' }]);
  });
});

describe('a version 2 file with a questionnaire that does not score', () => {
  it('is refused whole, naming each answer by its path', async () => {
    const source = await careJournal();
    const file = await exportJournal(source.deps, source.person);
    const broken = structuredClone(file) as unknown as { measures: Array<{ answers: unknown[]; instrument: string }>; safetyEvents: Array<{ detail: Record<string, unknown> }> };
    broken.measures[0]!.answers = [1, 2, 1, 0, 1, 2, 1, 0]; // PHQ-9 without item 9: never a silent PHQ-8
    broken.measures[1]!.answers = [0, 1, 2, 4, 0, 1, 2, 0]; // GAD-7: an answer of 4, and an eighth answer
    broken.safetyEvents[0]!.detail['item'] = 12;

    const target = await fixture(false);
    const err = await importJournal(target.deps, target.person, broken).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('import_invalid');
    expect((err as AppError).problems?.map((p) => p.path)).toEqual([
      'measures[0].answers[8]',
      'measures[1].answers[3]',
      'measures[1].answers[7]',
      'safetyEvents[0].detail.item',
    ]);
    expect((err as AppError).problems?.[0]?.message).toMatch(/^has no answer: question 9/);
    expect(await target.deps.store.countEntries(target.person)).toEqual({ moments: 0, checkins: 0, practices: 0, shifts: 0 });
    expect(await target.deps.store.listMeasures(target.person)).toEqual([]);
    expect((await target.deps.store.getSafetyPlan(target.person)).updatedAt).toBeNull();
    expect(await target.deps.store.listSchedules(target.person)).toEqual([]);
  });

  it('is refused for an unknown instrument or a repeated id', async () => {
    const file = await exportJournal((await careJournal()).deps, LOCAL_PERSON_ID);
    const measures = [{ ...file.measures[0]!, instrument: 'K10' }, { ...file.measures[1]!, id: file.measures[0]!.id }];
    const target = await fixture(false);
    const err = await importJournal(target.deps, target.person, { ...file, measures }).catch((e: unknown) => e);
    expect((err as AppError).problems?.map((p) => p.path)).toEqual(['measures[0].instrument', 'measures[1].id']);
  });
});
