/**
 * The one place that reads the environment. Every problem is reported at once, by name,
 * before anything starts. Command-line flags override these values (cli/).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { countryFromLocale } from '../core/crisis-lines.js';

export interface Env {
  dataDir: string;
  databaseUrl: string | null;
  host: string;
  port: number;
  /** When set, the server admits this token instead of a fresh random one (scripts, tests). */
  token: string | null;
  country: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /**
   * How long a write waits for another process's write lock (a `headway import`) before it
   * is answered "busy, try again" (HEADWAY_LOCK_WAIT_SECONDS); unset: 5 s for the server,
   * 30 s for a CLI command (store/write-lock.ts).
   */
  lockWaitSeconds?: number;
}

export type EnvResult = { ok: true; env: Env } | { ok: false; problems: string[] };

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
export const DEFAULT_PORT = 4747;

/** XDG data home (~/.local/share/headway), or HEADWAY_DATA_DIR. */
export function defaultDataDir(vars: Record<string, string | undefined>): string {
  const xdg = vars['XDG_DATA_HOME'];
  const base = xdg && xdg.startsWith('/') ? xdg : join(vars['HOME'] ?? homedir(), '.local', 'share');
  return join(base, 'headway');
}

/** Whether listening on `host` keeps Headway to this computer (127.0.0.0/8, ::1, localhost). */
export const isLoopbackHost = (host: string): boolean =>
  host === '127.0.0.1' || host === '::1' || host.toLowerCase() === 'localhost' || /^127(\.\d{1,3}){3}$/.test(host);

export function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? n : null;
}

export function readEnv(vars: Record<string, string | undefined>): EnvResult {
  const problems: string[] = [];
  const get = (k: string) => {
    const v = vars[k];
    return v === undefined || v === '' ? undefined : v;
  };

  let port = DEFAULT_PORT;
  const portText = get('HEADWAY_PORT');
  if (portText !== undefined) {
    const p = parsePort(portText);
    if (p === null) problems.push(`HEADWAY_PORT must be a port number from 1 to 65535 (got "${portText}")`);
    else port = p;
  }

  const token = get('HEADWAY_TOKEN') ?? null;
  if (token !== null && !/^[A-Za-z0-9_-]{16,128}$/.test(token)) {
    problems.push('HEADWAY_TOKEN must be 16–128 letters, digits, "-" or "_"');
  }

  const databaseUrl = get('HEADWAY_DATABASE_URL') ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('HEADWAY_DATABASE_URL must start with postgres:// or postgresql://');
  }

  const countryText = get('HEADWAY_COUNTRY');
  if (countryText !== undefined && !/^[A-Za-z]{2}$/.test(countryText)) {
    problems.push(`HEADWAY_COUNTRY must be a two-letter country code like GB (got "${countryText}")`);
  }
  const country = (countryText ?? countryFromLocale(get('LC_ALL') ?? get('LANG'))).toUpperCase();

  // warn: a person starting Headway sees the friendly lines, not the framework's log.
  const level = get('HEADWAY_LOG_LEVEL') ?? 'warn';
  if (!(LEVELS as readonly string[]).includes(level)) {
    problems.push(`HEADWAY_LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
  }

  const dataDir = get('HEADWAY_DATA_DIR') ?? defaultDataDir(vars);

  const lockWaitText = get('HEADWAY_LOCK_WAIT_SECONDS');
  const lockWaitSeconds = lockWaitText !== undefined && /^\d{1,3}$/.test(lockWaitText) ? Number(lockWaitText) : undefined;
  if (lockWaitText !== undefined && (lockWaitSeconds === undefined || lockWaitSeconds < 1 || lockWaitSeconds > 600)) {
    problems.push(`HEADWAY_LOCK_WAIT_SECONDS must be a whole number of seconds from 1 to 600 (got "${lockWaitText}")`);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    env: {
      dataDir,
      databaseUrl,
      host: get('HEADWAY_HOST') ?? '127.0.0.1',
      port,
      token,
      country,
      logLevel: level as Env['logLevel'],
      ...(lockWaitSeconds !== undefined && { lockWaitSeconds }),
    },
  };
}
