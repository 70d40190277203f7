/**
 * Every request is judged by the path the router routes (issue 10). A request target may
 * be sent in absolute form (`GET http://host/api/export HTTP/1.1`, RFC 9112 §3.2.2) or
 * with %-escapes, a fragment or a query; the router reads all of these, so each must get
 * exactly what the plain path gets — with the token and without it — on every API route.
 *
 * `inject` rewrites such targets before they reach the server, so this test talks to a
 * real listening server over a socket.
 */
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../../src/server/main.js';

const TOKEN = 'request-target-token-0123456789';
let running: Running;
let dataDir: string;
let host: string;

interface Answer {
  status: number;
  code: string | undefined;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** One HTTP/1.1 request with the target written exactly as given. */
function send(method: string, target: string, opts: { token?: boolean; body?: string; hostHeader?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: opts.hostHeader ?? host };
    if (opts.token) headers['authorization'] = `Bearer ${TOKEN}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const req = httpRequest({ host: '127.0.0.1', port: running.port, method, path: target, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        let code: string | undefined;
        try {
          code = (JSON.parse(body) as { error?: { code?: string } }).error?.code;
        } catch {
          code = undefined;
        }
        resolve({ status: res.statusCode ?? 0, code, body, headers: res.headers });
      });
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** Every API route the server documents, with a made-up id for each path parameter. */
async function apiRoutes(): Promise<{ method: string; path: string }[]> {
  const doc = JSON.parse((await send('GET', '/api/docs/json', { token: true })).body) as { paths: Record<string, Record<string, unknown>> };
  const id = '0190e5a1-0000-7000-8000-000000000000';
  const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((m) => ({ method: m.toUpperCase(), path: path.replace(/\{[^}]+\}/g, id) })),
  );
  routes.push({ method: 'GET', path: '/api/docs/json' }, { method: 'GET', path: '/api/docs/' });
  // Fastify answers HEAD on every GET route by itself: those routes need the token too.
  return [...routes, ...routes.filter((r) => r.method === 'GET').map((r) => ({ ...r, method: 'HEAD' }))];
}

/** The journal as the export shows it, without the moment of export. */
async function journal(): Promise<string> {
  const file = JSON.parse((await send('GET', '/api/export', { token: true })).body) as Record<string, unknown>;
  delete file['exportedAt'];
  return JSON.stringify(file);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'headway-target-'));
  running = await startServer({ dataDir, databaseUrl: null, host: '127.0.0.1', port: 0, token: TOKEN, country: 'GB', logLevel: 'silent', portExplicit: true, webDir: join(dataDir, 'no-web') });
  host = `127.0.0.1:${running.port}`;
});
afterAll(async () => {
  await running.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Ways of writing the same path that the router reads as that path. */
const spellings = (path: string): string[] => [
  path,
  path.replace('/api/', '/%61pi/'),
  path.replace('/api/', '/%61%70%69/'),
  path.replace(/\/api\/(\w)/, (_m, c: string) => `/api/%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  `${path}?via=query`,
  `${path}#fragment`,
];

/** Absolute forms naming this server, in the spellings find-my-way accepts. */
const prefixes = () => [`http://${host}`, `HTTP://${host}`, `https://${host}`, `hTtP://localhost:${running.port}`];

describe('request targets in absolute form', () => {
  it('get on every API route, with and without the token, what the plain path gets', async () => {
    const routes = await apiRoutes();
    expect(routes.length).toBeGreaterThan(25);
    const before = await journal();
    let compared = 0;
    for (const { method, path } of routes) {
      const body = method === 'GET' || method === 'HEAD' || method === 'DELETE' ? undefined : '{}';
      for (const token of [false, true]) {
        // Writes with the token would change the journal; the plain form is the baseline either way.
        if (token && method !== 'GET' && method !== 'HEAD') continue;
        for (const spelled of spellings(path)) {
          const plain = await send(method, spelled, { token, ...(body !== undefined && { body }) });
          for (const prefix of prefixes()) {
            const absolute = await send(method, prefix + spelled, { token, ...(body !== undefined && { body }) });
            // The router refuses a fragment in an absolute target (it could hide where the
            // path starts): refused outright, before any route, in the one error shape.
            const expected = spelled.includes('#') ? { status: 400, code: method === 'HEAD' ? undefined : 'validation_failed' } : { status: plain.status, code: plain.code };
            expect({ target: prefix + spelled, status: absolute.status, code: absolute.code }).toEqual({ target: prefix + spelled, ...expected });
            compared++;
          }
          if (!token && path !== '/api/health') expect({ path: spelled, status: plain.status }).toEqual({ path: spelled, status: plain.status === 404 ? 404 : 401 });
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    // Nothing was written by any request without the token.
    expect(await journal()).toBe(before);
  });

  it('refuse the two reported attacks: reading the export and replacing the safety plan', async () => {
    const exported = await send('GET', `http://${host}/api/export`);
    expect([exported.status, exported.code]).toEqual([401, 'unauthorized']);
    expect(exported.body).not.toContain('"moments"');
    const planBefore = (await send('GET', '/api/safety-plan', { token: true })).body;
    const put = await send('PUT', 'http://x/api/safety-plan', { body: JSON.stringify({ steps: { warningSigns: ['overwritten'] } }) });
    expect(put.status).toBe(403);
    const putOwn = await send('PUT', `http://${host}/api/safety-plan`, { body: JSON.stringify({ steps: { warningSigns: ['overwritten'] } }) });
    expect([putOwn.status, putOwn.code]).toEqual([401, 'unauthorized']);
    expect((await send('GET', '/api/safety-plan', { token: true })).body).toBe(planBefore);
  });

  it('naming another server are refused like a foreign Host, even with the token', async () => {
    for (const target of ['http://evil.example/api/export', `http://evil.example:${running.port}/api/moments`, 'http://127.0.0.1:1/api/health', `http://${host}@evil.example/api/export`]) {
      const res = await send('GET', target, { token: true });
      expect({ target, status: res.status, code: res.code }).toEqual({ target, status: 403, code: 'forbidden_host' });
    }
    // No authority at all: the router cannot read it, and says so without reaching a route.
    const hostless = await send('GET', 'https:///api/export', { token: true });
    expect([hostless.status, hostless.code, JSON.parse(hostless.body).error.field]).toEqual([400, 'validation_failed', 'url']);
    expect(hostless.body).not.toContain('"moments"');
  });

  it('carry the same security headers as the plain path', async () => {
    const plain = await send('GET', '/api/moments', { token: true });
    const absolute = await send('GET', `http://${host}/api/moments`, { token: true });
    for (const name of ['content-security-policy', 'cache-control', 'x-frame-options', 'referrer-policy']) {
      expect(absolute.headers[name]).toBe(plain.headers[name]);
      expect(absolute.headers[name]).toBeDefined();
    }
  });
});

describe('the API documentation page', () => {
  it('answers a path that climbs out of its files as not found, in the one error shape', async () => {
    for (const target of ['/api/docs/static/%2e%2e/%2e%2e/package.json', '/api/docs/static/..%2f..%2fpackage.json']) {
      const res = await send('GET', target, { token: true });
      expect({ target, status: res.status, code: res.code }).toEqual({ target, status: 404, code: 'not_found' });
    }
  });

  it('needs the token and cannot be framed by another page', async () => {
    expect((await send('GET', '/api/docs/')).status).toBe(401);
    const res = await send('GET', '/api/docs/', { token: true });
    expect(res.status).toBe(200);
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('what a log line names', () => {
  it('is the path the router reads, never a query, a fragment or an absolute target’s user:password@host', async () => {
    const { loggedPath } = await import('../../src/server/request-target.js');
    expect(loggedPath('http://me:secret@127.0.0.1:4747/api/moments?token=abc#t=1')).toBe('/api/moments');
    expect(loggedPath('/?token=abc')).toBe('/');
    expect(loggedPath('/api/export#token=abc')).toBe('/api/export');
  });
});
