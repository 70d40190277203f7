// Logging a moment over HTTP on the embedded store (durable commits), at 20 concurrent
// connections for 10 s, against a bare Fastify route measured in the same run.
// Target (issue 2): p99 ≤ 5 ms and at least half the bare route's throughput.
import autocannon from 'autocannon';
import { startProcess, tempDir } from './lib.mjs';

const TOKEN = 'bench-token-0123456789abcdef';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const body = JSON.stringify({ trigger: 'Criticism at work', intensity: 6, bodyState: 'hyper', settledMinutes: 30, note: 'bench' });

async function load(url, headers) {
  // warm-up, then the measured run
  await autocannon({ url, method: 'POST', connections: 20, duration: 2, headers, body });
  const r = await autocannon({ url, method: 'POST', connections: 20, duration: SECONDS, headers, body });
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    maxMs: r.latency.max,
    non2xx: r.non2xx,
    errors: r.errors,
    total: r.requests.total,
  };
}

export async function benchHttp() {
  const dataDir = tempDir('headway-bench-http-');
  const headway = await startProcess(
    ['bin/headway.js', 'serve', '--port', '0', '--data-dir', dataDir],
    { HEADWAY_TOKEN: TOKEN, HEADWAY_LOG_LEVEL: 'silent' },
    /Open: http:\/\/127\.0\.0\.1:(\d+)\//,
  );
  const bare = await startProcess(['bench/bare-fastify.mjs', '0'], {}, /Open: http:\/\/127\.0\.0\.1:(\d+)\//);
  try {
    const hp = headway.match[1];
    const bp = bare.match[1];
    const json = { 'content-type': 'application/json' };
    const bareResult = await load(`http://127.0.0.1:${bp}/api/moments`, json);
    const headwayResult = await load(`http://127.0.0.1:${hp}/api/moments`, {
      ...json,
      host: `127.0.0.1:${hp}`,
      authorization: `Bearer ${TOKEN}`,
    });
    const ratio = headwayResult.requestsPerSecond / bareResult.requestsPerSecond;
    return {
      headway: headwayResult,
      bareFastify: bareResult,
      throughputRatio: Number(ratio.toFixed(2)),
      pass: headwayResult.p99ms <= 5 && ratio >= 0.5 && headwayResult.non2xx === 0 && headwayResult.errors === 0,
    };
  } finally {
    headway.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchHttp(), null, 2));
