/**
 * Tidying the trigger list through the HTTP API (issue 11): merging a typo into the trigger
 * it meant, with its moments, and deleting a trigger no moment names, recently deleted
 * moments included.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness.js';

interface TriggerView {
  id: string;
  name: string;
  uses: number;
}

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  h.call({ method, url, ...(payload !== undefined && { payload }) });
const triggers = async (): Promise<TriggerView[]> => (await send('GET', '/api/triggers')).json().items;
async function log(trigger: string): Promise<{ id: string; triggerId: string }> {
  const res = await send('POST', '/api/moments', { trigger, intensity: 5 });
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe('merging triggers', () => {
  it('moves every moment of a typo to the trigger it meant, recently deleted ones too, and the typo is gone', async () => {
    const right = await log('Criticism at work');
    await log('Criticism at work');
    const typo = await log('Critcism at work');
    const binned = await log('Critcism at work');
    expect((await send('DELETE', `/api/moments/${binned.id}`)).statusCode).toBe(200);

    const res = await send('POST', `/api/triggers/${typo.triggerId}/merge`, { into: right.triggerId });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ into: { id: right.triggerId, name: 'Criticism at work', uses: 3 }, moved: 2 });

    expect((await triggers()).map((t) => [t.name, t.uses])).toEqual([['Criticism at work', 3]]);
    expect((await send('GET', `/api/moments/${typo.id}`)).json()).toMatchObject({ triggerId: right.triggerId, trigger: 'Criticism at work' });
    // The deleted moment comes back under the trigger it was merged into.
    const restored = await send('POST', `/api/moments/${binned.id}/restore`);
    expect(restored.json()).toMatchObject({ triggerId: right.triggerId, trigger: 'Criticism at work' });
    // Typing the old spelling again makes a new trigger, not a ghost of the merged one.
    const again = await log('Critcism at work');
    expect(again.triggerId).not.toBe(typo.triggerId);
  });

  it('refuses to merge a trigger into itself, or into one that does not exist, naming the field', async () => {
    const work = await log('Work');
    const self = await send('POST', `/api/triggers/${work.triggerId}/merge`, { into: work.triggerId });
    expect(self.statusCode).toBe(400);
    expect(self.json().error).toMatchObject({ code: 'validation_failed', field: 'into' });
    const nowhere = await send('POST', `/api/triggers/${work.triggerId}/merge`, { into: '5b0e8f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.json().error).toMatchObject({ code: 'not_found', field: 'into' });
    const gone = await send('POST', '/api/triggers/5b0e8f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b/merge', { into: work.triggerId });
    expect(gone.json().error).toMatchObject({ code: 'not_found', field: 'id' });
    const bad = await send('POST', `/api/triggers/${work.triggerId}/merge`, { into: 'not an id' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'validation_failed', field: 'into' });
    expect((await triggers()).map((t) => [t.name, t.uses])).toEqual([['Work', 1]]);
  });

  it('offers the merge when a rename would take another trigger’s name, and the merge then succeeds', async () => {
    const right = await log('Work');
    const typo = await log('Wrok');
    const refused = await send('PATCH', `/api/triggers/${typo.triggerId}`, { name: 'work' });
    expect(refused.statusCode).toBe(409);
    const { existing } = refused.json().error;
    expect(existing).toEqual({ id: right.triggerId, name: 'Work' });
    const merged = await send('POST', `/api/triggers/${typo.triggerId}/merge`, { into: existing.id });
    expect(merged.json().into).toMatchObject({ name: 'Work', uses: 2 });
  });
});

describe('deleting a trigger', () => {
  it('deletes a trigger no moment names any more (its one moment was moved to another trigger)', async () => {
    const typo = await log('Wrok');
    await log('Work');
    expect((await send('PATCH', `/api/moments/${typo.id}`, { trigger: 'Work' })).statusCode).toBe(200);
    expect((await triggers()).find((t) => t.name === 'Wrok')?.uses).toBe(0);
    const res = await send('DELETE', `/api/triggers/${typo.triggerId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: typo.triggerId });
    expect((await triggers()).map((t) => t.name)).toEqual(['Work']);
    expect((await send('DELETE', `/api/triggers/${typo.triggerId}`)).json().error).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('refuses to delete a trigger a moment names, saying how many and offering the merge', async () => {
    const work = await log('Work');
    await log('Work');
    await send('DELETE', `/api/moments/${work.id}`);
    const res = await send('DELETE', `/api/triggers/${work.triggerId}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'in_use', field: 'id' });
    expect(res.json().error.message).toBe(
      '“Work” can’t be deleted: 1 moment names it (and 1 recently deleted moment). To tidy it away, merge it into another trigger; its moments move there.',
    );
    expect((await triggers()).map((t) => t.name)).toEqual(['Work']);
  });
});

describe('a trigger named only by recently deleted moments', () => {
  let now = '2026-03-01T09:00:00+00:00';
  beforeEach(async () => {
    await h.close();
    now = '2026-03-01T09:00:00+00:00';
    h = await startHarness({ clock: { now: () => now } });
  });

  it('is kept while they can be restored, and can be deleted once they are removed for good', async () => {
    const a = await log('Traffic');
    const b = await log('Traffic');
    for (const m of [a, b]) await send('DELETE', `/api/moments/${m.id}`);
    const refused = await send('DELETE', `/api/triggers/${a.triggerId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      '“Traffic” can’t be deleted: 2 recently deleted moments name it, and they can still be restored for up to 30 days. To tidy it away, merge it into another trigger; its moments move there.',
    );
    now = '2026-04-01T09:00:00+00:00';
    const { purgeExpired } = await import('../../src/app/journal/deleteEntry.js');
    expect(await purgeExpired(h.deps)).toBe(2);
    expect((await send('DELETE', `/api/triggers/${a.triggerId}`)).statusCode).toBe(200);
    expect(await triggers()).toEqual([]);
  });
});
