/**
 * Starts Headway's local server: opens the person's store, makes sure their journal
 * exists, tidies "recently deleted", listens on loopback and prints the link to open.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { randomIds, systemClock, type Deps } from '../app/deps.js';
import { purgeExpired } from '../app/journal/deleteEntry.js';
import { openJournal } from '../app/person/openJournal.js';
import { LOCAL_PERSON_ID } from '../core/ids.js';
import { prepareCrisisLanguage } from '../core/safety/crisis-language.js';
import { StoreError, type Store } from '../store/port.js';
import { buildServer } from './app.js';
import type { Env } from './env.js';
import { openStore } from './open-store.js';
import { reportRunner } from './report-runner.js';

export interface StartOptions extends Env {
  /** True when the person chose the port: then a busy port is an error, not a reason to try the next. */
  portExplicit: boolean;
  webDir?: string;
}

export interface Running {
  url: string;
  port: number;
  token: string;
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

/** dist/web beside the compiled server, whether this file runs from src/ or dist/. */
export const WEB_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'dist', 'web');

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** 0.0.0.0 and :: mean "every address": no browser can open them, so the link names this computer. */
const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

function hostsFor(host: string, port: number): string[] {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  if (!LOOPBACK.has(host)) hosts.push(`${host.includes(':') ? `[${host}]` : host}:${port}`);
  return hosts;
}

/** A port the OS says is free now; the Host check needs the number before listening. */
function freePort(host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

export async function startServer(opts: StartOptions): Promise<Running> {
  const store = await openStore({ ...opts, waitForLocks: 'on-timers' });
  const deps: Deps = { store, clock: systemClock, newId: randomIds };
  try {
    await openJournal(deps, { personId: LOCAL_PERSON_ID, country: opts.country });
    // A journal that is read-only, or busy with an import in another process, is still
    // served (reads work); its purge waits for the next round.
    await purgeExpired(deps).catch((error: unknown) => {
      if (!(error instanceof StoreError && (error.code === 'database_busy' || error.code === 'storage_read_only' || error.code === 'storage_full'))) throw error;
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  // Entries deleted more than RESTORE_DAYS ago are removed for good at start and then every
  // few hours, so a server left running for weeks keeps the promise too.
  const purging = setInterval(() => void purgeExpired(deps).catch(() => undefined), PURGE_EVERY_MS);
  purging.unref();
  // Notes are checked for crisis language on every save; build its prefilter once, now.
  prepareCrisisLanguage();
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const first = opts.port === 0 ? await freePort(opts.host) : opts.port;
  const attempts = opts.portExplicit || opts.port === 0 ? 1 : 10;

  // Reports are built on a worker thread with its own connection to the journal, so a
  // flood of them never holds up logging (report-runner.ts).
  const reports = reportRunner(deps, { dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });

  for (let i = 0; i < attempts; i++) {
    const port = first + i;
    const app = await buildServer({
      reports,
      deps,
      personId: LOCAL_PERSON_ID,
      token,
      port,
      allowedHosts: hostsFor(opts.host, port),
      webDir: opts.webDir ?? WEB_DIR,
      logLevel: opts.logLevel,
    });
    try {
      await app.listen({ host: opts.host, port });
    } catch (error) {
      await app.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' && i + 1 < attempts) continue;
      clearInterval(purging);
      await reports.close();
      await store.close();
      throw error;
    }
    const actual = (app.server.address() as { port: number }).port;
    // The link names the address Headway listens on (127.0.0.2 is not 127.0.0.1), except a wildcard.
    const shownHost = WILDCARD.has(opts.host) || (LOOPBACK.has(opts.host.toLowerCase()) && !opts.host.includes(':')) ? '127.0.0.1' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
    return {
      url: `http://${shownHost}:${actual}/?token=${token}`,
      port: actual,
      token,
      app,
      store,
      close: async () => {
        clearInterval(purging);
        await app.close();
        await reports.close();
        await store.close();
      },
    };
  }
  throw new Error('unreachable');
}
