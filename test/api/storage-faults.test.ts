/**
 * Storage faults while the server runs, each made for real: the disk holding the journal
 * fills up (a tiny tmpfs), the file is damaged under it, and a read-only journal is served
 * by the real binary running as `nobody` (root ignores permissions). Each answers with its
 * stable code, never a 500; the server keeps answering, and nothing is half-written.
 */
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness.js';
import { BIN, ROOT, baseEnv, headway, tempFolders } from '../headway-bin.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { NOBODY, fillDisk, freeDisk, mountTmpfs, whyNoRoot } from '../storage-faults.js';

const folders = tempFolders('headway-api-faults-');
afterAll(() => folders.cleanup());
const noRoot = whyNoRoot();

const logMoment = (h: Harness, intensity: number) => h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Noise next door', intensity } });
const intensities = async (h: Harness) => ((await h.call({ method: 'GET', url: '/api/moments' })).json().items as Array<{ intensity: number }>).map((m) => m.intensity).sort();

describe.skipIf(noRoot !== undefined)(`a full disk under a running server${noRoot ? ` (skipped: ${noRoot})` : ''}`, () => {
  it('answers 507 storage_full, keeps answering, half-writes nothing, and saves again once space is freed', async (ctx) => {
    const mountPoint = join(folders.make(), 'disk');
    const disk = mountTmpfs(mountPoint, '2m');
    if (!disk) return ctx.skip('mount is not permitted here');
    let h: Harness | undefined;
    try {
      h = await startHarness({ store: await SqliteStore.open(join(mountPoint, 'data')) });
      expect((await logMoment(h, 1)).statusCode).toBe(201);
      const filler = fillDisk(mountPoint);
      const full = await logMoment(h, 2);
      expect([full.statusCode, full.json().error.code]).toEqual([507, 'storage_full']);
      expect(full.json().error.message).toMatch(/is full.*Nothing was lost.*Free some space/);
      expect(full.json().error.message).not.toContain(mountPoint);
      const plan = await h.call({ method: 'PUT', url: '/api/safety-plan', payload: { steps: { warningSigns: ['Not sleeping', 'Pulling away from friends'] } } });
      expect([plan.statusCode, plan.json().error.code]).toEqual([507, 'storage_full']);
      expect((await h.call({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      expect(await intensities(h)).toEqual([1]);
      expect((await h.call({ method: 'GET', url: '/api/safety-plan' })).json().updatedAt).toBeNull();
      freeDisk(filler);
      expect((await logMoment(h, 3)).statusCode).toBe(201);
      expect(await intensities(h)).toEqual([1, 3]);
    } finally {
      await h?.close();
      disk.unmount();
    }
  });
});

describe('a journal file damaged under a running server', () => {
  it('answers 503 database_damaged for reads and writes, never a 500', async () => {
    const h = await startHarness();
    try {
      for (const i of [1, 2, 3]) expect((await logMoment(h, i)).statusCode).toBe(201);
      const file = join(h.dataDir, 'headway.sqlite3');
      // Another connection moves everything into the file, the pages after the first are
      // overwritten with noise, then a commit of that connection makes the server read afresh.
      const other = new Database(file);
      other.pragma('wal_checkpoint(TRUNCATE)');
      const pageSize = other.pragma('page_size', { simple: true }) as number;
      const fd = openSync(file, 'r+');
      const noise = Buffer.alloc(statSync(file).size - pageSize, 0x5a);
      writeSync(fd, noise, 0, noise.length, pageSize);
      closeSync(fd);
      other.exec('BEGIN IMMEDIATE; PRAGMA user_version = 99; COMMIT');
      other.close();
      for (const r of [await h.call({ method: 'GET', url: '/api/moments' }), await logMoment(h, 4)]) {
        expect([r.statusCode, r.json().error.code]).toEqual([503, 'database_damaged']);
        expect(r.json().error.message).toMatch(/is damaged.*import backup\.json/);
        // An HTTP answer names no path on this computer (the CLI's words do).
        expect(r.json().error.message).not.toContain(h.dataDir);
      }
      expect((await h.call({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await h.close();
    }
  });
});

describe.skipIf(noRoot !== undefined)(`a read-only journal served by the real binary as nobody${noRoot ? ` (skipped: ${noRoot})` : ''}`, () => {
  it('serves reads, and answers writes 503 storage_read_only', async () => {
    const dir = folders.make();
    chmodSync(dir, 0o755);
    chownSync(dir, NOBODY, NOBODY);
    const dataDir = join(dir, 'data');
    expect((await headway(['log', 'moment', '--trigger', 'Noise', '--intensity', '4'], { HEADWAY_DATA_DIR: dataDir })).code).toBe(0);
    chownSync(dataDir, NOBODY, NOBODY);
    chownSync(join(dataDir, 'headway.sqlite3'), NOBODY, NOBODY);
    chmodSync(join(dataDir, 'headway.sqlite3'), 0o400);
    const token = 'read-only-token-0123456789';
    const argv = [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, 'serve', '--port', '0'];
    const server = spawn('setpriv', argv, { cwd: ROOT, env: baseEnv({ HEADWAY_DATA_DIR: dataDir, HEADWAY_TOKEN: token }) });
    try {
      const port = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        server.stderr.on('data', (d: Buffer) => (out += d.toString()));
        server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
      });
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const list = await fetch(`http://127.0.0.1:${port}/api/moments`, { headers });
      expect(list.status).toBe(200);
      expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(1);
      const write = await fetch(`http://127.0.0.1:${port}/api/moments`, { method: 'POST', headers, body: JSON.stringify({ trigger: 'Noise', intensity: 5 }) });
      expect(write.status).toBe(503);
      const refused = (await write.json()) as { error: { code: string; message: string } };
      expect(refused.error.code).toBe('storage_read_only');
      expect(refused.error.message).not.toContain(dataDir);
      expect(statSync(join(dataDir, 'headway.sqlite3')).mode & 0o777).toBe(0o400);
      expect(readFileSync(join(dataDir, 'headway.sqlite3')).length).toBeGreaterThan(0);
    } finally {
      server.kill();
    }
  });
});
