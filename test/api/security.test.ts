/**
 * Local security: only this machine's own address is answered (DNS rebinding), writes
 * only come from Headway's own pages (CSRF), and the API needs the per-start token.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_HOST, TEST_TOKEN, type Harness } from '../harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A request with exactly the given headers: no token or Host added. */
const raw = (opts: InjectOptions) => h.app.inject(opts);
const bearer = { authorization: `Bearer ${TEST_TOKEN}` };
const aMoment = { trigger: 'Security check', intensity: 4 };

async function momentCount(): Promise<number> {
  return (await h.store.countEntries((await h.call({ method: 'GET', url: '/api/person' })).json().id)).moments;
}

function expectError(res: Awaited<ReturnType<typeof raw>>, status: number, code: string): void {
  expect(res.statusCode).toBe(status);
  expect(res.json().error.code).toBe(code);
  expect(res.json().error.message.length).toBeGreaterThan(0);
}

describe('the Host allow-list', () => {
  it.each(['evil.example:4747', '127.0.0.1:9999', 'evil.example', '127.0.0.1'])('refuses Host %s even with the right token', async (host) => {
    expectError(await raw({ method: 'GET', url: '/api/moments', headers: { host, ...bearer } }), 403, 'forbidden_host');
    expectError(await raw({ method: 'GET', url: '/api/health', headers: { host } }), 403, 'forbidden_host');
  });

  it('answers its own names, in any letter case', async () => {
    for (const host of [TEST_HOST, 'localhost:4747', 'LOCALHOST:4747']) {
      expect((await raw({ method: 'GET', url: '/api/moments', headers: { host, ...bearer } })).statusCode).toBe(200);
    }
  });
});

