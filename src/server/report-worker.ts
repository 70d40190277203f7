/**
 * The report worker thread: builds reports (and a trigger's moments) with its own
 * connection to the journal, so the server's event loop keeps logging while a report is
 * worked out (issue 10: a flood of reports stopped logging).
 *
 * - Jobs that arrive while it is busy are answered together: one build per distinct
 *   job. Each had arrived before that build began reading, so each sees every write
 *   acknowledged before it was sent.
 * - On SQLite, an answer is remembered with the data version it was read at (PRAGMA
 *   data_version, store/sqlite-reader.ts) and given again only while nobody has
 *   committed since. PostgreSQL has no such number; there each batch is built afresh.
 * - It runs at a lower CPU priority than the server's main thread where the OS allows,
 *   so on a busy machine logging a moment goes first.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { randomIds, type Deps } from '../app/deps.js';
import type { Store } from '../store/port.js';
import { SqliteReader } from '../store/sqlite-reader.js';
import { errorToData, jobKey, runJob, type JobError, type ReportJob } from './report-jobs.js';

export interface WorkerSource {
  dataDir: string;
  databaseUrl: string | null;
}

export interface JobMessage {
  id: number;
  job: ReportJob;
  /** The client takes gzip: the answer comes compressed, which spares the server's thread sending ~8× the bytes. */
  gzip: boolean;
}

export type JobReply = { id: number; json: string } | { id: number; gzipped: Uint8Array } | { id: number; error: JobError };

/** An answer as JSON text, and gzipped once a client has asked for that. */
interface Answer {
  /** PRAGMA data_version it was read at (SQLite); -1 on PostgreSQL, where it is not remembered. */
  version: number;
  json: string;
  gzipped: Buffer | null;
}

/** Answers remembered (SQLite only): a few periods and triggers the person moves between. */
const REMEMBERED = 8;

async function openSource(source: WorkerSource): Promise<Store> {
  if (source.databaseUrl === null) return SqliteReader.open(source.dataDir);
  const { PostgresStore } = await import('../store/postgres.js');
  return PostgresStore.open(source.databaseUrl);
}

/** Lowers this thread's priority (Linux: a thread's id works as a pid for setpriority). */
function yieldToMainThread(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid)) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the report still runs, at the same priority.
  }
}

function serve(port: NonNullable<typeof parentPort>, source: WorkerSource): void {
  let store: Store | undefined;
  const remembered = new Map<string, Answer>();
  const queue: JobMessage[] = [];
  let draining = false;

  async function answer(job: ReportJob): Promise<Answer | { error: JobError }> {
    try {
      store ??= await openSource(source);
      const reader = store instanceof SqliteReader ? store : null;
      const key = jobKey(job);
      const version = reader?.dataVersion();
      const known = remembered.get(key);
      if (version !== undefined && known?.version === version) return known;
      const deps: Deps = { store, clock: { now: () => job.now }, newId: randomIds };
      const fresh: Answer = { version: version ?? -1, json: JSON.stringify(await runJob(deps, job)), gzipped: null };
      if (version !== undefined) {
        remembered.delete(key);
        remembered.set(key, fresh);
        if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value as string);
      }
      return fresh;
    } catch (error) {
      return { error: errorToData(error) };
    }
  }

  function reply(id: number, result: Answer | { error: JobError }, gzip: boolean): JobReply {
    if ('error' in result) return { id, error: result.error };
    if (!gzip) return { id, json: result.json };
    result.gzipped ??= gzipSync(result.json, { level: 6 });
    return { id, gzipped: result.gzipped };
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const alike = new Map<string, { job: ReportJob; waiting: JobMessage[] }>();
      for (const message of queue.splice(0)) {
        const key = jobKey(message.job);
        const group = alike.get(key);
        if (group) group.waiting.push(message);
        else alike.set(key, { job: message.job, waiting: [message] });
      }
      for (const { job, waiting } of alike.values()) {
        const result = await answer(job);
        for (const { id, gzip } of waiting) port.postMessage(reply(id, result, gzip));
      }
    }
    draining = false;
  }

  port.on('message', (message: JobMessage) => {
    queue.push(message);
    if (draining) return;
    draining = true;
    // After the messages already waiting have arrived, so they share this batch.
    setImmediate(() => void drain());
  });
}

if (parentPort) {
  yieldToMainThread();
  serve(parentPort, workerData as WorkerSource);
}
