/**
 * A write while another process holds SQLite's write lock (a long `headway import` in a
 * terminal): the server waits on timers, so it keeps answering meanwhile; a write that
 * cannot get the lock within the time-out is answered 503 database_busy with Retry-After,
 * never a 500; once the lock is free, writes go through again. A real server on a real
 * port, and a real second process holding BEGIN IMMEDIATE.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../../src/server/main.js';
import { hasStackTrace, headway } from '../headway-bin.js';
import { holdWriteLock } from './lock-holder.js';

const TOKEN = 'lock-wait-token-0123456789';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Answer {
  status: number;
  body: { error?: { code: string; message: string } };
  retryAfter: string | undefined;
  ms: number;
}

function call(server: Running, method: 'GET' | 'POST', path: string, body?: object): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        headers: {
          host: `127.0.0.1:${server.port}`,
          authorization: `Bearer ${TOKEN}`,
          ...(text !== undefined && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }),
        },
      },
      (res) => {
        let data = '';
        res.on('data', (d: Buffer) => (data += d.toString()));
        res.on('end', () => {
          const retryAfter = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, body: data ? (JSON.parse(data) as Answer['body']) : {}, retryAfter, ms: performance.now() - started });
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const moment = (intensity: number) => ({ trigger: 'Noise next door', intensity });

describe('writes while another process holds the write lock', () => {
  it('answer 503 database_busy after the time-out while the server keeps answering, and go through once the lock is free', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'headway-lock-'));
    dirs.push(dataDir);
    const server = await startServer({
      dataDir, databaseUrl: null, host: '127.0.0.1', port: 0, token: TOKEN, country: 'GB', logLevel: 'silent',
      portExplicit: false, webDir: join(dataDir, 'no-web'), lockWaitSeconds: 2,
    });
    try {
      expect((await call(server, 'POST', '/api/moments', moment(1))).status).toBe(201);
      const holder = await holdWriteLock(join(dataDir, 'headway.sqlite3'));

      // A write that cannot get the lock; meanwhile the server answers health checks promptly.
      let settled = false;
      const refused = call(server, 'POST', '/api/moments', moment(2)).finally(() => (settled = true));
      const probes: number[] = [];
      while (!settled) {
        const health = await call(server, 'GET', '/api/health');
        expect(health.status).toBe(200);
        probes.push(health.ms);
        await sleep(100);
      }
      const busy = await refused;
      expect([busy.status, busy.body.error?.code, busy.retryAfter]).toEqual([503, 'database_busy', '2']);
      expect(busy.body.error?.message).toMatch(/try again in a moment/);
      expect(busy.ms).toBeGreaterThanOrEqual(1_900);
      expect(busy.ms).toBeLessThan(4_000);
      expect(probes.length).toBeGreaterThan(8);
      expect(Math.max(...probes)).toBeLessThan(500); // blocked inside SQLite, each probe would wait ~2 s

      // A write that starts while the lock is held and is freed within the time-out goes through.
      const waiting = call(server, 'POST', '/api/moments', moment(3));
      await sleep(500);
      await holder.release();
      const saved = await waiting;
      expect(saved.status).toBe(201);
      expect(saved.ms).toBeGreaterThanOrEqual(450);

      expect((await call(server, 'POST', '/api/moments', moment(4))).status).toBe(201);
      const list = await call(server, 'GET', '/api/moments');
      const intensities = (list.body as unknown as { items: Array<{ intensity: number }> }).items.map((m) => m.intensity).sort();
      expect(intensities).toEqual([1, 3, 4]); // the refused write left nothing behind
    } finally {
      await server.close();
    }
  }, 30_000);

  it('lets a server start while another process holds the lock, serving reads at once and writes once it is free', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'headway-lock-'));
    dirs.push(dataDir);
    expect((await headway(['log', 'moment', '--trigger', 'Noise next door', '--intensity', '1'], { HEADWAY_DATA_DIR: dataDir })).code).toBe(0);
    const holder = await holdWriteLock(join(dataDir, 'headway.sqlite3'));
    let server: Running | undefined;
    try {
      server = await startServer({
        dataDir, databaseUrl: null, host: '127.0.0.1', port: 0, token: TOKEN, country: 'GB', logLevel: 'silent',
        portExplicit: false, webDir: join(dataDir, 'no-web'), lockWaitSeconds: 1,
      });
      const list = await call(server, 'GET', '/api/moments');
      expect(list.status).toBe(200);
      expect(list.ms).toBeLessThan(500);
      await holder.release();
      expect((await call(server, 'POST', '/api/moments', moment(2))).status).toBe(201);
    } finally {
      await holder.release().catch(() => undefined);
      await server?.close();
    }
  }, 30_000);
});

describe('a CLI command while another process holds the write lock', () => {
  it('waits patiently and saves once the lock is free, or gives up after HEADWAY_LOCK_WAIT_SECONDS with exit 7 and plain words', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'headway-lock-'));
    dirs.push(dataDir);
    const log = (intensity: number, env: Record<string, string> = {}) =>
      headway(['log', 'moment', '--trigger', 'Noise next door', '--intensity', String(intensity)], { HEADWAY_DATA_DIR: dataDir, ...env });
    expect((await log(1)).code).toBe(0);
    let holder = await holdWriteLock(join(dataDir, 'headway.sqlite3'));
    const busy = await log(2, { HEADWAY_LOCK_WAIT_SECONDS: '1' });
    expect([busy.code, busy.stderr]).toEqual([7, expect.stringMatching(/busy saving to this journal.*waited 1 second and was not saved\. Nothing was lost\. Please try again/)]);
    expect(hasStackTrace(busy.stderr)).toBe(false);
    const patient = log(3); // the default wait (30 s) outlasts the holder
    await sleep(1_500);
    await holder.release();
    expect((await patient).code).toBe(0);
    holder = await holdWriteLock(join(dataDir, 'headway.sqlite3'));
    await holder.release();
    const list = await headway(['list', 'moments', '--json'], { HEADWAY_DATA_DIR: dataDir });
    expect((JSON.parse(list.stdout) as Array<{ intensity: number }>).map((m) => m.intensity).sort()).toEqual([1, 3]);
  }, 60_000);
});
