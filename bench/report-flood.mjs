// Logging a moment during a flood of GET /api/report (20 connections) on the five-year
// heavy journal (bench/report.mjs), for two or more builds side by side in one run: each
// build's server gets its own copy of the journal, and the builds take turns, round by
// round. Per round and build: the moments logged (2 connections, one after another on
// each) with their p50/p99/max latency and failures, and the reports answered.
// Target (issue 10): logging keeps p99 ≤ 50 ms with no failed request.
//
// Usage: node bench/report-flood.mjs [rounds=2] [seconds=10] name=folder [name=folder …]
//   Each folder is a built checkout (tsc + rolldown), e.g. a worktree of the commit before.
//   BENCH_REPORT_QUERY sets the report asked for (default "?weeks=26", the page's default);
//   BENCH_ACCEPT_ENCODING=gzip asks for reports as a browser does (default: no Accept-Encoding).
// Servers run pinned to core 0 and the load generators to core 1, as in http-log-moment.mjs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_TOKEN as TOKEN, MOMENT_BODY as body, median, startProcess, tempDir } from './lib.mjs';

const args = process.argv.slice(2);
const numbers = args.filter((a) => /^\d+$/.test(a)).map(Number);
const ROUNDS = numbers[0] ?? 2;
const SECONDS = numbers[1] ?? 10;
const QUERY = process.env.BENCH_REPORT_QUERY ?? '?weeks=26';
const ACCEPT = process.env.BENCH_ACCEPT_ENCODING;
const builds = args.filter((a) => a.includes('=')).map((a) => [a.slice(0, a.indexOf('=')), resolve(a.slice(a.indexOf('=') + 1))]);
if (builds.length === 0) builds.push(['this', resolve('.')]);
const { fill } = await import(resolve('bench/report.mjs'));
const clock = { now: () => '2026-11-20T21:00:00+01:00' };

spawnSync('taskset', ['-cp', '1', String(process.pid)]);
const ready = /Open: http:\/\/127\.0\.0\.1:(\d+)\//;
const servers = {};
for (const [name, dir] of builds) {
  const data = tempDir(`headway-flood-${name}-`);
  const { SqliteStore } = await import(`${dir}/dist/store/sqlite.js`);
  const store = await SqliteStore.open(data);
  await fill(store, clock);
  await store.close();
  servers[name] = await startProcess([resolve(dir, 'bin/headway.js'), 'serve', '--port', '0', '--data-dir', data], { HEADWAY_TOKEN: TOKEN }, ready, 0);
}

/** CPU seconds of the server's main thread alone (its event loop), from /proc (Linux). */
function mainThreadCpu(pid) {
  const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** One round: moments logged for `seconds`, during a report flood unless `alone`. */
async function round(name, seconds, alone = false) {
  const { child, match } = servers[name];
  const port = match[1];
  const headers = { host: `127.0.0.1:${port}`, authorization: `Bearer ${TOKEN}` };
  const cpu0 = mainThreadCpu(child.pid);
  const reportHeaders = ACCEPT === undefined ? headers : { ...headers, 'accept-encoding': ACCEPT };
  const reports = alone ? null : autocannon({ url: `http://127.0.0.1:${port}/api/report${QUERY}`, connections: 20, duration: seconds, headers: reportHeaders, timeout: 60 });
  const moments = autocannon({ url: `http://127.0.0.1:${port}/api/moments`, method: 'POST', connections: 2, duration: seconds, headers: { ...headers, 'content-type': 'application/json' }, body, timeout: 60 });
  const [r, m] = await Promise.all([reports, moments]);
  const mainCpu = mainThreadCpu(child.pid) - cpu0;
  if (r === null) return { momentsLogged: m.requests.total, momentsPerSecond: Math.round(m.requests.average), logP50ms: m.latency.p50, logP99ms: m.latency.p99, logMaxMs: m.latency.max, logFailed: m.non2xx + m.errors + m.timeouts };
  return {
    mainThreadBusyShare: Number((mainCpu / seconds).toFixed(2)),
    momentsLogged: m.requests.total,
    momentsPerSecond: Math.round(m.requests.average),
    logP50ms: m.latency.p50,
    logP99ms: m.latency.p99,
    logMaxMs: m.latency.max,
    logFailed: m.non2xx + m.errors + m.timeouts,
    reportsAnswered: r.requests.total,
    reportP50ms: r.latency.p50,
    reportP99ms: r.latency.p99,
    reportFailed: r.non2xx + r.errors + r.timeouts,
  };
}

try {
  for (const name of Object.keys(servers)) await round(name, 2); // warm-up (and the worker's start)
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 === 0 ? Object.keys(servers) : Object.keys(servers).reverse();
    const row = {};
    for (const name of order) {
      row[`${name} (logging alone)`] = await round(name, Math.ceil(SECONDS / 2), true);
      row[name] = await round(name, SECONDS);
    }
    rounds.push(row);
    console.error(JSON.stringify(row));
  }
  const summary = Object.fromEntries(
    Object.keys(servers).map((name) => {
      const rs = rounds.map((r) => r[name]);
      const alone = rounds.map((r) => r[`${name} (logging alone)`]);
      return [name, {
        logAloneP99ms: median(alone.map((r) => r.logP99ms)),
        logP99ms: median(rs.map((r) => r.logP99ms)),
        momentsLogged: rs.reduce((n, r) => n + r.momentsLogged, 0),
        logMaxMs: Math.max(...rs.map((r) => r.logMaxMs)),
        momentsPerSecond: median(rs.map((r) => r.momentsPerSecond)),
        logFailed: rs.reduce((n, r) => n + r.logFailed, 0),
        reportsAnswered: rs.reduce((n, r) => n + r.reportsAnswered, 0),
        reportFailed: rs.reduce((n, r) => n + r.reportFailed, 0),
        // A round in which no moment was saved at all has no latency to show: it fails.
        pass: median(rs.map((r) => r.logP99ms)) <= 50 && rs.every((r) => r.logFailed === 0 && r.momentsLogged > 0),
      }];
    }),
  );
  console.log(JSON.stringify({ query: QUERY, acceptEncoding: ACCEPT ?? null, seconds: SECONDS, rounds, summary }, null, 2));
} finally {
  for (const s of Object.values(servers)) s.child.kill('SIGTERM');
}
