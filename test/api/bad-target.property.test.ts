/**
 * Random request targets never reach the journal without the token (issue 10). fast-check
 * writes targets in every shape a client could send — absolute form with any scheme, host,
 * user:password@ or none, %-escapes, doubled slashes, dot segments, fragments, semicolons,
 * broken escapes — with every method, over a real socket (inject would rewrite them). For
 * each: no 500, no answer without the token carries anything but the health check, a
 * foreign authority is refused, and the journal is exactly as it was.
 */
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/contracts/errors.js';
import { startServer, type Running } from '../../src/server/main.js';

const TOKEN = 'bad-target-token-0123456789abc';
const MARKER = 'Zebra crossing marker';
let running: Running;
let dataDir: string;

/**
 * One request on its own connection, written byte for byte (a client library would
 * refuse or rewrite some of these targets), and the answer's status line and body.
 */
function send(method: string, target: string, token: boolean, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const head = [`${method} ${target} HTTP/1.1`, `host: 127.0.0.1:${running.port}`, 'connection: close'];
    if (token) head.push(`authorization: Bearer ${TOKEN}`);
    if (body !== undefined) head.push('content-type: application/json', `content-length: ${Buffer.byteLength(body)}`);
    const socket = connect(running.port, '127.0.0.1', () => socket.write(`${head.join('\r\n')}\r\n\r\n${body ?? ''}`));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (text += c));
    socket.on('error', reject);
    socket.on('close', () => {
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(text);
      if (!status) return reject(new Error(`not an HTTP answer to ${method} ${target}: ${JSON.stringify(text.slice(0, 200))}`));
      const split = text.indexOf('\r\n\r\n');
      resolve({ status: Number(status[1]), body: split < 0 ? '' : text.slice(split + 4) });
    });
  });
}

async function journal(): Promise<string> {
  const file = JSON.parse((await send('GET', '/api/export', true)).body) as Record<string, unknown>;
  delete file['exportedAt'];
  return JSON.stringify(file);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'headway-badtarget-'));
  running = await startServer({ dataDir, databaseUrl: null, host: '127.0.0.1', port: 0, token: TOKEN, country: 'GB', logLevel: 'silent', portExplicit: true, webDir: join(dataDir, 'no-web') });
  expect((await send('POST', '/api/moments', true, JSON.stringify({ trigger: MARKER, intensity: 6, note: MARKER }))).status).toBe(201);
  expect((await send('PUT', '/api/safety-plan', true, JSON.stringify({ steps: { warningSigns: [MARKER] } }))).status).toBe(200);
});
afterAll(async () => {
  await running.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const own = () => `127.0.0.1:${running.port}`;
const scheme = fc.constantFrom('http://', 'HTTP://', 'https://', 'hTtPs://', 'ftp://', 'http:/', 'http:', '//', '');
const authority = fc.constantFrom('OWN', 'localhost:PORT', 'evil.example', '', 'me:pw@OWN', 'OWN@evil.example', 'OWN:80', '[::1]:PORT');
const prefix = fc.constantFrom('/api/', '/%61pi/', '/%61%70%69/', '//api/', '/API/', '/api%2F', '/./api/', '/x/../api/', '/api/./', '');
const route = fc.constantFrom('export', 'moments', 'safety-plan', 'report', 'person', 'toolkit', 'import', 'fhir/export', 'health', 'docs/json', 'docs/', 'measures', '%65xport', 'moments/0190e5a1-0000-7000-8000-000000000000');
const suffix = fc.constantFrom('', '/', '?x=1', '?token=' + TOKEN, '#f', '#/../export', ';x', '%00', '%zz', '%2e%2e/export', '/..', '?', '#');
const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS');

const target = fc.record({ scheme, authority, prefix, route, suffix }).map(({ scheme: s, authority: a, prefix: p, route: r, suffix: x }) => {
  const auth = a.replace('OWN', own()).replace('PORT', String(running.port));
  const path = p === '' ? `/${r}${x}` : `${p}${r}${x}`;
  return s === '' ? path : `${s}${auth}${path}`;
});

describe('random request targets', () => {
  it('never reach the journal without the token, never fail inside, and change nothing', async () => {
    const before = await journal();
    await fc.assert(
      fc.asyncProperty(target, method, fc.boolean(), async (t, m, token) => {
        const body = m === 'POST' || m === 'PUT' || m === 'PATCH' ? JSON.stringify({ steps: { warningSigns: ['overwritten'] }, trigger: 'x', intensity: 1 }) : undefined;
        // With the token, only reads: a write would change the journal on purpose.
        const withToken = token && (m === 'GET' || m === 'HEAD');
        const res = await send(m, t, withToken, body);
        expect(res.status, t).toBeLessThan(500);
        if (!withToken && res.status < 400) {
          // The one answer without the token: the health check.
          expect(['{"ok":true}', ''], `${m} ${t}`).toContain(res.body);
        }
        if (!withToken) expect(res.body, `${m} ${t}`).not.toContain(MARKER);
        // Every refusal, even of a request the HTTP parser cannot read, is in the one error shape.
        if (res.status >= 400 && res.body !== '') {
          const parsed = errorBodySchema.safeParse(JSON.parse(res.body));
          expect(parsed.success, `${m} ${t}: ${res.body}`).toBe(true);
        }
        const auth = /^https?:\/\/([^/?#]*)/i.exec(t)?.[1];
        if (auth !== undefined && auth !== '' && auth.toLowerCase() !== own() && auth.toLowerCase() !== `localhost:${running.port}` && auth !== `[::1]:${running.port}`) {
          // Refused: as a foreign Host (403), or before routing when the router cannot read it (400).
          expect([400, 403], `${m} ${t} answered ${res.status}`).toContain(res.status);
        }
      }),
      { numRuns: 600 },
    );
    expect(await journal()).toBe(before);
  });
});
