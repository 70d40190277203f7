// Logging a moment over HTTP while `headway import` of 100,000 moments runs in another
// process (issue 10). The import holds SQLite's write lock for its whole transaction;
// the server must keep answering meanwhile and no write may fail or wait longer than the
// lock time-out (5 s). Four clients each log a moment, wait 20 ms, and log again (a few
// people's worth of logging, not a flood), while a fifth asks GET /api/health every 50 ms:
// a health check that waits means the event loop is blocked.
//
// Usage: node bench/import-lock.mjs [name=folder[@KEY=VALUE,…] …]  (default: this checkout, "this=.")
// Each folder is a built checkout (see ab-http.mjs); each runs the same scenario in turn,
// its own server (with the variables after @, e.g. @HEADWAY_LOCK_WAIT_SECONDS=15) and its
// own `headway import`, on the same generated file.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join, resolve } from 'node:path';
import { BENCH_TOKEN as TOKEN, MOMENT_BODY, percentile, startProcess, tempDir } from './lib.mjs';

const MOMENTS = Number(process.env.BENCH_MOMENTS ?? 100_000);
const CLIENTS = 4;
const LOCK_TIMEOUT_MS = 5_000; // the server's default (store/write-lock.ts)

/** A Headway export of `n` moments over five years, with notes and strategies, as `headway export` writes it. */
function exportFile(n) {
  const start = Date.parse('2021-01-01T08:00:00Z');
  const iso = (ms) => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
  const toolkit = ['A walk', 'Breathing', 'Calling a friend'].map((name, i) => ({
    name, role: 'coping', function: ['move', 'soothe', 'connect'][i], archived: false, createdAt: iso(start), updatedAt: iso(start),
  }));
  const triggers = Array.from({ length: 12 }, (_, i) => ({ name: `Trigger ${i + 1}`, createdAt: iso(start) }));
  const hex = (i, w) => i.toString(16).padStart(w, '0');
  const moments = Array.from({ length: n }, (_, i) => {
    const at = iso(start + i * Math.floor((5 * 365 * 86_400_000) / n));
    return {
      id: `01900000-${hex(i >> 16, 4)}-7${hex(i & 0xfff, 3)}-8000-${hex(i, 12)}`, occurredAt: at, trigger: triggers[i % 12].name,
      intensity: i % 11, bodyState: ['within', 'hyper', 'hypo'][i % 3], thought: null, followedThought: i % 2 === 0,
      recognizedEarly: i % 5 === 0, handledDifferently: false, settledMinutes: 10 + (i % 90),
      strategies: i % 4 === 0 ? [] : [{ name: toolkit[i % 3].name, helped: i % 2 === 1 }],
      note: i % 3 === 0 ? 'Felt it in my chest, then it eased' : null, createdAt: at, updatedAt: at,
    };
  });
  return {
    format: 'headway.export', version: 2, exportedAt: iso(Date.parse('2026-01-01T00:00:00Z')), person: { displayName: '', country: 'GB' },
    toolkit, triggers, moments, checkins: [], practices: [], shifts: [], measures: [], safetyPlan: null, schedules: [], safetyEvents: [],
  };
}

function call(agent, port, method, path, body) {
  const t0 = performance.now();
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers: {
      host: `127.0.0.1:${port}`, authorization: `Bearer ${TOKEN}`, ...(body && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
    } }, (res) => {
      res.resume();
      res.on('end', () => done({ t0, ms: performance.now() - t0, status: res.statusCode }));
    });
    req.on('error', () => done({ t0, ms: performance.now() - t0, status: 0 }));
    req.end(body);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50ms: Math.round(percentile(s, 50)), p99ms: Math.round(percentile(s, 99)), maxMs: Math.round(s.at(-1) ?? NaN) };
};

async function scenario(dir, vars, file) {
  const bin = resolve(dir, 'bin/headway.js');
  const dataDir = tempDir('headway-bench-lock-');
  const server = await startProcess([bin, 'serve', '--port', '0', '--data-dir', dataDir], { ...vars, HEADWAY_TOKEN: TOKEN, HEADWAY_LOG_LEVEL: 'silent' }, /Open: http:\/\/127\.0\.0\.1:(\d+)\//);
  const port = Number(server.match[1]);
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS + 1 });
  const writes = [];
  const health = [];
  let running = true;
  const writers = Array.from({ length: CLIENTS }, async () => {
    while (running) {
      writes.push(await call(agent, port, 'POST', '/api/moments', MOMENT_BODY));
      await sleep(20);
    }
  });
  const prober = (async () => {
    while (running) {
      health.push(await call(agent, port, 'GET', '/api/health'));
      await sleep(50);
    }
  })();
  try {
    await sleep(1_000);
    const importStart = performance.now();
    const imported = await new Promise((done) => {
      const child = spawn(process.execPath, [bin, '--data-dir', dataDir, 'import', file], { env: { ...process.env, HEADWAY_LOG_LEVEL: 'silent' } });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', (code) => done({ code, out: out.trim() }));
    });
    const importEnd = performance.now();
    await sleep(1_000);
    running = false;
    await Promise.all([...writers, prober]);
    const during = writes.filter((w) => w.t0 + w.ms >= importStart && w.t0 <= importEnd);
    const failed = during.filter((w) => w.status !== 201);
    const statuses = Object.fromEntries([...new Set(during.map((w) => w.status))].map((s) => [s, during.filter((w) => w.status === s).length]));
    const probes = health.filter((h) => h.t0 + h.ms >= importStart && h.t0 <= importEnd);
    const result = {
      importSeconds: Number(((importEnd - importStart) / 1000).toFixed(1)),
      importExit: imported.code,
      importSaid: imported.out.split('\n')[0],
      writesDuringImport: { count: during.length, failed: failed.length, statuses, ...stats(during.map((w) => w.ms)) },
      writesBefore: stats(writes.filter((w) => w.t0 + w.ms < importStart).map((w) => w.ms)),
      healthDuringImport: { count: probes.length, ...stats(probes.map((h) => h.ms)) },
    };
    const timeoutMs = vars.HEADWAY_LOCK_WAIT_SECONDS ? Number(vars.HEADWAY_LOCK_WAIT_SECONDS) * 1000 : LOCK_TIMEOUT_MS;
    return { ...result, pass: imported.code === 0 && failed.length === 0 && result.writesDuringImport.maxMs <= timeoutMs + 100 };
  } finally {
    running = false;
    agent.destroy();
    server.child.kill();
  }
}

const splitAt = (s, sep) => (s.includes(sep) ? [s.slice(0, s.indexOf(sep)), s.slice(s.indexOf(sep) + sep.length)] : [s, '']);
const builds = process.argv.slice(2).filter((a) => a.includes('=')).map((a) => splitAt(a, '='));
if (builds.length === 0) builds.push(['this', '.']);
const file = join(tempDir('headway-bench-lock-file-'), 'import.json');
writeFileSync(file, JSON.stringify(exportFile(MOMENTS)));
const results = { when: new Date().toISOString(), moments: MOMENTS, clients: CLIENTS };
for (const [name, spec] of builds) {
  const [dir, vars] = splitAt(spec, '@');
  results[name] = await scenario(dir, Object.fromEntries(vars.split(',').filter(Boolean).map((kv) => splitAt(kv, '='))), file);
}
console.log(JSON.stringify(results, null, 2));
