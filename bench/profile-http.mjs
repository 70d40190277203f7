// Profiles the Headway server while it logs moments over HTTP (the load of
// bench/http-log-moment.mjs): starts `headway serve` under `node --cpu-prof`, drives it
// with autocannon for PROFILE_SECONDS (10 s default), stops it, and prints the functions
// with the most self time, then the most inclusive time. The .cpuprofile stays in PROFILE_DIR (a temp folder) for
// Chrome DevTools. PROFILE_ENTRY=dist/cli/main.js profiles the unbundled build, whose
// function names are readable (the bundle is minified).
// Usage: npm run build && node bench/profile-http.mjs [top=40]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_TOKEN as TOKEN, MOMENT_BODY as body, startProcess, tempDir } from './lib.mjs';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
const TOP = Number(process.argv[2] ?? 40);
const dir = process.env.PROFILE_DIR ?? tempDir('headway-profile-');

const keyOf = (f) => `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;

/**
 * Time per function (name + location), and its share of all samples: self time, or with
 * `inclusive` the time of every sample with the function anywhere on its stack.
 */
export function summarise(profile, top, inclusive = false) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const dt = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const t = dt[i] ?? 0;
    total += t;
    const keys = new Set();
    for (let n = id; n !== undefined; n = inclusive ? parent.get(n) : undefined) keys.add(keyOf(byId.get(n).callFrame));
    for (const key of keys) self.set(key, (self.get(key) ?? 0) + t);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  spawnSync('taskset', ['-cp', '1', String(process.pid)]);
  const ready = /Open: http:\/\/127\.0\.0\.1:(\d+)\//;
  const server = await startProcess(
    ['--cpu-prof', '--cpu-prof-dir', dir, process.env.PROFILE_ENTRY ?? 'bin/headway.js', 'serve', '--port', '0', '--data-dir', tempDir('headway-profile-data-')],
    { HEADWAY_TOKEN: TOKEN },
    ready,
    0,
  );
  const port = server.match[1];
  const r = await autocannon({
    url: `http://127.0.0.1:${port}/api/moments`,
    method: 'POST',
    connections: 20,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', host: `127.0.0.1:${port}`, authorization: `Bearer ${TOKEN}` },
    body,
  });
  const exited = new Promise((resolve) => server.child.on('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  console.log(`${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}; profile: ${join(dir, file)}`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  console.log('--- self time');
  console.log(summarise(profile, TOP));
  console.log('--- inclusive time');
  console.log(summarise(profile, TOP, true));
}
