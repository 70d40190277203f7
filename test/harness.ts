/**
 * Test harness: a real server on a fresh embedded store, driven through `inject`,
 * with the Host and token a browser on this machine would send.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { randomIds, type Clock, type Deps } from '../src/app/deps.js';
import { openJournal } from '../src/app/person/openJournal.js';
import { LOCAL_PERSON_ID } from '../src/core/ids.js';
import { buildServer } from '../src/server/app.js';
import type { Store } from '../src/store/port.js';
import { SqliteStore } from '../src/store/sqlite.js';

export const TEST_TOKEN = 'test-token-0123456789abcdef';
export const TEST_PORT = 4747;
export const TEST_HOST = `127.0.0.1:${TEST_PORT}`;

export interface Harness {
  app: FastifyInstance;
  store: Store;
  deps: Deps;
  dataDir: string;
  /** inject with this server's Host and the bearer token already set */
  call(opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const fixedClock = (instant: string): Clock => ({ now: () => instant });

export async function startHarness(opts: { clock?: Clock; store?: Store } = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'headway-test-'));
  const store = opts.store ?? (await SqliteStore.open(dataDir));
  const clock = opts.clock ?? { now: () => new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00') };
  const deps: Deps = { store, clock, newId: randomIds };
  await openJournal(deps, { personId: LOCAL_PERSON_ID, country: 'GB' });
  const app = await buildServer({
    deps,
    personId: LOCAL_PERSON_ID,
    token: TEST_TOKEN,
    port: TEST_PORT,
    allowedHosts: [TEST_HOST, `localhost:${TEST_PORT}`],
  });
  await app.ready();
  return {
    app,
    store,
    deps,
    dataDir,
    call: (o: InjectOptions) =>
      app.inject({ ...o, headers: { host: TEST_HOST, authorization: `Bearer ${TEST_TOKEN}`, ...(o.headers ?? {}) } }),
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
