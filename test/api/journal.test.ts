/**
 * Logging, listing, editing, deleting and restoring journal entries through the HTTP API.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantToMs } from '../../src/core/time.js';
import { fixedClock, startHarness, type Harness } from '../harness.js';

const START = '2026-03-15T12:00:00+01:00';
let now = START;
let h: Harness;

beforeEach(async () => {
  now = START;
  h = await startHarness({ clock: { now: () => now } });
});
afterEach(() => h.close());

const post = (url: string, payload: object) => h.call({ method: 'POST', url, payload });
const patch = (url: string, payload: object) => h.call({ method: 'PATCH', url, payload });
const get = (url: string) => h.call({ method: 'GET', url });
const del = (url: string) => h.call({ method: 'DELETE', url });

async function toolkit(): Promise<Array<{ id: string; name: string; archived: boolean }>> {
  return (await get('/api/toolkit')).json().items;
}

async function logMoment(body: object): Promise<{ id: string; [k: string]: unknown }> {
  const res = await post('/api/moments', { trigger: 'Criticism at work', intensity: 6, ...body });
  expect(res.statusCode).toBe(201);
  return res.json();
}

function expectInvalid(res: Awaited<ReturnType<Harness['call']>>, field: string): void {
  expect(res.statusCode).toBe(400);
  expect(res.json().error).toMatchObject({ code: 'validation_failed', field });
  expect(res.json().error.message).toContain(field);
}

describe('logging entries', () => {
  it('logs a moment and answers with its trigger name and strategy names', async () => {
    const [a, b] = await toolkit();
    const res = await post('/api/moments', {
      occurredAt: '2026-03-15T09:30:00+05:30',
      trigger: 'Criticism at work',
      intensity: 7,
      bodyState: 'hyper',
      thought: '  I always get it wrong  ',
      followedThought: false,
      recognizedEarly: true,
      handledDifferently: true,
      settledMinutes: 25,
      strategies: [
        { strategyId: a!.id, helped: true },
        { strategyId: b!.id },
      ],
      note: 'Paused before answering.',
    });
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({
      occurredAt: '2026-03-15T09:30:00+05:30',
      trigger: 'Criticism at work',
      intensity: 7,
      bodyState: 'hyper',
      thought: 'I always get it wrong',
      followedThought: false,
      recognizedEarly: true,
      handledDifferently: true,
      settledMinutes: 25,
      note: 'Paused before answering.',
      createdAt: START,
      updatedAt: START,
      deletedAt: null,
    });
    expect(m.strategies).toEqual([
      { strategyId: a!.id, name: a!.name, helped: true },
      { strategyId: b!.id, name: b!.name, helped: null },
    ]);
    expect((await get(`/api/moments/${m.id}`)).json()).toEqual(m);
  });

  it.each([
    ['checkins', { distress: 4, mood: 2, windowState: 'hypo', sleepHours: 6.5, note: 'Tired' }],
    ['practices', { kind: '  Grief   work ', minutes: 40, note: null }],
    ['shifts', { kind: 'rested-without-guilt' }],
  ])('logs a %s entry and answers with it', async (kind, body) => {
    const res = await post(`/api/${kind}`, { occurredAt: '2026-03-14T20:00:00-08:00', ...body });
    expect(res.statusCode).toBe(201);
    const view = res.json();
    const expected = kind === 'practices' ? { ...body, kind: 'Grief work' } : body;
    expect(view).toMatchObject({ ...expected, occurredAt: '2026-03-14T20:00:00-08:00', createdAt: START, deletedAt: null });
    expect((await get(`/api/${kind}`)).json().items).toEqual([view]);
  });

  it('needs only a trigger and an intensity for a moment, and names a missing one', async () => {
    const m = await logMoment({});
    expect(m).toMatchObject({ occurredAt: START, strategies: [], bodyState: null, thought: null, recognizedEarly: false, handledDifferently: false });
    expectInvalid(await post('/api/moments', { trigger: 'Work' }), 'intensity');
    expectInvalid(await post('/api/moments', { intensity: 3 }), 'trigger');
  });

  it('names the field a malformed value is in, down to one strategy of the list, and a mistyped key', async () => {
    expectInvalid(await post('/api/moments', { trigger: 'Work', intensity: 3, strategies: [{ strategyId: 'not-an-id' }] }), 'strategies[0].strategyId');
    expectInvalid(await post('/api/moments', { trigger: 'Work', intensity: 3, intensty: 4 }), 'intensty');
    expectInvalid(await post('/api/checkins', { distress: 11 }), 'distress');
    expect((await get('/api/moments')).json().items).toEqual([]);
  });

  it('remembers a trigger whatever its letter case', async () => {
    const first = await logMoment({ trigger: 'Work' });
    const second = await logMoment({ trigger: '  work ' });
    expect(second.triggerId).toBe(first.triggerId);
    expect(second.trigger).toBe('Work');
    const triggers = (await get('/api/triggers')).json().items;
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({ name: 'Work', uses: 2 });
  });

  it('refuses a strategy that is not in the toolkit and saves nothing', async () => {
    const res = await post('/api/moments', {
      trigger: 'Brand new trigger',
      intensity: 5,
      strategies: [{ strategyId: '0e9f4b1c-5d1a-4c1e-9a3b-2f1d0c9b8a7e' }],
    });
    expectInvalid(res, 'strategies[0].strategyId');
    expect((await get('/api/moments')).json().items).toEqual([]);
    expect((await get('/api/triggers')).json().items).toEqual([]);
  });

  it('refuses an archived strategy for a new moment but keeps it on an older one', async () => {
    const [s] = await toolkit();
    const old = await logMoment({ strategies: [{ strategyId: s!.id, helped: true }] });
    expect((await patch(`/api/toolkit/${s!.id}`, { archived: true })).statusCode).toBe(200);
    const res = await post('/api/moments', { trigger: 'Work', intensity: 2, strategies: [{ strategyId: s!.id }] });
    expectInvalid(res, 'strategies[0].strategyId');
    const edited = await patch(`/api/moments/${old.id}`, { strategies: [{ strategyId: s!.id, helped: false }] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().strategies).toEqual([{ strategyId: s!.id, name: s!.name, helped: false }]);
  });

  it.each(['moments', 'checkins', 'practices', 'shifts'])('refuses a %s entry dated in the future', async (kind) => {
    const fixed = await startHarness({ clock: fixedClock('2026-03-15T12:00:00+01:00') });
    try {
      const bodies: Record<string, object> = {
        moments: { trigger: 'Work', intensity: 3 },
        checkins: { distress: 3 },
        practices: { kind: 'Therapy session' },
        shifts: { kind: 'felt-it-fully' },
      };
      const send = (occurredAt: string) =>
        fixed.call({ method: 'POST', url: `/api/${kind}`, payload: { ...bodies[kind], occurredAt } });
      expectInvalid(await send('2026-03-15T11:10:00Z'), 'occurredAt');
      const within = await send('2026-03-15T11:04:00Z');
      expect(within.statusCode).toBe(201);
      const moved = await fixed.call({ method: 'PATCH', url: `/api/${kind}/${within.json().id}`, payload: { occurredAt: '2026-03-16T00:00:00+01:00' } });
      expectInvalid(moved, 'occurredAt');
    } finally {
      await fixed.close();
    }
  });

  it('needs a note for a shift in the person’s own words, on logging and on editing', async () => {
    expectInvalid(await post('/api/shifts', { kind: 'own-words' }), 'note');
    expectInvalid(await post('/api/shifts', { kind: 'own-words', note: '   ' }), 'note');
    const shift = (await post('/api/shifts', { kind: 'felt-it-fully' })).json();
    expectInvalid(await patch(`/api/shifts/${shift.id}`, { kind: 'own-words' }), 'note');
    const ok = await patch(`/api/shifts/${shift.id}`, { kind: 'own-words', note: 'I said no kindly' });
    expect(ok.statusCode).toBe(200);
  });
});

describe('listing entries', () => {
  it('lists newest first by instant, whatever the offsets, and filters by local day', async () => {
    const at = ['2026-03-10T09:00:00+05:30', '2026-03-10T05:00:00Z', '2026-03-01T23:30:00-08:00', '2026-03-12T00:15:00+01:00'];
    for (const occurredAt of at) await logMoment({ occurredAt });
    const listed = (await get('/api/moments')).json().items.map((m: { occurredAt: string }) => m.occurredAt);
    const byInstant = [...at].sort((a, b) => instantToMs(b)! - instantToMs(a)!);
    expect(listed).toEqual(byInstant);
    const since = (await get('/api/moments?since=2026-03-10')).json().items.map((m: { occurredAt: string }) => m.occurredAt);
    expect(since).toEqual(byInstant.filter((s) => s.slice(0, 10) >= '2026-03-10'));
    expect(since).toHaveLength(3);
    expectInvalid(await get('/api/moments?since=2026-02-30'), 'since');
  });
});

describe('editing entries', () => {
  it('changes only the given fields and the update time', async () => {
    const m = await logMoment({ intensity: 8, note: 'first', settledMinutes: 30 });
    now = '2026-03-15T13:00:00+01:00';
    const res = await patch(`/api/moments/${m.id}`, { intensity: 3 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...m, intensity: 3, updatedAt: now });
    expect((await get(`/api/moments/${m.id}`)).json()).toEqual({ ...m, intensity: 3, updatedAt: now });
  });

  it('replaces the strategy list of a moment', async () => {
    const [a, b, c] = await toolkit();
    const m = await logMoment({ strategies: [{ strategyId: a!.id }, { strategyId: b!.id, helped: true }] });
    const res = await patch(`/api/moments/${m.id}`, { strategies: [{ strategyId: c!.id, helped: false }] });
    expect(res.json().strategies).toEqual([{ strategyId: c!.id, name: c!.name, helped: false }]);
    const cleared = await patch(`/api/moments/${m.id}`, { strategies: [] });
    expect(cleared.json().strategies).toEqual([]);
    expect((await get(`/api/moments/${m.id}`)).json().strategies).toEqual([]);
  });

  it('refuses an empty patch', async () => {
    const m = await logMoment({});
    const res = await patch(`/api/moments/${m.id}`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });
});

describe('trigger names', () => {
  it('are one trigger however "Café" was typed', async () => {
    await logMoment({ trigger: 'Caf\u00e9 visits', intensity: 3 });
    await logMoment({ trigger: 'cafe\u0301  visits', intensity: 4 });
    const triggers = (await get('/api/triggers')).json().items as Array<{ name: string; uses: number }>;
    expect(triggers.filter((t) => t.name.normalize('NFC').toLowerCase() === 'café visits')).toEqual([expect.objectContaining({ name: 'Caf\u00e9 visits', uses: 2 })]);
  });
});

describe('deleting and restoring', () => {
  it('moves an entry to recently deleted for 30 days, and restores it', async () => {
    const m = await logMoment({});
    const res = await del(`/api/moments/${m.id}`);
    expect(res.statusCode).toBe(200);
    const { deletedAt, restorableUntil } = res.json();
    expect(deletedAt).toBe(now);
    expect(instantToMs(restorableUntil)! - instantToMs(deletedAt)!).toBe(30 * 86_400_000);
    expect(restorableUntil.slice(-6)).toBe(deletedAt.slice(-6));
    expect((await get('/api/moments')).json().items).toEqual([]);
    expect((await get('/api/moments?deleted=only')).json().items.map((e: { id: string }) => e.id)).toEqual([m.id]);
    expect((await get('/api/triggers')).json().items[0].uses).toBe(0);

    const again = await del(`/api/moments/${m.id}`);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('not_found');

    const restored = await h.call({ method: 'POST', url: `/api/moments/${m.id}/restore` });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toEqual(m);
    expect((await get('/api/moments')).json().items).toEqual([m]);
    expect((await get('/api/moments?deleted=only')).json().items).toEqual([]);
    expect((await h.call({ method: 'POST', url: `/api/moments/${m.id}/restore` })).statusCode).toBe(404);
  });

  it('no longer lists or restores an entry once its 30 days are over, even before the purge runs', async () => {
    const m = await logMoment({});
    expect((await del(`/api/moments/${m.id}`)).statusCode).toBe(200);
    const deletedMs = instantToMs(now)!;
    now = new Date(deletedMs + 29 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    expect((await get('/api/moments?deleted=only')).json().items.map((e: { id: string }) => e.id)).toEqual([m.id]);
    now = new Date(deletedMs + 31 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    expect((await get('/api/moments?deleted=only')).json().items).toEqual([]);
    const late = await h.call({ method: 'POST', url: `/api/moments/${m.id}/restore` });
    expect(late.statusCode).toBe(404);
    expect(late.json().error.message).toContain('more than 30 days ago');
    expect((await get('/api/moments')).json().items).toEqual([]);
  });

  it('deletes and restores for a client that sends Content-Type: application/json with no body', async () => {
    const m = await logMoment({});
    const json = { 'content-type': 'application/json' };
    expect((await h.call({ method: 'DELETE', url: `/api/moments/${m.id}`, headers: json })).statusCode).toBe(200);
    expect((await h.call({ method: 'POST', url: `/api/moments/${m.id}/restore`, headers: json })).statusCode).toBe(200);
    // A route that needs a body still says so, by name.
    const empty = await h.call({ method: 'POST', url: '/api/moments', headers: json });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('body');
  });

  it('cannot edit an entry while it is deleted', async () => {
    const c = (await post('/api/checkins', { distress: 5 })).json();
    await del(`/api/checkins/${c.id}`);
    const res = await patch(`/api/checkins/${c.id}`, { distress: 1 });
    expect(res.statusCode).toBe(404);
  });

  it.each(['moments', 'checkins', 'practices', 'shifts'])('answers not_found for an unknown %s id', async (kind) => {
    const id = '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const answers = [
      await get(`/api/${kind}/${id}`),
      await patch(`/api/${kind}/${id}`, { note: 'x' }),
      await del(`/api/${kind}/${id}`),
      await h.call({ method: 'POST', url: `/api/${kind}/${id}/restore` }),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
      expect(res.json().error.message).not.toBe('');
    }
  });
});
