// The full "coping or healing?" report for a five-year heavy user (20,000 moments, 1,800
// check-ins) in-process. Targets (issue 3): ≤ 100 ms, and no more than 3× the time it
// takes just to read those rows from the store, measured in the same run.
import { buildReport } from '../dist/app/insight/buildReport.js';
import { openJournal } from '../dist/app/person/openJournal.js';
import { randomIds } from '../dist/app/deps.js';
import { LOCAL_PERSON_ID as P } from '../dist/core/ids.js';
import { addDays, formatInstant } from '../dist/core/time.js';
import { mulberry32 } from '../dist/core/stats/prng.js';
import { SqliteStore } from '../dist/store/sqlite.js';
import { tempDir, percentile } from './lib.mjs';

export const AS_OF = '2026-11-20';
const DAYS = 5 * 365;
const MOMENTS = 20_000;
const CHECKINS = 1_800;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);


export async function fill(store, clock) {
  const r = mulberry32(42);
  const deps = { store, clock, newId: randomIds };
  await openJournal(deps, { personId: P, country: 'GB' });
  const strategies = await store.listStrategies(P);
  const triggers = Array.from({ length: 12 }, (_, i) => ({ id: randomIds(), name: `Trigger ${i + 1}`, createdAt: clock.now() }));
  const start = addDays(AS_OF, -DAYS + 1);
  const at = (i, count) => formatInstant(Date.parse(`${start}T08:00:00Z`) + Math.floor(((i + r()) / count) * DAYS * 86_400_000 * 0.99), 60);
  await store.transaction(async (tx) => {
    for (const t of triggers) await tx.insertTrigger(P, t);
    for (let i = 0; i < MOMENTS; i++) {
      const occurredAt = at(i, MOMENTS);
      const picks = strategies.filter(() => r() < 0.12).slice(0, 3);
      await tx.insertEntry('moments', P, {
        id: randomIds(), occurredAt, triggerId: triggers[i % triggers.length].id,
        intensity: Math.max(0, Math.min(10, Math.round(7 - (3 * i) / MOMENTS + (r() - 0.5) * 3))),
        bodyState: ['within', 'hyper', 'hypo'][Math.floor(r() * 3)], thought: null, followedThought: r() < 0.5,
        recognizedEarly: r() < 0.4, handledDifferently: r() < 0.1, settledMinutes: Math.round(20 + r() * 120),
        strategies: picks.map((s) => ({ strategyId: s.id, helped: r() < 0.5 })), note: null,
        createdAt: occurredAt, updatedAt: occurredAt, deletedAt: null,
      });
    }
    for (let i = 0; i < CHECKINS; i++) {
      const occurredAt = at(i, CHECKINS);
      await tx.insertEntry('checkins', P, {
        id: randomIds(), occurredAt, distress: Math.round(r() * 10), mood: 1 + Math.floor(r() * 5),
        windowState: r() < 0.6 ? 'within' : 'hyper', sleepHours: 7, note: null, createdAt: occurredAt, updatedAt: occurredAt, deletedAt: null,
      });
    }
  });
}

async function time(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function benchReport() {
  const clock = { now: () => `${AS_OF}T21:00:00+01:00` };
  const dir = tempDir('headway-bench-report-');
  let store = await SqliteStore.open(dir);
  await fill(store, clock);
  await store.close();
  store = await SqliteStore.open(dir); // read from the file, as a person's next start would
  const deps = { store, clock, newId: randomIds };
  const read = async () => {
    await Promise.all([
      store.listEntries('moments', P, { until: AS_OF }), store.listEntries('checkins', P, { until: AS_OF }),
      store.listEntries('practices', P, { until: AS_OF }), store.listEntries('shifts', P, { until: AS_OF }),
      store.listStrategies(P), store.listTriggers(P),
    ]);
  };
  const results = {};
  for (const [label, weeks] of [['all five years', null], ['last 26 weeks', 26]]) {
    const reads = [];
    const reports = [];
    let report;
    for (let i = 0; i < RUNS; i++) {
      reads.push(await time(read));
      reports.push(await time(async () => (report = await buildReport(deps, P, { asOf: AS_OF, weeks }))));
    }
    reads.sort((a, b) => a - b);
    reports.sort((a, b) => a - b);
    const r = (x) => Number(x.toFixed(1));
    results[label] = {
      momentsInReport: report.counts.moments,
      readAllRowsMedianMs: r(percentile(reads, 50)),
      reportMedianMs: r(percentile(reports, 50)),
      reportP90Ms: r(percentile(reports, 90)),
      reportOverRead: r(percentile(reports, 50) / percentile(reads, 50)),
    };
  }
  await store.close();
  const all = results['all five years'];
  return { ...results, pass: all.reportMedianMs <= 100 && all.reportOverRead <= 3 };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchReport(), null, 2));
