/**
 * Who builds reports for the server: the report worker thread (report-worker.ts) when the
 * server runs on a journal another thread can open, else this thread, as before (tests
 * on an in-memory store, or a checkout whose dist/ has not been built).
 *
 * A worker that cannot start (its compiled code out of date or broken) hands its jobs
 * back to this thread, rather than failing every report.
 *
 * Either way a job's answer is the JSON text of the response, so the server sends it
 * without touching its objects again.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Deps } from '../app/deps.js';
import { errorFromData, runJob, type ReportJob } from './report-jobs.js';
import type { JobMessage, JobReply, WorkerSource } from './report-worker.js';

export interface ReportRunner {
  /**
   * The job's answer as JSON text, or gzipped JSON (a Buffer) when `gzip` is asked for and
   * the runner can; rejects with the error the job threw.
   */
  run(job: ReportJob, gzip?: boolean): Promise<string | Buffer>;
  close(): Promise<void>;
}

/** Builds on this thread, with the server's own store. */
export function inProcessReports(deps: Deps): ReportRunner {
  return {
    run: async (job) => JSON.stringify(await runJob(deps, job)),
    close: async () => undefined,
  };
}

/** dist/server/report-worker.js: the worker runs compiled code whether this file runs from src/, dist/ or the CLI bundle. */
export const WORKER_FILE = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'dist', 'server', 'report-worker.js');

interface Pending {
  job: ReportJob;
  resolve: (answer: string | Buffer) => void;
  reject: (error: unknown) => void;
}

class WorkerReports implements ReportRunner {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Set when a worker failed before answering anything: it cannot start here, so this thread builds. */
  private cannotStart = false;

  constructor(
    private readonly source: WorkerSource,
    private readonly fallback: ReportRunner,
    private readonly file: string,
  ) {}

  run(job: ReportJob, gzip = false): Promise<string | Buffer> {
    if (this.cannotStart) return this.fallback.run(job);
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<string | Buffer>((resolvePromise, reject) => {
      this.pending.set(id, { job, resolve: resolvePromise, reject });
      worker.postMessage({ id, job, gzip } satisfies JobMessage);
    });
  }

  /** Started on the first report, not at start-up: most starts are for logging a moment. */
  private start(): Worker {
    const worker = new Worker(this.file, { workerData: this.source });
    let answered = false;
    worker.on('message', (reply: JobReply) => {
      answered = true;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if ('json' in reply) waiting.resolve(reply.json);
      else if ('gzipped' in reply) waiting.resolve(Buffer.from(reply.gzipped.buffer, reply.gzipped.byteOffset, reply.gzipped.byteLength));
      else waiting.reject(errorFromData(reply.error));
    });
    // A worker that fails is replaced on the next report; whatever it held is answered with an error.
    const failAll = (error: unknown) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    // A worker that fails before its first answer (its compiled code out of date or broken)
    // would fail again: from then on this thread builds, as it did before there was a worker.
    worker.on('error', (error) => {
      if (answered) return failAll(error);
      this.cannotStart = true;
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) this.fallback.run(waiting.job).then(waiting.resolve, waiting.reject);
      this.pending.clear();
    });
    worker.on('exit', (code) => failAll(new Error(`the report worker stopped (exit code ${code})`)));
    // The server's listening socket keeps the process alive; a waiting worker should not.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

/**
 * The worker when its compiled code is there (a built checkout, as every installed
 * Headway is), else this thread. `source` names the journal the worker opens itself.
 */
export function reportRunner(deps: Deps, source: WorkerSource, file = WORKER_FILE): ReportRunner {
  return existsSync(file) ? new WorkerReports(source, inProcessReports(deps), file) : inProcessReports(deps);
}
