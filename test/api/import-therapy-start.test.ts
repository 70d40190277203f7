/**
 * The day therapy began, arriving in an import file (person.therapyStartedOn): held to the
 * rule Settings holds it to (PATCH /api/person refuses a day after tomorrow). A file with a
 * future day would otherwise set it: the report's therapy rows then count nothing
 * (therapy.measures empty), GET /api/report?from=<that day> is refused, and the web summary,
 * which clamps the day to asOf, offers "Since therapy began (31 Dec 2999)" over one day.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NOW = '2026-12-08T09:00:00+00:00';
let from: Harness;
let into: Harness;
beforeEach(async () => {
  from = await startHarness({ clock: { now: () => NOW } });
  into = await startHarness({ clock: { now: () => NOW } });
});
afterEach(async () => {
  await from.close();
  await into.close();
});

const importInto = (h: Harness, payload: unknown) =>
  h.call({ method: 'POST', url: '/api/import', payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } });

async function exportWithTherapyStart(day: string): Promise<Json> {
  expect((await from.call({ method: 'PATCH', url: '/api/person', payload: { therapyStartedOn: '2026-10-01' } })).statusCode).toBe(200);
  const file: Json = (await from.call({ method: 'GET', url: '/api/export' })).json();
  return { ...file, person: { ...file.person, therapyStartedOn: day } };
}

describe('importing the day therapy began', () => {
  it('refuses a day in the future, naming person.therapyStartedOn, and changes nothing', async () => {
    for (const day of ['2999-12-31', '2026-12-10']) {
      const res = await importInto(into, await exportWithTherapyStart(day));
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'import_invalid', field: 'person.therapyStartedOn' });
      expect(res.json().error.problems).toContainEqual({ path: 'person.therapyStartedOn', message: "can't be in the future" });
      expect((await into.call({ method: 'GET', url: '/api/person' })).json()).toMatchObject({ therapyStartedOn: null });
      // The summary's default period still answers.
      expect((await into.call({ method: 'GET', url: '/api/report?from=2026-10-01' })).statusCode).toBe(200);
    }
  });

  it('takes today, tomorrow (another time zone) and any past day, as Settings does', async () => {
    for (const day of ['2026-12-09', '2026-12-08', '1990-01-01']) {
      const h = await startHarness({ clock: { now: () => NOW } });
      try {
        const res = await importInto(h, await exportWithTherapyStart(day));
        expect(res.statusCode, res.body).toBe(200);
        expect((await h.call({ method: 'GET', url: '/api/person' })).json()).toMatchObject({ therapyStartedOn: day });
      } finally {
        await h.close();
      }
    }
  });
});
