/**
 * An acknowledged write survives the process being killed outright. The real server
 * (`headway serve`) takes a stream of concurrent POST /api/moments, is SIGKILLed in the
 * middle of it, and is started again on the same folder: every moment that was answered
 * 201 must be there, with its intensity, and the database must pass an integrity check.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, baseEnv, tempFolders } from '../headway-bin.js';

const TOKEN = 'durability-test-token-0123456789';
const CYCLES = 3;
const WRITE_MS = 1_500;
const IN_FLIGHT = 8;

interface Server {
  child: ChildProcess;
  base: string;
  exited: Promise<number | null>;
}

const folders = tempFolders('headway-kill9-');
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  folders.cleanup();
});

/** Starts `headway serve --port 0` and resolves with its address once it prints "Open:". */
function startServer(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: baseEnv({ HEADWAY_DATA_DIR: dataDir, HEADWAY_TOKEN: TOKEN }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${out}\n${err}`)), 45_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const open = /Open: (http:\/\/[^/\s]+)\/\?token=/.exec(out);
      if (open?.[1]) {
        clearTimeout(timer);
        resolve({ child, base: open[1], exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready:\n${out}\n${err}`));
    });
  });
}

const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

interface Written {
  intensity: number;
  note: string;
}

/**
 * Keeps IN_FLIGHT POST /api/moments loops going for WRITE_MS, then SIGKILLs the server
 * mid-stream. Returns the moments answered 201, the requests cut off by the kill, and any
 * other answer the server gave.
 */
async function writeThenKill(server: Server, cycle: number) {
  const acked = new Map<string, Written>();
  const unexpected: number[] = [];
  let cutOff = 0;
  let inFlight = 0;
  let killed = false;
  const loop = async (worker: number) => {
    for (let i = 0; !killed; i++) {
      const written = { intensity: (cycle * 3 + worker + i) % 11, note: `cycle ${cycle}, writer ${worker}, moment ${i}` };
      inFlight++;
      try {
        const res = await fetch(`${server.base}/api/moments`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ trigger: `Trigger ${worker}`, ...written }),
        });
        if (res.status !== 201) unexpected.push(res.status);
        else acked.set(((await res.json()) as { id: string }).id, written);
      } catch {
        cutOff++; // the server died before answering: not acknowledged, so not promised
      } finally {
        inFlight--;
      }
    }
  };
  const loops = Array.from({ length: IN_FLIGHT }, (_, w) => loop(w));
  await new Promise((r) => setTimeout(r, WRITE_MS));
  const inFlightAtKill = inFlight;
  server.child.kill('SIGKILL');
  killed = true;
  await Promise.all(loops);
  expect(await server.exited).toBeNull(); // killed by the signal, not a clean exit
  return { acked, cutOff, inFlightAtKill, unexpected };
}

async function storedMoments(server: Server): Promise<Map<string, Written>> {
  const res = await fetch(`${server.base}/api/moments?limit=10000`, { headers });
  expect(res.status).toBe(200);
  const { items } = (await res.json()) as { items: Array<{ id: string } & Written> };
  return new Map(items.map((m) => [m.id, { intensity: m.intensity, note: m.note }]));
}

describe('durability under kill -9', () => {
  it('keeps every acknowledged moment across three SIGKILLs mid-stream, and the database stays intact', async () => {
    const dataDir = join(folders.make(), 'data');
    const promised = new Map<string, Written>();
    let server = await startServer(dataDir);

    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const { acked, cutOff, inFlightAtKill, unexpected } = await writeThenKill(server, cycle);
      console.log(`kill -9 #${cycle}: ${acked.size} writes acknowledged, ${inFlightAtKill} in flight at the kill, ${cutOff} of them unanswered`);
      expect(unexpected).toEqual([]);
      expect(acked.size).toBeGreaterThan(0);
      // The kill really landed mid-stream. (A request in flight may still be answered in
      // the few milliseconds the signal takes, so unanswered ones are not counted on.)
      expect(inFlightAtKill).toBeGreaterThan(0);
      for (const [id, w] of acked) promised.set(id, w);

      server = await startServer(dataDir);
      const stored = await storedMoments(server);
      const lost = [...promised]
        .filter(([id, w]) => stored.get(id)?.intensity !== w.intensity || stored.get(id)?.note !== w.note)
        .map(([id, w]) => `${id} (${w.note})`);
      expect(lost, `acknowledged but missing after restart #${cycle}`).toEqual([]);
    }

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const db = new Database(join(dataDir, 'headway.sqlite3'), { readonly: true });
    try {
      expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    } finally {
      db.close();
    }
    console.log(`kill -9: ${promised.size} acknowledged writes in all, none lost`);
  }, 60_000);
});
