/**
 * The toolkit (strategies) and the trigger list through the HTTP API: the default
 * toolkit, adding, renaming, archiving, removing, and renaming triggers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOOLKIT } from '../../src/core/default-toolkit.js';
import { STRATEGY_ROLES } from '../../src/core/vocabulary.js';
import { startHarness, type Harness } from '../harness.js';

interface StrategyView {
  id: string;
  name: string;
  role: string;
  function: string;
  archived: boolean;
  uses: number;
}

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  h.call({ method, url, ...(payload !== undefined && { payload }) });
const toolkit = async (): Promise<StrategyView[]> => (await h.call({ method: 'GET', url: '/api/toolkit' })).json().items;
const byName = async (name: string) => (await toolkit()).find((s) => s.name === name);

async function expectConflictOnName(res: Awaited<ReturnType<Harness['call']>>): Promise<void> {
  expect(res.statusCode).toBe(409);
  expect(res.json().error).toMatchObject({ code: 'conflict', field: 'name' });
  expect(res.json().error.message).toContain('name');
}

async function momentWith(strategyId: string, trigger = 'Criticism at work') {
  const res = await send('POST', '/api/moments', { trigger, intensity: 5, strategies: [{ strategyId, helped: true }] });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; triggerId: string };
}

describe('the toolkit', () => {
  it('starts with the default toolkit, covering all three roles', async () => {
    const items = await toolkit();
    expect(items).toHaveLength(DEFAULT_TOOLKIT.length);
    expect(items).toHaveLength(18);
    expect(new Set(items.map((s) => s.role))).toEqual(new Set(STRATEGY_ROLES));
    expect(items.map((s) => s.name).sort()).toEqual(DEFAULT_TOOLKIT.map((s) => s.name).sort());
    expect(items.every((s) => !s.archived && s.uses === 0)).toBe(true);
  });

  it('lists a new person’s toolkit in the default order, then the strategies they use most first', async () => {
    expect((await toolkit()).map((s) => s.name)).toEqual(DEFAULT_TOOLKIT.map((s) => s.name));
    const id = async (name: string) => (await byName(name))!.id;
    const [music, walk, selfCompassion] = [await id('Music'), await id('A walk'), await id('Self-compassion')];
    for (const strategyId of [music, walk, music, selfCompassion, music, walk]) await momentWith(strategyId);
    const names = (await toolkit()).map((s) => s.name);
    // Music 3, A walk 2, Self-compassion 1; the rest, unused, keep the default order.
    expect(names.slice(0, 3)).toEqual(['Music', 'A walk', 'Self-compassion']);
    expect(names.slice(3)).toEqual(DEFAULT_TOOLKIT.map((s) => s.name).filter((n) => !['Music', 'A walk', 'Self-compassion'].includes(n)));
    // A tie goes by name: Journaling (2) joins A walk (2) and comes after it.
    const journaling = await id('Journaling');
    for (let i = 0; i < 2; i++) await momentWith(journaling);
    expect((await toolkit()).slice(0, 4).map((s) => [s.name, s.uses])).toEqual([['Music', 3], ['A walk', 2], ['Journaling', 2], ['Self-compassion', 1]]);
  });

  it('adds a strategy with its name tidied', async () => {
    const res = await send('POST', '/api/toolkit', { name: '  Cold   water ', role: 'coping', function: 'soothe' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Cold water', role: 'coping', function: 'soothe', archived: false, uses: 0 });
    expect(await byName('Cold water')).toMatchObject({ id: res.json().id });
    expect(await toolkit()).toHaveLength(19);
  });

  it('refuses a name already in the toolkit, in any letter case', async () => {
    await expectConflictOnName(await send('POST', '/api/toolkit', { name: 'SLOW breathing', role: 'healing', function: 'process' }));
    await expectConflictOnName(await send('POST', '/api/toolkit', { name: ' slow   breathing ', role: 'coping', function: 'soothe' }));
    expect(await toolkit()).toHaveLength(18);
  });

  it('renames a strategy, and moments show the new name', async () => {
    const walk = (await byName('A walk'))!;
    const moment = await momentWith(walk.id);
    const res = await send('PATCH', `/api/toolkit/${walk.id}`, { name: 'A long walk' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: walk.id, name: 'A long walk', role: walk.role, uses: 1 });
    const seen = (await h.call({ method: 'GET', url: `/api/moments/${moment.id}` })).json();
    expect(seen.strategies[0].name).toBe('A long walk');
  });

  it('lets a strategy change the case of its own name but not take another’s', async () => {
    const music = (await byName('Music'))!;
    const own = await send('PATCH', `/api/toolkit/${music.id}`, { name: 'MUSIC' });
    expect(own.statusCode).toBe(200);
    expect(own.json().name).toBe('MUSIC');
    await expectConflictOnName(await send('PATCH', `/api/toolkit/${music.id}`, { name: 'journaling' }));
    expect((await byName('MUSIC'))?.id).toBe(music.id);
  });

  it('archives and restores a strategy through an edit', async () => {
    const scrolling = (await byName('Scrolling'))!;
    const archived = await send('PATCH', `/api/toolkit/${scrolling.id}`, { archived: true });
    expect(archived.json()).toMatchObject({ archived: true, role: 'avoidant' });
    expect((await byName('Scrolling'))?.archived).toBe(true);
    const back = await send('PATCH', `/api/toolkit/${scrolling.id}`, { archived: false, role: 'coping' });
    expect(back.json()).toMatchObject({ archived: false, role: 'coping', function: 'distract' });
  });

  it('deletes an unused strategy outright', async () => {
    const music = (await byName('Music'))!;
    const res = await send('DELETE', `/api/toolkit/${music.id}`);
    expect(res.json()).toEqual({ id: music.id, outcome: 'deleted' });
    expect(await byName('Music')).toBeUndefined();
    expect(await toolkit()).toHaveLength(17);
    expect((await send('DELETE', `/api/toolkit/${music.id}`)).statusCode).toBe(404);
  });

  it('archives a used strategy instead of deleting it, keeping it on past moments', async () => {
    const grounding = (await byName('Grounding (5-4-3-2-1)'))!;
    const moment = await momentWith(grounding.id);
    const res = await send('DELETE', `/api/toolkit/${grounding.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: grounding.id, outcome: 'archived' });
    expect(await byName('Grounding (5-4-3-2-1)')).toMatchObject({ archived: true, uses: 1 });
    const seen = (await h.call({ method: 'GET', url: `/api/moments/${moment.id}` })).json();
    expect(seen.strategies).toEqual([{ strategyId: grounding.id, name: 'Grounding (5-4-3-2-1)', helped: true }]);
  });

  it('answers not_found for a strategy that does not exist', async () => {
    const id = '5b0e8f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
    for (const res of [await send('PATCH', `/api/toolkit/${id}`, { archived: true }), await send('DELETE', `/api/toolkit/${id}`)]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });
});

describe('the trigger list', () => {
  it('renames a trigger everywhere it was used', async () => {
    const s = (await toolkit())[0]!;
    const moment = await momentWith(s.id, 'Criticism at work');
    const res = await send('PATCH', `/api/triggers/${moment.triggerId}`, { name: '  Feedback   from my manager ' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: moment.triggerId, name: 'Feedback from my manager', uses: 1 });
    const seen = (await h.call({ method: 'GET', url: `/api/moments/${moment.id}` })).json();
    expect(seen.trigger).toBe('Feedback from my manager');
    const again = await send('POST', '/api/moments', { trigger: 'FEEDBACK FROM MY MANAGER', intensity: 2 });
    expect(again.json().triggerId).toBe(moment.triggerId);
  });

  it('refuses to rename a trigger onto another trigger’s name, naming that trigger so a merge can be offered', async () => {
    const s = (await toolkit())[0]!;
    const work = await momentWith(s.id, 'Work');
    const family = await momentWith(s.id, 'Family dinner');
    const res = await send('PATCH', `/api/triggers/${family.triggerId}`, { name: 'WORK' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'name_taken', field: 'name', existing: { id: work.triggerId, name: 'Work' } });
    expect(res.json().error.message).toBe('name: “Work” is already one of your triggers. To bring them together, merge “Family dinner” into “Work”: its moments move there.');
    const names = (await h.call({ method: 'GET', url: '/api/triggers' })).json().items.map((t: { name: string }) => t.name);
    expect(names.sort()).toEqual(['Family dinner', 'Work']);
    expect((await send('PATCH', `/api/triggers/${work.triggerId}`, { name: 'work' })).json().name).toBe('work');
  });

  it('answers not_found for a trigger that does not exist', async () => {
    const res = await send('PATCH', '/api/triggers/5b0e8f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', { name: 'Anything' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
