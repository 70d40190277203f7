/**
 * The report's work as plain messages, so it can run on the report worker thread
 * (report-worker.ts) as well as in-process: what to build, how to build it, the key two
 * requests share when they ask for the same thing, and errors as plain data.
 */
import type { Deps } from '../app/deps.js';
import { AppError } from '../app/errors.js';
import { buildReport } from '../app/insight/buildReport.js';
import { triggerPoints } from '../app/insight/triggerPoints.js';
import { ERROR_CODES, type ErrorCode } from '../contracts/errors.js';
import type { PersonId } from '../core/ids.js';
import { localDayOf, type CalendarDay, type IsoInstant } from '../core/time.js';
import { StoreError } from '../store/port.js';

interface JobBase {
  personId: PersonId;
  /** The server's clock when the request came: "today" is worked out from it. */
  now: IsoInstant;
}

export type ReportJob =
  | (JobBase & { kind: 'report'; asOf?: CalendarDay | undefined; weeks?: number | null | undefined; from?: CalendarDay | undefined })
  | (JobBase & { kind: 'trigger-points'; trigger: string; from: CalendarDay; to: CalendarDay });

/** Runs one job on `deps` (whose clock is ignored: the job carries its own `now`). */
export async function runJob(deps: Deps, job: ReportJob): Promise<unknown> {
  const at: Deps = { ...deps, clock: { now: () => job.now } };
  switch (job.kind) {
    case 'report':
      return buildReport(at, job.personId, { asOf: job.asOf, weeks: job.weeks, from: job.from });
    case 'trigger-points':
      return triggerPoints(at, job.personId, { trigger: job.trigger, from: job.from, to: job.to });
  }
}

/** Two jobs with the same key give the same answer from the same data. */
export function jobKey(job: ReportJob): string {
  const today = localDayOf(job.now);
  switch (job.kind) {
    case 'report':
      return JSON.stringify([job.kind, job.personId, today, job.asOf ?? today, job.weeks === undefined ? 26 : job.weeks, job.from ?? null]);
    case 'trigger-points':
      return JSON.stringify([job.kind, job.personId, job.trigger, job.from, job.to]);
  }
}

/** An error as data that crosses a thread: its kind, stable code and words, never a stack. */
export interface JobError {
  kind: 'app' | 'store' | 'sqlite' | 'other';
  code: string;
  message: string;
  field?: string | undefined;
}

export function errorToData(error: unknown): JobError {
  if (error instanceof AppError) return { kind: 'app', code: error.code, message: error.message, field: error.field };
  if (error instanceof StoreError) return { kind: 'store', code: error.code, message: error.message };
  const e = error as { name?: unknown; code?: unknown; message?: unknown };
  if (e?.name === 'SqliteError') return { kind: 'sqlite', code: String(e.code), message: String(e.message) };
  return { kind: 'other', code: 'internal', message: 'The report could not be built.' };
}

/** The error again, of the type the server's error handler maps (http-errors.ts). */
export function errorFromData(data: JobError): Error {
  if (data.kind === 'app' && (ERROR_CODES as readonly string[]).includes(data.code)) return new AppError(data.code as ErrorCode, data.message, data.field);
  if (data.kind === 'store') return new StoreError(data.code as StoreError['code'], data.message);
  const error = new Error(data.message);
  error.name = data.kind === 'sqlite' ? 'SqliteError' : 'ReportWorkerError';
  return Object.assign(error, { code: data.code });
}
