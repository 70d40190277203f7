/**
 * Real storage faults for tests: a tiny tmpfs to fill or remount read-only, and the real
 * `headway` binary run as another account (`nobody`), since the tests run as root and root
 * ignores file permissions (a 0400 file is writable to root; only EROFS stops it).
 */
import { execFile, execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, baseEnv, type Run } from './headway-bin.js';

export const NOBODY = 65534;

/** Why the tests needing root powers cannot run here, or undefined when they can. */
export function whyNoRoot(): string | undefined {
  if (process.platform !== 'linux') return 'needs Linux';
  if (process.geteuid?.() !== 0) return 'needs root (to mount a tmpfs and to run as another account)';
  if (!existsSync('/usr/bin/setpriv')) return 'needs setpriv (util-linux) to run as nobody';
  return undefined;
}

/** Mounts a tmpfs of `size` (e.g. '1m') at `dir`; undefined when mounting is not permitted. */
export function mountTmpfs(dir: string, size: string): { remount(mode: 'ro' | 'rw'): void; unmount(): void } | undefined {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    return undefined;
  }
  return {
    remount: (mode) => execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' }),
    unmount: () => execFileSync('umount', ['-l', dir], { stdio: 'pipe' }),
  };
}

/** Fills the file system holding `dir` until it is full; returns the filler file to remove. */
export function fillDisk(dir: string): string {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return filler;
}

export const freeDisk = (filler: string) => rmSync(filler, { force: true });

/** The real `headway` binary run as the account `nobody`. */
export function headwayAsNobody(args: string[], env: Record<string, string>): Promise<Run> {
  const argv = [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, ...args];
  return new Promise((resolve) => {
    execFile('setpriv', argv, { env: baseEnv(env), cwd: ROOT, timeout: 45_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