describe('the token', () => {
  it('is needed to read and to write', async () => {
    expectError(await raw({ method: 'GET', url: '/api/moments', headers: { host: TEST_HOST } }), 401, 'unauthorized');
    expectError(await raw({ method: 'POST', url: '/api/moments', headers: { host: TEST_HOST }, payload: aMoment }), 401, 'unauthorized');
    expect(await momentCount()).toBe(0);
  });

  it.each([
    ['a wrong bearer token', { authorization: 'Bearer not-the-token' }],
    ['the token with a character more', { authorization: `Bearer ${TEST_TOKEN}x` }],
    ['another scheme', { authorization: `Basic ${TEST_TOKEN}` }],
    ['a wrong cookie', { cookie: 'headway_4747=nope' }],
    ['the cookie of another port', { cookie: `headway_4748=${TEST_TOKEN}` }],
  ])('refuses %s', async (_what, headers) => {
    expectError(await raw({ method: 'GET', url: '/api/moments', headers: { host: TEST_HOST, ...headers } }), 401, 'unauthorized');
  });

  it('accepts the scheme name in any letter case', async () => {
    for (const scheme of ['bearer', 'BEARER']) {
      const res = await raw({ method: 'GET', url: '/api/moments', headers: { host: TEST_HOST, authorization: `${scheme} ${TEST_TOKEN}` } });
      expect(res.statusCode).toBe(200);
    }
  });

  it.each(['/%61pi/export', '/%61%70%69/moments', '/api/%65xport', '/%2561pi/export', '/api%2Fexport'])(
    'is needed on %s too: paths are judged as the router reads them, not as written',
    async (url) => {
      const res = await raw({ method: 'GET', url, headers: { host: TEST_HOST } });
      expect([401, 404]).toContain(res.statusCode);
      if (res.statusCode === 404) return; // not a route once decoded: nothing to reach
      expectError(res, 401, 'unauthorized');
      expect(res.headers['cache-control']).toBe('no-store');
    },
  );

  it('refuses an escaped write without the token and writes nothing', async () => {
    const before = await momentCount();
    const res = await raw({ method: 'POST', url: '/%61pi/moments', headers: { host: TEST_HOST }, payload: aMoment });
    expectError(res, 401, 'unauthorized');
    expect(await momentCount()).toBe(before);
    // With the token, the escaped path is the same route.
    expect((await raw({ method: 'GET', url: '/%61pi/moments', headers: { host: TEST_HOST, ...bearer } })).statusCode).toBe(200);
  });

  it('answers a URL with a broken %-escape in the one error shape, after the Host check, without echoing it', async () => {
    const url = '/api/moments/%zz?token=private-words';
    expectError(await raw({ method: 'GET', url, headers: { host: 'evil.example' } }), 403, 'forbidden_host');
    const res = await raw({ method: 'GET', url, headers: { host: TEST_HOST } });
    expectError(res, 400, 'validation_failed');
    expect(res.json().error.field).toBe('url');
    expect(res.body).not.toContain('private-words');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is not needed for the health check, which still checks the Host', async () => {
    const res = await raw({ method: 'GET', url: '/api/health', headers: { host: TEST_HOST } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it('trades the printed link for an HttpOnly, SameSite=Strict cookie', async () => {
    const res = await raw({ method: 'GET', url: `/?token=${TEST_TOKEN}`, headers: { host: TEST_HOST } });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain(`headway_4747=${TEST_TOKEN}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    const value = cookie.split(';')[0]!;
    const withCookie = await raw({ method: 'GET', url: '/api/moments', headers: { host: TEST_HOST, cookie: value } });
    expect(withCookie.statusCode).toBe(200);
  });

  it('refuses a link with a wrong token and sets no cookie', async () => {
    const res = await raw({ method: 'GET', url: '/?token=wrong', headers: { host: TEST_HOST } });
    expectError(res, 401, 'unauthorized');
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('cross-site writes', () => {
  it.each([
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['the right host on another scheme', { origin: 'https://127.0.0.1:4747' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ])('refuses %s, even with the token, and writes nothing', async (_what, headers) => {
    const res = await raw({ method: 'POST', url: '/api/moments', headers: { host: TEST_HOST, ...bearer, ...headers }, payload: aMoment });
    expectError(res, 403, 'forbidden_origin');
    expect(await momentCount()).toBe(0);
  });

  it('accepts a write from Headway’s own page carrying the cookie', async () => {
    const before = await momentCount();
    const res = await raw({
      method: 'POST',
      url: '/api/moments',
      headers: { host: TEST_HOST, origin: 'http://127.0.0.1:4747', 'sec-fetch-site': 'same-origin', cookie: `headway_4747=${TEST_TOKEN}` },
      payload: aMoment,
    });
    expect(res.statusCode).toBe(201);
    expect(await momentCount()).toBe(before + 1);
  });

  it('lets a foreign page read nothing either: reads need the token', async () => {
    const res = await raw({ method: 'GET', url: '/api/export', headers: { host: TEST_HOST, origin: 'http://evil.example' } });
    expectError(res, 401, 'unauthorized');
  });
});

describe('response headers', () => {
  it('marks API answers, errors included, as not to be cached', async () => {
    for (const res of [
      await h.call({ method: 'GET', url: '/api/moments' }),
      await h.call({ method: 'GET', url: '/api/export' }),
      await raw({ method: 'GET', url: '/api/moments', headers: { host: TEST_HOST } }),
      await h.call({ method: 'POST', url: '/api/moments', payload: {} }),
    ]) {
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('sends the API a Content-Security-Policy that allows nothing, and no framing', async () => {
    const res = await h.call({ method: 'GET', url: '/api/moments' });
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends pages a Content-Security-Policy that allows no other origin', async () => {
    const res = await raw({ method: 'GET', url: '/', headers: { host: TEST_HOST } });
    const csp = String(res.headers['content-security-policy']);
    const directives = csp.split(';').map((d) => d.trim().split(/\s+/));
    const names = directives.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['default-src', 'script-src', 'connect-src', 'frame-ancestors']));
    for (const [, ...sources] of directives) {
      for (const source of sources) expect(["'self'", "'none'", "'unsafe-inline'", 'data:']).toContain(source);
    }
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('publishes an OpenAPI document listing the journal routes', async () => {
    const res = await h.call({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/moments', '/api/toolkit', '/api/import']));
    expect(Object.keys(doc.paths['/api/moments'])).toEqual(expect.arrayContaining(['get', 'post']));
    // Every API route documents the answers any route can give, and the files have their shape.
    expect(Object.keys(doc.paths['/api/moments'].post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '413', '415']));
    expect(Object.keys(doc.paths['/api/person'].get.responses)).toEqual(expect.arrayContaining(['401', '403']));
    expect(Object.keys(doc.paths['/api/person'].get.responses)).not.toContain('413');
    expect(doc.paths['/api/export'].get.responses['200'].content['application/json'].schema.properties).toHaveProperty('moments');
    expect(doc.paths['/api/import'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('moments');
  });
});
