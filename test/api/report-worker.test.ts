/**
 * The report as the running server builds it: on its worker thread, with its own
 * connection to the journal (server/report-worker.ts). Real HTTP on a real server, a
 * real SQLite file, and a second connection standing in for a `headway` command.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema, triggerPointsSchema } from '../../src/contracts/report.js';
import { MAX_CHART_POINTS } from '../../src/core/insight/chart-points.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { addDays, localDayOf } from '../../src/core/time.js';
import { randomIds, systemClock } from '../../src/app/deps.js';
import { openJournal } from '../../src/app/person/openJournal.js';
import { startServer, type Running } from '../../src/server/main.js';
import { reportRunner, WORKER_FILE } from '../../src/server/report-runner.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { fillMoments } from '../insight/fill-moments.js';
import { dropCreatedDatabases, freshDatabaseUrl, PG_ADMIN_URL, PG_REQUIRED } from '../pg.js';

let running: Running;
let dataDir: string;
const today = localDayOf(systemClock.now());

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> & { error?: { code: string; field?: string } } }> {
  const res = await fetch(`http://127.0.0.1:${running.port}${path}`, { headers: { authorization: `Bearer ${running.token}` } });
  return { status: res.status, body: (await res.json()) as never };
}

async function logMoment(trigger: string, intensity: number): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${running.port}/api/moments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${running.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ trigger, intensity }),
  });
  return res.status;
}

const report = async (query = '') => reportSchema.parse((await get(`/api/report${query}`)).body);

beforeAll(async () => {
  // The suite's global set-up builds dist/; without the worker's compiled code the server builds in-process.
  expect(existsSync(WORKER_FILE)).toBe(true);
  dataDir = mkdtempSync(join(tmpdir(), 'headway-report-worker-'));
  running = await startServer({ dataDir, databaseUrl: null, host: '127.0.0.1', port: 0, token: null, country: 'GB', logLevel: 'silent', portExplicit: true });
  // Two years of one trigger, 700 moments: more than a chart shows one by one.
  await fillMoments(running.store, LOCAL_PERSON_ID, { count: 700, days: 730, lastDay: today, triggers: 1 });
});
afterAll(async () => {
  await running?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the report built on the worker thread', () => {
  it('reflects a moment logged just before it: a remembered report is not given again after a write', async () => {
    const before = await report('?weeks=all');
    expect(before.counts.moments).toBe(700);
    expect((await report('?weeks=all')).counts.moments).toBe(700); // the same data: the remembered answer
    expect(await logMoment('Trigger 1', 3)).toBe(201);
    expect((await report('?weeks=all')).counts.moments).toBe(701);
  });

  it('reflects a write by another process (another connection to the same file)', async () => {
    const before = (await report('?weeks=all')).counts.moments;
    const other = await SqliteStore.open(dataDir);
    try {
      await fillMoments(other, LOCAL_PERSON_ID, { count: 5, days: 3, lastDay: today, triggers: 1, seed: 99 });
    } finally {
      await other.close();
    }
    expect((await report('?weeks=all')).counts.moments).toBe(before + 5);
  });

  it('groups a long history into weeks on the chart, and gives every moment on demand', async () => {
    const r = await report('?weeks=all');
    const t = r.triggers.find((x) => x.trigger === 'Trigger 1');
    expect(t?.pointDays).toBe(7);
    expect(t?.points.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(t?.points.reduce((n, p) => n + (p.moments ?? 0), 0)).toBe(t?.n);

    const detail = await get(`/api/report/trigger-points?trigger=${encodeURIComponent('trigger 1')}&from=${r.period.from}&to=${r.period.to}`);
    expect(detail.status).toBe(200);
    const d = triggerPointsSchema.parse(detail.body);
    expect(d.trigger).toBe('Trigger 1');
    expect(d.total).toBe(t?.n);
    expect(d.points).toHaveLength(t?.n ?? -1);
    expect(d.points.every((p) => p.moments === undefined && p.day >= r.period.from && p.day <= r.period.to)).toBe(true);
    expect([...d.points].sort((a, b) => (a.day < b.day ? -1 : 1)).map((p) => p.day)).toEqual(d.points.map((p) => p.day));

    // The same moments the chart's first week sums up.
    const first = t?.points[0];
    const week = d.points.filter((p) => first !== undefined && p.day >= first.day && p.day < addDays(first.day, 7));
    expect(week).toHaveLength(first?.moments ?? -1);
  });

  it('answers a detail request it cannot serve with a clear error naming the field', async () => {
    const unknown = await get(`/api/report/trigger-points?trigger=Nobody&from=2020-01-01&to=${today}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'not_found', field: 'trigger' });
    const backwards = await get(`/api/report/trigger-points?trigger=Trigger%201&from=${today}&to=2020-01-01`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error).toMatchObject({ code: 'validation_failed', field: 'to' });
    const noToken = await fetch(`http://127.0.0.1:${running.port}/api/report/trigger-points?trigger=Trigger%201&from=2020-01-01&to=${today}`);
    expect(noToken.status).toBe(401);
    const badDay = await get('/api/report/trigger-points?trigger=Trigger%201&from=2020-13-01&to=2021-01-01');
    expect(badDay.status).toBe(400);
    expect(badDay.body.error).toMatchObject({ code: 'validation_failed', field: 'from' });
  });

  it('sends the report gzipped to a client that takes gzip, and as plain JSON to one that does not', async () => {
    const raw = (encoding: string | null) =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const headers: Record<string, string> = { authorization: `Bearer ${running.token}` };
        if (encoding !== null) headers['accept-encoding'] = encoding;
        httpGet({ host: '127.0.0.1', port: running.port, path: '/api/report?weeks=all', headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const zipped = await raw('gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toMatch(/accept-encoding/i);
    const plain = await raw(null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
    expect((await raw('gzip;q=0, identity')).headers['content-encoding']).toBeUndefined();
  });

  it("keeps the use-case's own errors as they are when they come from the worker", async () => {
    const future = await get('/api/report?asOf=2999-01-01');
    expect(future.status).toBe(400);
    expect(future.body.error).toMatchObject({ code: 'validation_failed', field: 'asOf' });
  });
});

describe('the report built on the worker thread, on PostgreSQL', () => {
  if (!PG_ADMIN_URL) {
    // Reason: no PostgreSQL configured on this developer machine; CI sets HEADWAY_TEST_PG_URL.
    it.skipIf(!PG_REQUIRED)('needs HEADWAY_TEST_PG_URL under CI', () => {
      throw new Error('HEADWAY_TEST_PG_URL is not set');
    });
    return;
  }
  let clinic: Running;
  beforeAll(async () => {
    clinic = await startServer({ dataDir, databaseUrl: await freshDatabaseUrl(), host: '127.0.0.1', port: 0, token: null, country: 'GB', logLevel: 'silent', portExplicit: true });
  });
  afterAll(async () => {
    await clinic?.close();
    await dropCreatedDatabases();
  });

  it('builds with its own pool: each report sees the moment logged before it, and the detail lists it', async () => {
    const call = (path: string, init: RequestInit = {}) =>
      fetch(`http://127.0.0.1:${clinic.port}${path}`, { ...init, headers: { authorization: `Bearer ${clinic.token}`, 'content-type': 'application/json' } });
    const count = async () => reportSchema.parse(await (await call('/api/report?weeks=all')).json()).counts.moments;
    expect(await count()).toBe(0);
    expect((await call('/api/moments', { method: 'POST', body: JSON.stringify({ trigger: 'Crowds', intensity: 4 }) })).status).toBe(201);
    expect(await count()).toBe(1);
    const detail = triggerPointsSchema.parse(await (await call(`/api/report/trigger-points?trigger=crowds&from=2000-01-01&to=${today}`)).json());
    expect(detail).toMatchObject({ trigger: 'Crowds', total: 1, points: [{ intensity: 4, settledMinutes: null }] });
  });
});

describe('a report worker that cannot start', () => {
  it('hands its reports back to the server thread instead of failing them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headway-report-worker-broken-'));
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('this worker cannot start');\n");
    const store = await SqliteStore.open(dir);
    const deps = { store, clock: systemClock, newId: randomIds };
    await openJournal(deps, { personId: LOCAL_PERSON_ID, country: 'GB' });
    const runner = reportRunner(deps, { dataDir: dir, databaseUrl: null }, broken);
    try {
      const job = { kind: 'report', personId: LOCAL_PERSON_ID, now: systemClock.now() } as const;
      const text = (answer: string | Buffer) => (typeof answer === 'string' ? answer : gunzipSync(answer).toString('utf8'));
      const [first, second] = await Promise.all([runner.run(job), runner.run(job)]);
      expect(reportSchema.parse(JSON.parse(text(first))).counts.moments).toBe(0);
      expect(second).toBe(first);
      expect(reportSchema.parse(JSON.parse(text(await runner.run(job)))).asOf).toBe(today);
    } finally {
      await runner.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
