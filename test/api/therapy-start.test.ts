/**
 * The day therapy began, through PATCH /api/person: a real day, not in the future, cleared
 * with null; asked once (skipping it, or giving it, answers the question for good).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, startHarness, type Harness } from '../harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ clock: fixedClock('2026-12-01T10:00:00+00:00') });
});
afterEach(() => h.close());

const patch = (payload: object) => h.call({ method: 'PATCH', url: '/api/person', payload });
const person = async () => (await h.call({ method: 'GET', url: '/api/person' })).json();

describe('the day therapy began', () => {
  it('is not set and not asked in a new journal', async () => {
    expect(await person()).toMatchObject({ therapyStartedOn: null, therapyStartAsked: false });
  });

  it('is saved, shown in the session, and counts as the question answered', async () => {
    const res = await patch({ therapyStartedOn: '2026-03-03' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ therapyStartedOn: '2026-03-03', therapyStartAsked: true });
    expect((await h.call({ method: 'GET', url: '/api/session' })).json().person).toMatchObject({ therapyStartedOn: '2026-03-03', therapyStartAsked: true });
  });

  it('can be today, and cleared with null without asking again', async () => {
    expect((await patch({ therapyStartedOn: '2026-12-01' })).statusCode).toBe(200);
    const cleared = await patch({ therapyStartedOn: null });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ therapyStartedOn: null, therapyStartAsked: true });
  });

  it('is asked once: skipping marks it asked and leaves the date empty', async () => {
    const res = await patch({ therapyStartAsked: true });
    expect(res.statusCode).toBe(200);
    expect(await person()).toMatchObject({ therapyStartedOn: null, therapyStartAsked: true });
  });

  it('leaves the name and country as they were', async () => {
    await patch({ displayName: 'Sam', country: 'GB' });
    await patch({ therapyStartedOn: '2026-03-03' });
    expect(await person()).toMatchObject({ displayName: 'Sam', country: 'GB', therapyStartedOn: '2026-03-03' });
  });

  it.each([
    ['not a date', 'soon'],
    ['an impossible day', '2026-02-30'],
    ['a date in another shape', '03/03/2026'],
    ['a number', 20260303],
  ])('refuses %s with a 400 naming the field', async (_what, value) => {
    const res = await patch({ therapyStartedOn: value });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'therapyStartedOn' });
    expect(res.json().error.message).toContain('date');
    expect(await person()).toMatchObject({ therapyStartedOn: null, therapyStartAsked: false });
  });

  it('refuses a day in the future with a 400 naming the field, and changes nothing', async () => {
    const res = await patch({ therapyStartedOn: '2026-12-05', displayName: 'Sam' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'therapyStartedOn' });
    expect(res.json().error.message).toContain('future');
    expect(await person()).toMatchObject({ displayName: '', therapyStartedOn: null, therapyStartAsked: false });
  });

  it('refuses therapyStartAsked other than true', async () => {
    const res = await patch({ therapyStartAsked: false });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'therapyStartAsked' });
  });
});

describe('the day therapy began in an export', () => {
  it('is written when given, and an import into a new journal brings it back', async () => {
    expect((await h.call({ method: 'GET', url: '/api/export' })).json().person).toEqual({ displayName: '', country: 'GB' });
    await patch({ therapyStartedOn: '2026-03-03' });
    const file = (await h.call({ method: 'GET', url: '/api/export' })).json();
    expect(file.person).toEqual({ displayName: '', country: 'GB', therapyStartedOn: '2026-03-03' });
    const other = await startHarness({ clock: fixedClock('2026-12-01T10:00:00+00:00') });
    try {
      const res = await other.call({ method: 'POST', url: '/api/import', payload: JSON.stringify(file), headers: { 'content-type': 'application/json' } });
      expect(res.statusCode).toBe(200);
      expect((await other.call({ method: 'GET', url: '/api/person' })).json()).toMatchObject({ therapyStartedOn: '2026-03-03' });
    } finally {
      await other.close();
    }
  });

  it('refuses a file whose day is not a date, naming the field', async () => {
    const file = (await h.call({ method: 'GET', url: '/api/export' })).json();
    const res = await h.call({
      method: 'POST',
      url: '/api/import',
      payload: JSON.stringify({ ...file, person: { ...file.person, therapyStartedOn: '2026-02-30' } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('import_invalid');
    expect(JSON.stringify(res.json().error)).toContain('person.therapyStartedOn');
  });
});
