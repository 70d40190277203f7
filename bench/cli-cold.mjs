// `headway log moment …` from the shell, each run a new (cold) node process, on a data
// folder that already holds a demo half-year. Target (issue 2): ≤ 300 ms wall.
import { spawnSync } from 'node:child_process';
import { percentile, tempDir } from './lib.mjs';

export function benchCli(runs = Number(process.env.BENCH_CLI_RUNS ?? 20)) {
  const dataDir = tempDir('headway-bench-cli-');
  const env = { ...process.env, HEADWAY_DATA_DIR: dataDir };
  spawnSync(process.execPath, ['bin/headway.js', 'demo'], { env });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['bin/headway.js', 'log', 'moment', '--trigger', 'Criticism at work', '--intensity', '5', '--strategy', 'A walk=helped'], { env });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`log moment failed: ${r.stderr}`);
    times.push(ms);
  }
  const nodeOnly = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    nodeOnly.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  nodeOnly.sort((a, b) => a - b);
  const r = (x) => Math.round(x);
  return {
    runs,
    p50ms: r(percentile(times, 50)),
    p95ms: r(percentile(times, 95)),
    maxMs: r(times.at(-1)),
    bareNodeStartP50ms: r(percentile(nodeOnly, 50)),
    // The target is a typical cold run; p95 is reported too (this VM's own start jitters by ~100 ms).
    pass: percentile(times, 50) <= 300,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(benchCli(), null, 2));
