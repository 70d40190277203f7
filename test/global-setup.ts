/**
 * Builds the CLI before the suite when the bundle bin/headway.js runs
 * (dist/cli-bundle/headway.mjs) is missing or older than the source, the same way
 * `npm run build` does (tsc, then rolldown.config.mjs), so the end-to-end tests run the
 * binary a person would run.
 *
 * tsc writes its output file by file over several seconds, and other test runs may be
 * starting `headway` meanwhile; so the build goes to staging folders and each top-level
 * folder of dist/ is then swapped in with a rename. A lock folder keeps two test runs
 * from building at once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RolldownOptions } from 'rolldown';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const BUNDLE_DIR = 'cli-bundle';
const BUILT = join(DIST, BUNDLE_DIR, 'headway.mjs');
const LOCK = join(DIST, '.build-lock');
const STALE_LOCK_MS = 180_000;

/** The newest modification time (ms) of the files tsconfig.build.json compiles. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.ts$/.test(entry.name) && !/\.(test|contract)\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const upToDate = () =>
  existsSync(BUILT) &&
  statSync(BUILT).mtimeMs >= Math.max(newestSource(join(ROOT, 'src')), statSync(join(ROOT, 'rolldown.config.mjs')).mtimeMs);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function takeLock(): Promise<void> {
  mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      const age = Date.now() - (existsSync(LOCK) ? statSync(LOCK).mtimeMs : Date.now());
      if (age > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(500);
    }
  }
}

/** Moves each folder of `staging` over its namesake in dist/, one rename each. */
function swapIn(staging: string): void {
  for (const name of readdirSync(staging)) {
    const target = join(DIST, name);
    const old = join(DIST, `.old-${process.pid}-${name}`);
    if (existsSync(target)) renameSync(target, old);
    renameSync(join(staging, name), target);
    rmSync(old, { recursive: true, force: true });
  }
}

async function build(): Promise<void> {
  const compiled = join(DIST, `.staging-${process.pid}`);
  const bundled = join(DIST, `.staging-bundle-${process.pid}`);
  for (const dir of [compiled, bundled]) rmSync(dir, { recursive: true, force: true });
  try {
    try {
      const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', compiled], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      // tsc still emits JavaScript when types are wrong; the typecheck step reports those.
      const out = String((error as { stdout?: Buffer }).stdout ?? '');
      process.stderr.write(`global-setup: tsc reported problems while building the CLI:\n${out.slice(0, 2000)}\n`);
    }
    if (!existsSync(join(compiled, 'cli', 'main.js'))) throw new Error('global-setup: the CLI build produced no cli/main.js');

    const { build: bundle } = await import('rolldown');
    const config = (await import(pathToFileURL(join(ROOT, 'rolldown.config.mjs')).href)) as { default: RolldownOptions };
    const output = Array.isArray(config.default.output) ? config.default.output[0] : config.default.output;
    await bundle({ ...config.default, input: join(compiled, 'cli', 'main.js'), output: { ...output, dir: join(bundled, BUNDLE_DIR) } });

    swapIn(compiled);
    swapIn(bundled);
  } finally {
    for (const dir of [compiled, bundled]) rmSync(dir, { recursive: true, force: true });
  }
}

export default async function setup(): Promise<void> {
  if (upToDate()) return;
  await takeLock();
  try {
    if (!upToDate()) await build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
