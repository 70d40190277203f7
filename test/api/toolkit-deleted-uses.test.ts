/**
 * The toolkit's use counts and its most-used-first order (issue 11) count live moments
 * only: a moment in "recently deleted" counts nowhere, as the trigger list already has it
 * (its uses leave such moments out). Restoring the moment counts it again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness.js';

interface StrategyView {
  id: string;
  name: string;
  uses: number;
}

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const toolkit = async (): Promise<StrategyView[]> => (await h.call({ method: 'GET', url: '/api/toolkit' })).json().items;
async function logWith(strategyId: string): Promise<string> {
  const res = await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Work', intensity: 5, strategies: [{ strategyId }] } });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('toolkit use counts', () => {
  it('leave out moments in recently deleted, and count them again once restored', async () => {
    const [first, second] = await toolkit();
    const mistaken = [await logWith(second!.id), await logWith(second!.id)];
    await logWith(first!.id);
    expect((await toolkit()).slice(0, 2).map((s) => [s.name, s.uses])).toEqual([
      [second!.name, 2],
      [first!.name, 1],
    ]);

    for (const id of mistaken) expect((await h.call({ method: 'DELETE', url: `/api/moments/${id}` })).statusCode).toBe(200);
    const after = await toolkit();
    expect(after[0]).toMatchObject({ name: first!.name, uses: 1 });
    expect(after.find((s) => s.id === second!.id)).toMatchObject({ uses: 0 });

    expect((await h.call({ method: 'POST', url: `/api/moments/${mistaken[0]}/restore` })).statusCode).toBe(200);
    expect((await toolkit()).find((s) => s.id === second!.id)).toMatchObject({ uses: 1 });
  });
});
