// Runs every benchmark and prints the results as JSON (copied into docs/PERFORMANCE.md).
import { benchCli } from './cli-cold.mjs';
import { benchHttp } from './http-log-moment.mjs';
import { benchWebSize } from './web-size.mjs';

const results = { when: new Date().toISOString(), node: process.version, web: benchWebSize(), cli: benchCli(), http: await benchHttp() };
console.log(JSON.stringify(results, null, 2));
process.exitCode = results.web.pass && results.cli.pass && results.http.pass ? 0 : 1;
