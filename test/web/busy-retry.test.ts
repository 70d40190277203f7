/**
 * The web app tries a write again when the journal is busy (issue 10): a save made while a
 * long import holds the write lock gets through once the lock is free, instead of the
 * person being told to try again. Anything else fails at once, as before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, BUSY_RETRIES, request } from '../../web/src/lib/api.js';

const busy = () =>
  new Response(JSON.stringify({ error: { code: 'database_busy', message: 'busy' } }), { status: 503, headers: { 'retry-after': '1', 'content-type': 'application/json' } });
const created = () => new Response(JSON.stringify({ id: 'm1' }), { status: 201, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function answers(...responses: (() => Response)[]) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    calls.push(`${init.method} ${path} ${String(init.body)}`);
    const next = responses.shift();
    if (!next) throw new Error('no more answers');
    return next();
  });
  return calls;
}

describe('a write while the journal is busy', () => {
  it('is sent again after the wait the server asks for, and succeeds once the lock is free', async () => {
    vi.useFakeTimers();
    const calls = answers(busy, busy, created);
    const saved = request<{ id: string }>('POST', '/api/moments', { trigger: 'Noise', intensity: 4 });
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1); // waits the full second the server asked for
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(saved).resolves.toEqual({ id: 'm1' });
    expect(calls).toHaveLength(3);
    expect(new Set(calls).size).toBe(1); // the same request each time
  });

  it('gives up with database_busy after its retries, so the person is told', async () => {
    vi.useFakeTimers();
    const calls = answers(...Array.from({ length: BUSY_RETRIES + 1 }, () => busy));
    const saved = request('POST', '/api/moments', { trigger: 'Noise', intensity: 4 });
    const outcome = saved.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    const error = await outcome;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('database_busy');
    expect(calls).toHaveLength(BUSY_RETRIES + 1);
  });

  it('is not sent again for any other failure', async () => {
    const calls = answers(() => new Response(JSON.stringify({ error: { code: 'internal', message: 'x' } }), { status: 500 }));
    await expect(request('POST', '/api/moments', {})).rejects.toMatchObject({ code: 'internal' });
    expect(calls).toHaveLength(1);
  });
});
