// Shared bench helpers: start a process and wait for a line, percentiles, a temp folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tempDir = (prefix) => mkdtempSync(join(tmpdir(), prefix));

/**
 * Spawns `node args…` and resolves when a stdout line matches `ready`. With `cpu`, the
 * process is pinned to that core (taskset), so a server and the load generator do not
 * take turns on the same core and runs are comparable.
 */
export function startProcess(args, env, ready, cpu) {
  return new Promise((resolve, reject) => {
    const [cmd, argv] = cpu === undefined ? [process.execPath, args] : ['taskset', ['-c', String(cpu), process.execPath, ...args]];
    const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`not ready: ${out}`)), 20_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m });
      }
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

/** The token the HTTP benches start Headway with, and the moment they log. */
export const BENCH_TOKEN = 'bench-token-0123456789abcdef';
export const MOMENT_BODY = JSON.stringify({ trigger: 'Criticism at work', intensity: 6, bodyState: 'hyper', settledMinutes: 30, note: 'bench' });

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s)
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
