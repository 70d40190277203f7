// Runs every benchmark and prints the results as JSON (copied into docs/PERFORMANCE.md).
// Needs a build (npm run build) and, for the Progress page, Debian's chromium.
import { loadavg } from 'node:os';
import { benchCli } from './cli-cold.mjs';
import { benchHttp } from './http-log-moment.mjs';
import { benchReport } from './report.mjs';
import { benchWebSize } from './web-size.mjs';

const results = {
  when: new Date().toISOString(),
  node: process.version,
  loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  web: benchWebSize(),
  cli: benchCli(),
  report: await benchReport(),
  http: await benchHttp(),
};
console.log(JSON.stringify(results, null, 2));
process.exitCode = results.web.pass && results.cli.pass && results.report.pass && results.http.pass ? 0 : 1;
