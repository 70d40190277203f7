/**
 * The first-start screen through POST /api/person/welcome: "continue" saves the chosen
 * country and marks the screen done, "skip" only marks it done; it is done once. Bad input
 * is a 400 naming the field, and changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { startHarness, type Harness } from '../harness.js';

let h: Harness;
let now: string;
beforeEach(async () => {
  now = '2026-12-08T09:00:00+00:00';
  h = await startHarness({ clock: { now: () => now } });
});
afterEach(() => h.close());

const welcome = (payload: unknown) => h.call({ method: 'POST', url: '/api/person/welcome', payload: payload as object });
const session = async () => (await h.call({ method: 'GET', url: '/api/session' })).json();

describe('the first-start screen', () => {
  it('is due in a new journal', async () => {
    expect((await session()).person).toMatchObject({ country: 'GB', welcomed: false });
  });

  it('continue: saves the chosen country, whose crisis lines the session then carries', async () => {
    const res = await welcome({ choice: 'continue', country: 'jp' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ country: 'JP', welcomed: true });
    const s = await session();
    expect(s.person).toMatchObject({ country: 'JP', welcomed: true });
    expect(s.crisis).toMatchObject({ shownFor: 'JP', exact: true });
    expect(s.crisis.lines[0]).toMatchObject({ emergency: true, tel: '119' });
    expect((await h.store.getPerson(LOCAL_PERSON_ID))?.welcomedAt).toBe('2026-12-08T09:00:00+00:00');
  });

  it('skip: marks it done and keeps the guessed country', async () => {
    const res = await welcome({ choice: 'skip' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ country: 'GB', welcomed: true });
    expect((await session()).person).toMatchObject({ country: 'GB', welcomed: true });
  });

  it('accepts a country Headway has no list for, and then offers the fallback', async () => {
    expect((await welcome({ choice: 'continue', country: 'KE' })).statusCode).toBe(200);
    const { crisis } = await session();
    expect(crisis).toMatchObject({ shownFor: 'KE', exact: false });
    expect(crisis.lines.map((l: { sourceUrl: string }) => l.sourceUrl)).toContain('https://findahelpline.com/');
  });

  it('keeps the first time it was done; a country sent later still counts', async () => {
    await welcome({ choice: 'skip' });
    now = '2026-12-08T10:00:00+00:00';
    const later = await welcome({ choice: 'continue', country: 'NZ' });
    expect(later.statusCode).toBe(200);
    expect(later.json()).toMatchObject({ country: 'NZ', welcomed: true });
    expect((await h.store.getPerson(LOCAL_PERSON_ID))?.welcomedAt).toBe('2026-12-08T09:00:00+00:00');
  });

  it.each([
    ['a made-up code', { choice: 'continue', country: 'Japan' }, 'country'],
    ['a number', { choice: 'continue', country: 81 }, 'country'],
    ['no country with continue', { choice: 'continue' }, 'country'],
    ['an unknown choice', { choice: 'later' }, 'choice'],
    ['no choice at all', {}, 'choice'],
  ])('refuses %s with a 400 naming the field, and changes nothing', async (_what, payload, field) => {
    const res = await welcome(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field });
    expect((await session()).person).toMatchObject({ country: 'GB', welcomed: false });
  });

  it('refuses a field it does not know, naming it', async () => {
    const res = await welcome({ choice: 'skip', country: 'FR' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toContain('country');
    expect((await session()).person).toMatchObject({ country: 'GB', welcomed: false });
  });
});

