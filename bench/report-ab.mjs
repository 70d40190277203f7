// The report in-process for the five-year heavy user (bench/report.mjs's journal), for two
// or more builds side by side in one run: each build fills its own copy of the journal
// (same seed), then the builds take turns building each report, so a drift in this VM's
// speed hits them alike. Per build and period: median and best wall time, median CPU time
// of the process (includes the garbage collector's threads), and the answer's size.
// Targets (issue 10): the all-five-years report ≤ 500 KB and ≤ 300 ms; the default
// 26-week report no slower than the build before.
//
// Usage: node bench/report-ab.mjs [runs=9] name=folder [name=folder …]
//   Each folder is a built checkout (tsc), e.g. a worktree of the commit before:
//   git worktree add /tmp/base 29440d2 && ln -s "$PWD/node_modules" /tmp/base/ && (cd /tmp/base && npx tsc -p tsconfig.build.json)
import { resolve } from 'node:path';
import { median, tempDir } from './lib.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? 9);
const builds = args.filter((a) => a.includes('=')).map((a) => [a.slice(0, a.indexOf('=')), resolve(a.slice(a.indexOf('=') + 1))]);
if (builds.length === 0) builds.push(['this', resolve('.')]);
const AS_OF = '2026-11-20';
const P = '00000000-0000-4000-8000-000000000001';
const clock = { now: () => `${AS_OF}T21:00:00+01:00` };

const opened = [];
for (const [name, dir] of builds) {
  const { SqliteStore } = await import(`${dir}/dist/store/sqlite.js`);
  const { buildReport } = await import(`${dir}/dist/app/insight/buildReport.js`);
  const { fill } = await import(`${resolve('bench/report.mjs')}`);
  const data = tempDir(`headway-report-ab-${name}-`);
  // The same journal for every build, written by this checkout's fill through each build's own store.
  const filler = await SqliteStore.open(data);
  await fill(filler, clock);
  await filler.close();
  const store = await SqliteStore.open(data);
  opened.push({ name, store, build: (weeks) => buildReport({ store, clock, newId: () => 'unused' }, P, { asOf: AS_OF, weeks }) });
}

const results = {};
for (const [label, weeks] of [['all five years', null], ['last 26 weeks', 26]]) {
  const runs = Object.fromEntries(opened.map((b) => [b.name, { wall: [], cpu: [], bytes: 0 }]));
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? opened : [...opened].reverse();
    for (const b of order) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const report = await b.build(weeks);
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      runs[b.name].wall.push(wall);
      runs[b.name].cpu.push((cpu.user + cpu.system) / 1000);
      runs[b.name].bytes = JSON.stringify(report).length;
    }
  }
  const r1 = (x) => Number(x.toFixed(1));
  results[label] = Object.fromEntries(
    Object.entries(runs).map(([name, r]) => [name, { medianMs: r1(median(r.wall)), bestMs: r1(Math.min(...r.wall)), medianCpuMs: r1(median(r.cpu)), kilobytes: r1(r.bytes / 1000) }]),
  );
}
for (const b of opened) await b.store.close();
console.log(JSON.stringify({ runs: RUNS, results }, null, 2));
