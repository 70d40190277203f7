/**
 * Builds the compiled CLI once before the suite when it is missing or older than the
 * source, so the end-to-end tests run the binary a person would run (bin/headway.js).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILT = join(ROOT, 'dist', 'cli', 'main.js');

/** The newest modification time (ms) of the source files the build compiles. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestSource(join(ROOT, 'src'))) return;
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  } catch (error) {
    // tsc still emits JavaScript when types are wrong; the typecheck step reports those.
    const out = String((error as { stdout?: Buffer }).stdout ?? '');
    process.stderr.write(`global-setup: tsc reported problems while building the CLI:\n${out.slice(0, 2000)}\n`);
  }
  if (!existsSync(BUILT)) throw new Error('global-setup: the CLI build did not produce dist/cli/main.js');
}
