// Compares builds of Headway logging moments over HTTP, in alternating rounds with the
// bare Fastify route: bare, A, B, bare, A, B, … This VM's speed drifts by 2× within
// minutes, so a change is judged only against the build before it measured in the same
// minutes, never against a number written down earlier.
//
// Usage: node bench/ab-http.mjs [rounds=5] [seconds=8] name=folder [name=folder …]
//   Each folder is a built checkout (npm run build, or tsc + rolldown), e.g. a git worktree
//   of the commit before: git worktree add /tmp/before HEAD~1 && ln -s "$PWD/node_modules" /tmp/before/
//   With no folders, this checkout alone ("this=."). A folder may carry environment
//   variables for its server after an @: name=folder@KEY=VALUE,KEY2=VALUE2.
// Servers run pinned to core 0 and the load generator to core 1, as in http-log-moment.mjs.
// Per round it prints requests/s, p50/p99/max latency, server CPU per request (user +
// system, from /proc) and the load generator's own CPU per request; then medians, and
// each later build against the first paired round by round. The builds take turns going
// first within a round. Two servers of the same build (a=. b=.) show the noise floor: on
// this VM, 20 three-second rounds of one build against itself gave ×1.05.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_TOKEN as TOKEN, MOMENT_BODY as body, cpuSeconds, median, startProcess, tempDir } from './lib.mjs';

const args = process.argv.slice(2);
const numbers = args.filter((a) => /^\d+$/.test(a)).map(Number);
const ROUNDS = numbers[0] ?? 5;
const SECONDS = numbers[1] ?? 8;
const splitAt = (s, sep) => (s.includes(sep) ? [s.slice(0, s.indexOf(sep)), s.slice(s.indexOf(sep) + sep.length)] : [s, '']);
const builds = args.filter((a) => a.includes('=')).map((a) => splitAt(a, '='));
if (builds.length === 0) builds.push(['this', '.']);

spawnSync('taskset', ['-cp', '1', String(process.pid)]);
const ready = /Open: http:\/\/127\.0\.0\.1:(\d+)\//;
const servers = { bare: await startProcess([resolve('bench/bare-fastify.mjs'), '0'], {}, ready, 0) };
for (const [name, spec] of builds) {
  const [dir, vars] = splitAt(spec, '@');
  const env = Object.fromEntries(vars.split(',').filter(Boolean).map((kv) => splitAt(kv, '=')));
  const bin = resolve(dir, 'bin/headway.js');
  servers[name] = await startProcess([bin, 'serve', '--port', '0', '--data-dir', tempDir('headway-ab-')], { ...env, HEADWAY_TOKEN: TOKEN }, ready, 0);
}

async function load(name, seconds) {
  const { child, match } = servers[name];
  const port = match[1];
  const headers = { 'content-type': 'application/json', host: `127.0.0.1:${port}`, authorization: `Bearer ${TOKEN}` };
  const server0 = cpuSeconds(child.pid);
  const client0 = process.cpuUsage();
  const r = await autocannon({ url: `http://127.0.0.1:${port}/api/moments`, method: 'POST', connections: 20, duration: seconds, headers, body });
  const client = process.cpuUsage(client0);
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    serverUs: Math.round(((cpuSeconds(child.pid) - server0) * 1e6) / r.requests.total),
    clientUs: Math.round((client.user + client.system) / r.requests.total),
    failed: r.non2xx + r.errors,
  };
}

try {
  for (const name of Object.keys(servers)) await load(name, 2); // warm-up
  const rows = Object.fromEntries(Object.keys(servers).map((n) => [n, []]));
  for (let i = 0; i < ROUNDS; i++) {
    const parts = [];
    // The builds take turns going first, so no build always follows the same one.
    const names = builds.map(([name]) => name);
    const order = ['bare', ...names.slice(i % names.length), ...names.slice(0, i % names.length)];
    for (const name of order) {
      const r = await load(name, SECONDS);
      rows[name][i] = r;
      const ratio = name === 'bare' ? '' : ` ×${(r.rps / (rows.bare[i]?.rps ?? NaN)).toFixed(2)}`;
      parts.push(`${name} ${r.rps}/s${ratio} p50 ${r.p50} p99 ${r.p99} max ${r.max} ms, ${r.serverUs} µs (client ${r.clientUs})${r.failed ? `, ${r.failed} FAILED` : ''}`);
    }
    console.log(`round ${i + 1}: ${parts.join(' | ')}`);
  }
  for (const [name, list] of Object.entries(rows)) {
    const ratio = name === 'bare' ? '' : `, ÷ bare ${median(list.map((r, i) => r.rps / rows.bare[i].rps)).toFixed(2)}`;
    console.log(`${name}: median ${median(list.map((r) => r.rps))} req/s, p99 ${median(list.map((r) => r.p99))} ms, ${median(list.map((r) => r.serverUs))} µs per request${ratio}`);
  }
  // Each later build against the first, round by round: the drift is shared within a round,
  // so the paired figures are steadier than the medians above.
  const [first, ...later] = builds.map(([name]) => name);
  for (const name of later) {
    const speed = rows[name].map((r, i) => r.rps / rows[first][i].rps);
    const cpu = rows[name].map((r, i) => r.serverUs - rows[first][i].serverUs);
    const faster = speed.filter((x) => x > 1).length;
    console.log(`${name} against ${first}, paired by round: throughput ×${median(speed).toFixed(3)} (faster in ${faster} of ${speed.length} rounds), server CPU ${median(cpu) >= 0 ? '+' : ''}${median(cpu)} µs per request`);
  }
} finally {
  for (const { child } of Object.values(servers)) child.kill('SIGTERM');
}
