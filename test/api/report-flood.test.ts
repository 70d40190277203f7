/**
 * Logging keeps going while reports are built (issue 10: a flood of GET /api/report
 * stopped logging). The real `headway serve` in its own process, on a five-year journal.
 *
 * Deterministic, not timed: twelve different reports are asked for at once, then twenty
 * moments are logged one after another. A server that builds reports on its event loop
 * takes every report request that has arrived before it commits a waiting moment (the
 * commit runs after the loop's I/O phase), so not even the first moment is saved before
 * the last report is answered. With the reports on the worker thread all twenty are
 * saved while reports are still being built.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { addDays, localDayOf } from '../../src/core/time.js';
import { systemClock } from '../../src/app/deps.js';
import { openJournal } from '../../src/app/person/openJournal.js';
import { randomIds } from '../../src/app/deps.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { baseEnv, BIN, ROOT, tempFolders } from '../headway-bin.js';
import { fillMoments } from '../insight/fill-moments.js';

const TOKEN = 'flood-test-token-0123456789abcdef';
const REPORTS = 12;
const MOMENTS = 20;
const folders = tempFolders('headway-report-flood-');
let server: ChildProcess | undefined;
let base = '';

beforeAll(async () => {
  const dataDir = folders.make();
  const today = localDayOf(systemClock.now());
  const store = await SqliteStore.open(dataDir);
  await openJournal({ store, clock: systemClock, newId: randomIds }, { personId: LOCAL_PERSON_ID, country: 'GB' });
  await fillMoments(store, LOCAL_PERSON_ID, { count: 12_000, days: 5 * 365, lastDay: today, triggers: 12 });
  await store.close();

  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: baseEnv({ HEADWAY_DATA_DIR: dataDir, HEADWAY_TOKEN: TOKEN }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 45_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const open = /Open: (http:\/\/[^/\s]+)\/\?token=/.exec(out);
      if (open?.[1]) {
        clearTimeout(timer);
        resolve(open[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}, 120_000);

afterAll(() => {
  server?.kill('SIGKILL');
  folders.cleanup();
});

const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

describe('logging during a flood of reports', () => {
  it('saves every moment while the reports are still being built, and answers every report', async () => {
    const today = localDayOf(systemClock.now());
    let reportsAnswered = 0;
    // Different days, so that no two reports are the same work.
    const reports = Array.from({ length: REPORTS }, async (_, i) => {
      const res = await fetch(`${base}/api/report?weeks=all&asOf=${addDays(today, -i)}`, { headers });
      const body = await res.text();
      reportsAnswered++;
      return { status: res.status, bytes: body.length };
    });

    const statuses: number[] = [];
    for (let i = 0; i < MOMENTS; i++) {
      const res = await fetch(`${base}/api/moments`, { method: 'POST', headers, body: JSON.stringify({ trigger: 'Trigger 1', intensity: 5 }) });
      statuses.push(res.status);
    }
    const answeredWhenLogged = reportsAnswered;

    expect(statuses).toEqual(Array.from({ length: MOMENTS }, () => 201));
    expect(answeredWhenLogged).toBeLessThan(REPORTS);
    for (const r of await Promise.all(reports)) expect(r.status).toBe(200);
  }, 180_000);
});
