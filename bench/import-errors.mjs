// Huge imports over HTTP (issue 10): a million `{}` moments, 100,000 of them, a FHIR
// Bundle of 300,000 empty QuestionnaireResponses, a valid 100,000-moment import, and
// bodies whose shape no Headway file has: 66 MB of nested lists, and one object of 3
// million keys (as an export's moment and as a FHIR resource).
// Each case runs against a fresh server process; while the import runs, GET /api/health
// is asked every 20 ms, and the slowest of those answers is reported with the import's
// time, status, answer size and the server's peak RSS (sampled every 20 ms, so a server
// that dies of its heap still has a number).
//
//   node bench/import-errors.mjs [folder of a built Headway …]   (default .)
//
// With two folders (a build before and after a change), each case runs on one, then the
// other, BENCH_ROUNDS times (default 1), so both see the same load. BENCH_CASES picks
// cases by number (e.g. "1,4").
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { BENCH_TOKEN as TOKEN, startProcess, tempDir } from './lib.mjs';

const roots = (process.argv.length > 2 ? process.argv.slice(2) : ['.']).map((r) => resolve(r));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 120_000);

const header = { format: 'headway.export', version: 2, exportedAt: '2026-01-01T00:00:00+00:00', person: { displayName: '', country: 'GB' } };
const empty = { toolkit: [], triggers: [], moments: [], checkins: [], practices: [], shifts: [] };

function emptyMoments(n) {
  const text = JSON.stringify({ ...header, ...empty });
  return text.replace('"moments":[]', `"moments":[${Array(n).fill('{}').join(',')}]`);
}

function validMoments(n) {
  const at = (i) => new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString().replace('.000Z', '+00:00');
  const hex = (i) => i.toString(16).padStart(12, '0');
  const moments = Array.from({ length: n }, (_, i) => ({
    id: `01900000-0000-7000-8000-${hex(i)}`,
    occurredAt: at(i),
    trigger: `Trigger ${i % 10}`,
    intensity: i % 11,
    bodyState: null,
    thought: null,
    followedThought: null,
    recognizedEarly: false,
    handledDifferently: i % 2 === 0,
    settledMinutes: 20,
    strategies: [{ name: 'Breathing', helped: true }],
    note: null,
    createdAt: at(i),
    updatedAt: at(i),
  }));
  const toolkit = [{ name: 'Breathing', role: 'coping', function: 'ground', archived: false, createdAt: at(0), updatedAt: at(0) }];
  const triggers = Array.from({ length: 10 }, (_, i) => ({ name: `Trigger ${i}`, createdAt: at(0) }));
  return JSON.stringify({ ...header, ...empty, toolkit, triggers, moments });
}

const nestedLists = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function manyKeys(n) {
  const keys = Array.from({ length: n }, (_, i) => `"k${i}":1`).join(',');
  return `{${keys}}`;
}

const fhirBundle = (n) =>
  JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: Array.from({ length: n }, () => ({ resource: { resourceType: 'QuestionnaireResponse' } })) });

const vmRssMb = (pid) => {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    return 0; // the process has gone
  }
};

async function runCase(root, name, url, body) {
  const server = await startProcess(
    [`${root}/bin/headway.js`, 'serve', '--port', '0', '--data-dir', tempDir('headway-bench-import-')],
    { HEADWAY_TOKEN: TOKEN },
    /Open: http:\/\/127\.0\.0\.1:(\d+)\//,
  );
  const port = server.match[1];
  const headers = { host: `127.0.0.1:${port}`, authorization: `Bearer ${TOKEN}` };
  const base = `http://127.0.0.1:${port}`;
  let exited = null;
  server.child.on('exit', (code, signal) => (exited = signal ?? code));
  const rssBefore = vmRssMb(server.child.pid);
  let peakRssMb = rssBefore;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, vmRssMb(server.child.pid))), 20);
  let done = false;
  const health = { asked: 0, failed: 0, slowestMs: 0 };
  const pinger = (async () => {
    while (!done) {
      const t = performance.now();
      health.asked++;
      try {
        const r = await fetch(`${base}/api/health`, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (!r.ok) health.failed++;
        await r.arrayBuffer();
      } catch {
        health.failed++;
      }
      health.slowestMs = Math.max(health.slowestMs, Math.round(performance.now() - t));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const t0 = performance.now();
  let status;
  let answerBytes = 0;
  let problems = null;
  try {
    const r = await fetch(`${base}${url}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    status = r.status;
    const text = await r.text();
    answerBytes = text.length;
    const e = JSON.parse(text).error;
    if (e) problems = { listed: e.problems?.length ?? 0, total: e.problemCount ?? null };
  } catch (error) {
    status = `failed (${error.name})`;
  }
  const ms = Math.round(performance.now() - t0);
  done = true;
  await pinger;
  clearInterval(sampler);
  server.child.kill();
  return { root, case: name, bodyMb: Number((body.length / 1e6).toFixed(1)), status, ms, answerKb: Math.round(answerBytes / 1024), problems, peakRssMb, rssAtStartMb: rssBefore, serverExited: exited, health };
}

const CASES = [
  ['1,000,000 {} moments', '/api/import', () => emptyMoments(1_000_000)],
  ['100,000 {} moments', '/api/import', () => emptyMoments(100_000)],
  ['FHIR Bundle, 300,000 empty responses', '/api/fhir/import', () => fhirBundle(300_000)],
  ['valid, 100,000 moments', '/api/import', () => validMoments(100_000)],
  ['66 MB of nested lists', '/api/import', () => nestedLists(33_000_000)],
  ['a moment of 3,000,000 keys', '/api/import', () => emptyMoments(1).replace('"moments":[{}]', `"moments":[${manyKeys(3_000_000)}]`)],
  ['a FHIR resource of 3,000,000 keys', '/api/fhir/import', () => manyKeys(3_000_000)],
];
const picked = process.env.BENCH_CASES ? process.env.BENCH_CASES.split(',').map(Number) : CASES.map((_, i) => i + 1);
const results = [];
for (const n of picked) {
  const [name, url, make] = CASES[n - 1];
  const body = make();
  for (let round = 0; round < ROUNDS; round++) for (const root of roots) results.push(await runCase(root, name, url, body));
}
console.log(JSON.stringify({ when: new Date().toISOString(), node: process.version, loadAverageAtStart: loadavg(), results }, null, 2));
