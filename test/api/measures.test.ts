/**
 * Questionnaires through the API: scoring, critical answers first, refusals that name
 * the item, change over time, reminders, and the safety plan.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let h: Harness;
let now = '2026-03-01T09:00:00+00:00';
beforeEach(async () => {
  now = '2026-03-01T09:00:00+00:00';
  h = await startHarness({ clock: { now: () => now } });
});
afterEach(() => h.close());

const take = (payload: object) => h.call({ method: 'POST', url: '/api/measures', payload });
const get = async (url: string): Promise<Json> => (await h.call({ method: 'GET', url })).json();
const phq9 = (item9: number, rest = 0) => [rest, rest, rest, rest, rest, rest, rest, rest, item9];

describe('taking a questionnaire', () => {
  it('scores a PHQ-9 and keeps it', async () => {
    const res = await take({ instrument: 'PHQ-9', answers: [1, 2, 1, 2, 1, 1, 2, 0, 0] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.critical).toEqual([]);
    expect(body.measure).toMatchObject({ instrument: 'PHQ-9', total: 10, band: { id: 'moderate' }, caseness: true, source: 'app', takenAt: now });
    expect((await get('/api/measures')).items.map((m: Json) => m.id)).toEqual([body.measure.id]);
  });

  it('puts a critical answer first, records it as a safety event, and never hides it behind a low total', async () => {
    const res = await take({ instrument: 'PHQ-9', answers: phq9(1) });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body)[0]).toBe('critical');
    expect(body.critical).toEqual([{ item: 9, value: 1, tier: 'urgent', label: expect.any(String) }]);
    expect(body.measure.total).toBe(1);
    expect(body.safetyEventIds).toHaveLength(1);

    const events = (await get('/api/safety/events')).items;
    expect(events).toEqual([
      { id: body.safetyEventIds[0], occurredAt: now, kind: 'critical-answer', description: expect.stringContaining('question 9'), acknowledgedAt: null },
    ]);
    expect(events[0].description).toContain('Several days');
    const ack = await h.call({ method: 'POST', url: `/api/safety/events/${body.safetyEventIds[0]}/acknowledge` });
    expect(ack.json().acknowledgedAt).toBe(now);
  });

  it('flags PCL-5 item 16 as a lower-tier notice', async () => {
    const answers = Array.from({ length: 20 }, (_, i) => (i === 15 ? 2 : 0));
    const body = (await take({ instrument: 'PCL-5', answers })).json();
    expect(body.critical).toEqual([expect.objectContaining({ item: 16, value: 2, tier: 'notice' })]);
  });

  it('refuses a form with a missing item, naming it, and stores nothing (no silent PHQ-8)', async () => {
    const res = await take({ instrument: 'PHQ-9', answers: [0, 0, 0, 0, 0, 0, 0, 0] });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error).toMatchObject({ code: 'validation_failed', field: 'answers[8]' });
    expect(error.message).toContain('question 9');
    expect((await get('/api/measures')).items).toEqual([]);
    expect((await get('/api/safety/events')).items).toEqual([]);
  });

  it('names every unanswered and impossible answer', async () => {
    const res = await take({ instrument: 'GAD-7', answers: [0, null, 4, 0, 0, 0, 0, 1] });
    const { error } = res.json();
    expect(error.problems.map((p: Json) => p.path)).toEqual(['answers[2]', 'answers[7]']);
    const missing = (await take({ instrument: 'GAD-7', answers: [0, null, 1, 0, 0, 0, null] })).json().error;
    expect(missing.problems.map((p: Json) => p.path)).toEqual(['answers[1]', 'answers[6]']);
  });

  it('refuses an unknown questionnaire and a time in the future', async () => {
    expect((await take({ instrument: 'PHQ-8', answers: [] })).json().error.field).toBe('instrument');
    const future = (await take({ instrument: 'GAD-7', answers: [0, 0, 0, 0, 0, 0, 0], takenAt: '2026-03-02T09:00:00+00:00' })).json();
    expect(future.error.field).toBe('takenAt');
  });

  it('reports the Brief COPE as fourteen scales with no total', async () => {
    const answers = Array.from({ length: 28 }, (_, i) => (i % 4) + 1);
    const m = (await take({ instrument: 'Brief-COPE', answers })).json().measure;
    expect(m.total).toBeNull();
    expect(m.band).toBeNull();
    expect(m.subscales).toHaveLength(14);
    for (const s of m.subscales) expect(s.score).toBeGreaterThanOrEqual(2);
    const instruments = (await get('/api/instruments')).items;
    expect(instruments.find((i: Json) => i.id === 'Brief-COPE').total).toBeNull();
    expect(instruments.map((i: Json) => i.id)).toEqual(['PHQ-9', 'GAD-7', 'WHO-5', 'PCL-5', 'Brief-COPE']);
  });

  it('takes a paper form with its own date', async () => {
    const m = (await take({ instrument: 'WHO-5', answers: [3, 3, 2, 2, 3], takenAt: '2026-02-20T18:00:00+01:00', source: 'paper' })).json().measure;
    expect(m).toMatchObject({ total: 52, source: 'paper', takenAt: '2026-02-20T18:00:00+01:00' });
  });

  it('deletes a result to "recently deleted" (test/api/result-bin.test.ts), once', async () => {
    const id = (await take({ instrument: 'GAD-7', answers: [0, 0, 0, 0, 0, 0, 0] })).json().measure.id;
    expect((await h.call({ method: 'DELETE', url: `/api/measures/${id}` })).statusCode).toBe(200);
    expect((await h.call({ method: 'DELETE', url: `/api/measures/${id}` })).statusCode).toBe(404);
  });
});

describe('change over time', () => {
  const at = (day: string) => `${day}T09:00:00+00:00`;

  it('calls a 6-point PHQ-9 drop reliable and a 5-point drop not', async () => {
    await take({ instrument: 'PHQ-9', answers: phq9(0, 2).map((v, i) => (i < 8 ? v : 0)), takenAt: at('2026-01-05') }); // 16
    await take({ instrument: 'PHQ-9', answers: [1, 1, 1, 1, 1, 1, 2, 2, 1].map((v, i) => (i === 8 ? 0 : v)), takenAt: at('2026-02-01') }); // 10
    let o = (await get('/api/measures/overview')).instruments.find((i: Json) => i.instrument === 'PHQ-9');
    expect(o).toMatchObject({ count: 2, change: -6, reliableChange: 'improved', first: { total: 16 }, latest: { total: 10 } });
    expect(o.summary).toContain('6 points lower');

    await take({ instrument: 'PHQ-9', answers: [1, 1, 1, 1, 1, 1, 2, 2, 1], takenAt: at('2026-02-15') }); // 11
    o = (await get('/api/measures/overview')).instruments.find((i: Json) => i.instrument === 'PHQ-9');
    expect(o).toMatchObject({ change: -5, reliableChange: 'no-reliable-change' });
    expect(o.notOnTrack).toMatchObject({ heuristic: true });
  });

  it('gives the paired NHS Talking Therapies outcome once both measures have two scores', async () => {
    await take({ instrument: 'PHQ-9', answers: [2, 2, 2, 2, 2, 1, 1, 1, 0], takenAt: at('2026-01-05') }); // 13
    await take({ instrument: 'GAD-7', answers: [2, 2, 2, 2, 1, 1, 0], takenAt: at('2026-01-05') }); // 10
    expect((await get('/api/measures/overview')).nhs).toBeNull();
    await take({ instrument: 'PHQ-9', answers: [1, 1, 1, 1, 0, 0, 0, 0, 0], takenAt: at('2026-02-20') }); // 4
    await take({ instrument: 'GAD-7', answers: [1, 1, 1, 0, 0, 0, 0], takenAt: at('2026-02-20') }); // 3
    const nhs = (await get('/api/measures/overview')).nhs;
    expect(nhs).toMatchObject({ outcome: 'reliable-recovery', first: { phq9: 13, gad7: 10 }, latest: { phq9: 4, gad7: 3 } });
    expect(nhs.note).toContain('NHS Talking Therapies');
  });

  it('leaves out results taken after asOf', async () => {
    await take({ instrument: 'GAD-7', answers: [3, 3, 3, 3, 3, 3, 3], takenAt: at('2026-01-05') });
    await take({ instrument: 'GAD-7', answers: [0, 0, 0, 0, 0, 0, 0], takenAt: at('2026-02-05') });
    const o = (await get('/api/measures/overview?asOf=2026-01-31')).instruments.find((i: Json) => i.instrument === 'GAD-7');
    expect(o).toMatchObject({ count: 1, change: null, latest: { total: 21 } });
  });
});

describe('reminders', () => {
  it('shows what is due and offers a calendar that never names a questionnaire', async () => {
    const put = await h.call({ method: 'PUT', url: '/api/measures/schedules/PHQ-9', payload: { everyDays: 14 } });
    expect(put.json()).toEqual({ instrument: 'PHQ-9', everyDays: 14 });
    let phq = (await get('/api/measures/overview')).instruments.find((i: Json) => i.instrument === 'PHQ-9');
    expect(phq).toMatchObject({ schedule: { everyDays: 14 }, due: { due: true, nextOn: '2026-03-01' } });

    await take({ instrument: 'PHQ-9', answers: phq9(0) });
    phq = (await get('/api/measures/overview')).instruments.find((i: Json) => i.instrument === 'PHQ-9');
    expect(phq.due).toEqual({ due: false, nextOn: '2026-03-15' });

    const ics = await h.call({ method: 'GET', url: '/api/measures/calendar.ics' });
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('DTSTART;VALUE=DATE:20260315');
    expect(ics.body).toContain('RRULE:FREQ=DAILY;INTERVAL=14');
    expect(ics.body).not.toMatch(/PHQ|GAD|WHO|PCL|COPE/i);

    expect((await h.call({ method: 'PUT', url: '/api/measures/schedules/PHQ-9', payload: { everyDays: 0 } })).json().error.field).toBe('everyDays');
    expect((await h.call({ method: 'DELETE', url: '/api/measures/schedules/PHQ-9' })).statusCode).toBe(200);
    expect((await h.call({ method: 'DELETE', url: '/api/measures/schedules/PHQ-9' })).statusCode).toBe(404);
  });
});

describe('the safety plan', () => {
  it('starts empty with the six steps explained, saves whole, and reads back', async () => {
    const empty = await get('/api/safety-plan');
    expect(empty.updatedAt).toBeNull();
    expect(empty.guide.map((g: Json) => g.step)).toEqual(['warningSigns', 'onMyOwn', 'distractions', 'askForHelp', 'professionals', 'saferSurroundings']);
    const saved = await h.call({
      method: 'PUT',
      url: '/api/safety-plan',
      payload: { steps: { warningSigns: ['Not sleeping', '  ', 'Cancelling plans '], askForHelp: ['Sam 07700 900123'] }, mattersMost: 'My niece' },
    });
    expect(saved.statusCode).toBe(200);
    const plan = await get('/api/safety-plan');
    expect(plan.steps.warningSigns).toEqual(['Not sleeping', 'Cancelling plans']);
    expect(plan.steps.onMyOwn).toEqual([]);
    expect(plan).toMatchObject({ mattersMost: 'My niece', updatedAt: now });
  });

  it('names the line that is too long and keeps the old plan', async () => {
    await h.call({ method: 'PUT', url: '/api/safety-plan', payload: { steps: { onMyOwn: ['Walk'] } } });
    const res = await h.call({ method: 'PUT', url: '/api/safety-plan', payload: { steps: { onMyOwn: ['ok', 'x'.repeat(301)] } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('steps.onMyOwn[1]');
    expect((await get('/api/safety-plan')).steps.onMyOwn).toEqual(['Walk']);
  });
});


describe('words in notes that suggest someone may not be safe', () => {
  it('saves the moment as always, offers the safety plan, and records only the category', async () => {
    const res = await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Home', intensity: 8, note: 'honestly i just want to die tonight' } });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.note).toBe('honestly i just want to die tonight');
    expect(body.safety).toEqual({ offerSafetyPlan: true, eventId: expect.any(String) });
    const events = (await get('/api/safety/events')).items;
    expect(events).toHaveLength(1);
    expect(events[0].kind).toBe('crisis-language');
    expect(JSON.stringify(events)).not.toContain('want to die');
    const report = await get('/api/report');
    expect(report.safety.alert).toBe(true);
    expect(JSON.stringify(report.safety)).not.toContain('want to die');
  });

  it('stays quiet for everyday words, and an edit offers again only for new words of concern', async () => {
    const quiet = (await h.call({ method: 'POST', url: '/api/checkins', payload: { distress: 6, note: 'this deadline is killing me' } })).json();
    expect(quiet.safety).toBeUndefined();
    const edited = (await h.call({ method: 'PATCH', url: `/api/checkins/${quiet.id}`, payload: { note: 'I keep thinking about hurting myself' } })).json();
    expect(edited.safety?.offerSafetyPlan).toBe(true);
    const again = (await h.call({ method: 'PATCH', url: `/api/checkins/${quiet.id}`, payload: { note: 'I keep thinking about hurting myself, still' } })).json();
    expect(again.safety).toBeUndefined();
    expect((await get('/api/safety/events')).items).toHaveLength(1);
    expect((await get('/api/report')).safety.alert).toBe(true);
  });

  it('listens to practice and shift notes too, on saving and on editing', async () => {
    const practice = (await h.call({ method: 'POST', url: '/api/practices', payload: { kind: 'Journalling', note: 'wrote that i want to end it all' } })).json();
    expect(practice.kind).toBe('Journalling');
    expect(practice.safety).toEqual({ offerSafetyPlan: true, eventId: expect.any(String) });
    const shift = (await h.call({ method: 'POST', url: '/api/shifts', payload: { kind: 'own-words', note: 'slept through the night' } })).json();
    expect(shift.safety).toBeUndefined();
    const edited = (await h.call({ method: 'PATCH', url: `/api/shifts/${shift.id}`, payload: { note: 'slept, but i have been thinking of killing myself' } })).json();
    expect(edited.safety?.offerSafetyPlan).toBe(true);
    const events = (await get('/api/safety/events')).items as Json[];
    expect(events.map((e) => e.description)).toEqual(
      expect.arrayContaining([expect.stringContaining('a practice'), expect.stringContaining('a shift')]),
    );
    expect(JSON.stringify(events)).not.toContain('end it all');
    expect((await get('/api/report')).safety.alert).toBe(true);
  });
});

describe('words of concern outside notes', () => {
  it('hears them in a trigger’s name, on logging and when a moment is given a new trigger, and in a practice’s kind', async () => {
    const named = (await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'wanting to kill myself', intensity: 9 } })).json();
    expect(named.safety?.offerSafetyPlan).toBe(true);
    const plain = (await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Loud neighbours', intensity: 4 } })).json();
    expect(plain.safety).toBeUndefined();
    const renamed = (await h.call({ method: 'PATCH', url: `/api/moments/${plain.id}`, payload: { trigger: 'I want to die' } })).json();
    expect(renamed.safety?.offerSafetyPlan).toBe(true);
    const practice = (await h.call({ method: 'POST', url: '/api/practices', payload: { kind: 'writing a goodbye letter, I want to end it all' } })).json();
    expect(practice.safety?.offerSafetyPlan).toBe(true);
    const events = (await get('/api/safety/events')).items as Json[];
    expect(events).toHaveLength(3);
    expect(JSON.stringify(events)).not.toMatch(/kill myself|want to die|end it all/);
  });
});

describe('the insight report', () => {
  it('carries measures with their change and NHS outcome, and a critical latest answer as a safety alert', async () => {
    await take({ instrument: 'PHQ-9', answers: [2, 2, 2, 2, 2, 2, 2, 2, 0], takenAt: '2026-01-05T09:00:00+00:00' });
    await take({ instrument: 'GAD-7', answers: [2, 2, 2, 2, 2, 2, 2], takenAt: '2026-01-05T09:00:00+00:00' });
    await take({ instrument: 'PHQ-9', answers: [1, 1, 1, 1, 1, 1, 0, 0, 1], takenAt: '2026-02-20T09:00:00+00:00' });
    await take({ instrument: 'GAD-7', answers: [1, 1, 1, 1, 1, 1, 1], takenAt: '2026-02-20T09:00:00+00:00' });
    const report = await get('/api/report');
    expect(report.measures).toEqual([
      { instrument: 'PHQ-9', first: 16, latest: 7, change: -9, reliableChange: 'improved', outcome: 'reliable-recovery', firstOn: '2026-01-05', latestOn: '2026-02-20', count: 2 },
      { instrument: 'GAD-7', first: 14, latest: 7, change: -7, reliableChange: 'improved', outcome: 'reliable-recovery', firstOn: '2026-01-05', latestOn: '2026-02-20', count: 2 },
    ]);
    expect(report.evidence.filter((e: Json) => e.source === 'measures').map((e: Json) => e.points)).toEqual(['progress', 'progress']);
    expect(report.safety.alert).toBe(true);
    expect(report.safety.reasons[0]).toContain('PHQ-9 question 9');
  });
});

describe('GET /api/measures/due', () => {
  it('lists only questionnaires whose rhythm says they are ready today', async () => {
    expect((await get('/api/measures/due')).due).toEqual([]);
    await h.call({ method: 'PUT', url: '/api/measures/schedules/GAD-7', payload: { everyDays: 7 } });
    await h.call({ method: 'PUT', url: '/api/measures/schedules/WHO-5', payload: { everyDays: 28 } });
    await take({ instrument: 'WHO-5', answers: [3, 3, 3, 3, 3], takenAt: '2026-02-20T09:00:00+00:00' });
    expect((await get('/api/measures/due')).due).toEqual([{ instrument: 'GAD-7', nextOn: '2026-03-01' }]);
  });
});

describe('the report safety field over time', () => {
  it('keeps a critical answer from the last 14 days even after a later form without one', async () => {
    now = '2026-03-10T09:00:00+00:00';
    await take({ instrument: 'PHQ-9', answers: phq9(2), takenAt: '2026-03-01T09:00:00+00:00' });
    await take({ instrument: 'PHQ-9', answers: phq9(0), takenAt: '2026-03-08T09:00:00+00:00' });
    let safety = (await get('/api/report?asOf=2026-03-10')).safety;
    expect(safety.alert).toBe(true);
    expect(safety.reasons).toEqual([expect.stringContaining('On 1 Mar 2026, PHQ-9 question 9')]);
    now = '2026-03-20T09:00:00+00:00'; // a report can't be as of a day that has not come
    safety = (await get('/api/report?asOf=2026-03-20')).safety;
    expect(safety).toEqual({ alert: false, reasons: [] });
  });
});
