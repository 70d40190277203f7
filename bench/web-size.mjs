// Initial JavaScript of the web app: every script index.html loads (and what it
// modulepreloads), gzip-compressed. Target (issue 2): ≤ 250 KB gzip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function benchWebSize(dir = 'dist/web') {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const files = scripts.map((f) => {
    const buf = readFileSync(join(dir, f));
    return { file: f, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
  });
  const gzipKB = files.reduce((s, f) => s + f.gzipBytes, 0) / 1024;
  return { files, initialJsGzipKB: Number(gzipKB.toFixed(1)), pass: gzipKB <= 250 };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(benchWebSize(), null, 2));
