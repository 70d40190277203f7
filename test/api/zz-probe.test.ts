import { it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { startHarness } from '../harness.js';
it('probe', async () => {
  const h = await startHarness({ store: await SqliteStore.openFile(':memory:') });
  for (const p of [{ trigger: 'x' }, { intensity: 3 }, {kind: 'own-words'}, { trigger: 'x', intensity: 3, foo: 1 }]) {
    const r = await h.call({ method: 'POST', url: p.hasOwnProperty('kind') ? '/api/shifts' : '/api/moments', payload: p });
    console.log(r.statusCode, r.body);
  }
  const r = await h.call({ method: 'GET', url: '/api/moments?since=2026-02-30' });
  console.log(r.statusCode, r.body);
  let t = performance.now();
  for (let i = 0; i < 200; i++) await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'x', intensity: 3, strategies: [{strategyId: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d'}] } });
  console.log('200 app rejects mem', performance.now() - t); t = performance.now();
  await h.close();
});
