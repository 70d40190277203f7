/**
 * Questionnaire results in "recently deleted" (issue 11), as journal entries are: a deleted
 * result counts nowhere (results, change, the NHS outcome, the report, reminders, both
 * exports), is listed in the bin, is restorable for 30 days and is then purged for good;
 * importing the same file again does not bring it back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purgeExpired } from '../../src/app/journal/deleteEntry.js';
import { LOCAL_PERSON_ID, type MeasureId } from '../../src/core/ids.js';
import { startHarness, type Harness } from '../harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let h: Harness;
let now: string;
beforeEach(async () => {
  now = '2026-03-01T09:00:00+00:00';
  h = await startHarness({ clock: { now: () => now } });
});
afterEach(() => h.close());

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) => h.call({ method, url, ...(payload !== undefined && { payload }) });
const get = async (url: string): Promise<Json> => (await call('GET', url)).json();
const take = async (answers: number[], takenAt: string): Promise<string> => {
  const res = await call('POST', '/api/measures', { instrument: 'PHQ-9', answers, takenAt });
  expect(res.statusCode).toBe(201);
  return res.json().measure.id;
};
const phq = (item: number) => [item, item, item, item, item, item, item, item, 0];

describe('deleting a questionnaire result', () => {
  it('moves it to "recently deleted", where it counts nowhere, and brings it back on restore', async () => {
    await take(phq(2), '2026-01-05T09:00:00+00:00'); // 16
    const later = await take(phq(0), '2026-02-20T09:00:00+00:00'); // 0
    const phqOf = async (url: string) => (await get(url)).measures.find((m: Json) => m.instrument === 'PHQ-9');
    expect(await phqOf('/api/report?asOf=2026-03-01&weeks=12')).toMatchObject({ first: 16, latest: 0 });

    const res = await call('DELETE', `/api/measures/${later}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: later, deletedAt: now, restorableUntil: '2026-03-31T09:00:00+00:00' });

    expect((await get('/api/measures')).items).toHaveLength(1);
    const bin = (await get('/api/measures/deleted')).items;
    expect(bin).toEqual([expect.objectContaining({ id: later, instrument: 'PHQ-9', total: 0, totalMax: 27, deletedAt: now, restorableUntil: '2026-03-31T09:00:00+00:00' })]);
    // The report's questionnaire section, change and outcome, reminders, and both exports leave it out.
    expect(await phqOf('/api/report?asOf=2026-03-01&weeks=12')).toMatchObject({ first: 16, latest: 16 });
    const overview = (await get('/api/measures/overview')).instruments.find((i: Json) => i.instrument === 'PHQ-9');
    expect(overview).toMatchObject({ count: 1, latest: { total: 16 } });
    expect((await get('/api/export')).measures.map((m: Json) => m.id)).not.toContain(later);
    const fhir = JSON.stringify(await get('/api/fhir/Bundle'));
    expect(fhir).not.toContain(later);
    expect(fhir).toContain('2026-01-05');

    const back = await call('POST', `/api/measures/${later}/restore`);
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ id: later, total: 0 });
    expect((await get('/api/measures')).items).toHaveLength(2);
    expect((await get('/api/measures/deleted')).items).toEqual([]);
    expect(await phqOf('/api/report?asOf=2026-03-01&weeks=12')).toMatchObject({ first: 16, latest: 0 });
  });

  it('answers not_found for a result deleted twice, restored when not deleted, or unknown', async () => {
    const id = await take(phq(1), '2026-02-20T09:00:00+00:00');
    expect((await call('POST', `/api/measures/${id}/restore`)).json().error).toMatchObject({ code: 'not_found', field: 'id' });
    await call('DELETE', `/api/measures/${id}`);
    const twice = await call('DELETE', `/api/measures/${id}`);
    expect(twice.statusCode).toBe(404);
    expect(twice.json().error).toMatchObject({ code: 'not_found', field: 'id' });
    expect((await call('POST', '/api/measures/5b0e8f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b/restore')).statusCode).toBe(404);
    expect((await call('POST', '/api/measures/not-an-id/restore')).json().error).toMatchObject({ code: 'validation_failed', field: 'id' });
  });

  it('keeps a deleted result 30 days, then no longer offers it, and the purge removes it for good', async () => {
    const id = await take(phq(1), '2026-02-20T09:00:00+00:00');
    await call('DELETE', `/api/measures/${id}`);
    now = '2026-03-31T09:00:00+00:00'; // exactly 30 days: still restorable
    expect((await get('/api/measures/deleted')).items).toHaveLength(1);
    now = '2026-03-31T09:00:01+00:00';
    expect((await get('/api/measures/deleted')).items).toEqual([]);
    const late = await call('POST', `/api/measures/${id}/restore`);
    expect(late.statusCode).toBe(404);
    expect(late.json().error.message).toBe('This result was deleted more than 30 days ago, so it can no longer be restored.');
    expect(await purgeExpired(h.deps)).toBe(1);
    expect(await h.store.getMeasure(LOCAL_PERSON_ID, id as MeasureId)).toBeUndefined();
  });

  it('is not brought back by importing an export made before it was deleted', async () => {
    const id = await take(phq(1), '2026-02-20T09:00:00+00:00');
    const file = await get('/api/export');
    await call('DELETE', `/api/measures/${id}`);
    const imported = await call('POST', '/api/import', file);
    expect(imported.statusCode).toBe(200);
    expect((await get('/api/measures')).items).toEqual([]);
    expect((await get('/api/measures/deleted')).items.map((m: Json) => m.id)).toEqual([id]);
  });
});
