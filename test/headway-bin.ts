/**
 * Runs the real `headway` binary (bin/headway.js → dist/cli) in a child process, with a
 * clean environment pointing at a data folder of the test's choosing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'headway.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The variables a person's shell would pass, minus any HEADWAY_* setting of the machine running the tests. */
export function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('HEADWAY_') && k !== 'NODE_OPTIONS') env[k] = v;
  return { ...env, HEADWAY_LOG_LEVEL: 'silent', HEADWAY_COUNTRY: 'GB', ...extra };
}

export function headway(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: baseEnv(env), cwd: ROOT, timeout: 45_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Like `headway`, with `input` written to the command's standard input. */
export function headwayWithInput(args: string[], env: Record<string, string>, input: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { env: baseEnv(env), cwd: ROOT, timeout: 45_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

/** A new empty temp folder; `cleanup` removes every folder made so far. */
export function tempFolders(prefix: string) {
  const made: string[] = [];
  return {
    make(): string {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    cleanup(): void {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** True when stderr carries a JavaScript stack trace, which a person must never see. */
export const hasStackTrace = (stderr: string) => /^\s{4}at /m.test(stderr);
