// Logging a moment over HTTP on the embedded store (durable commits: each response waits
// for the WAL fsync), at 20 concurrent connections, against a bare Fastify route
// measured in the same run. Target (issue 2): p99 ≤ 5 ms and at least half the bare
// route's throughput.
//
// This VM's speed drifts by 2× within a minute, so the two servers are measured in
// alternating rounds (bare, Headway, bare, Headway, …), each round `BENCH_SECONDS`
// long (10 s default), and the medians are reported with every round. Servers run
// pinned to core 0 and the load generator to core 1.
import { spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { BENCH_TOKEN as TOKEN, MOMENT_BODY as body, cpuSeconds, median, startProcess, tempDir } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SERVER_CPU = 0;
const CLIENT_CPU = 1;

async function load(url, headers, pid, seconds) {
  const cpu0 = cpuSeconds(pid);
  const r = await autocannon({ url, method: 'POST', connections: 20, duration: seconds, headers, body });
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    maxMs: r.latency.max,
    serverCpuUsPerRequest: Math.round(((cpuSeconds(pid) - cpu0) * 1e6) / r.requests.total),
    non2xx: r.non2xx,
    errors: r.errors,
    total: r.requests.total,
  };
}

export async function benchHttp() {
  spawnSync('taskset', ['-cp', String(CLIENT_CPU), String(process.pid)]);
  const ready = /Open: http:\/\/127\.0\.0\.1:(\d+)\//;
  const headway = await startProcess(['bin/headway.js', 'serve', '--port', '0', '--data-dir', tempDir('headway-bench-http-')], { HEADWAY_TOKEN: TOKEN }, ready, SERVER_CPU);
  const bare = await startProcess(['bench/bare-fastify.mjs', '0'], {}, ready, SERVER_CPU);
  try {
    const hp = headway.match[1];
    const targets = {
      bare: { url: `http://127.0.0.1:${bare.match[1]}/api/moments`, headers: { 'content-type': 'application/json' }, pid: bare.child.pid },
      headway: {
        url: `http://127.0.0.1:${hp}/api/moments`,
        headers: { 'content-type': 'application/json', host: `127.0.0.1:${hp}`, authorization: `Bearer ${TOKEN}` },
        pid: headway.child.pid,
      },
    };
    for (const t of Object.values(targets)) await load(t.url, t.headers, t.pid, 2); // warm-up
    const rounds = [];
    for (let i = 0; i < ROUNDS; i++) {
      const b = await load(targets.bare.url, targets.bare.headers, targets.bare.pid, SECONDS);
      const h = await load(targets.headway.url, targets.headway.headers, targets.headway.pid, SECONDS);
      rounds.push({ bare: b, headway: h, throughputRatio: Number((h.requestsPerSecond / b.requestsPerSecond).toFixed(2)) });
    }
    const summary = {
      headwayRequestsPerSecond: median(rounds.map((r) => r.headway.requestsPerSecond)),
      bareRequestsPerSecond: median(rounds.map((r) => r.bare.requestsPerSecond)),
      headwayP99ms: median(rounds.map((r) => r.headway.p99ms)),
      throughputRatio: median(rounds.map((r) => r.throughputRatio)),
      headwayCpuUsPerRequest: median(rounds.map((r) => r.headway.serverCpuUsPerRequest)),
      bareCpuUsPerRequest: median(rounds.map((r) => r.bare.serverCpuUsPerRequest)),
      failedRequests: rounds.reduce((n, r) => n + r.headway.non2xx + r.headway.errors, 0),
    };
    return {
      summary,
      rounds,
      pass: summary.headwayP99ms <= 5 && summary.throughputRatio >= 0.5 && summary.failedRequests === 0,
    };
  } finally {
    headway.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchHttp(), null, 2));
