/**
 * The one way the web app talks to the Headway server: same-origin JSON over fetch.
 * Every failure becomes an ApiError carrying the server's stable error code, so screens
 * decide what to say from the code, never from a status number or a stack trace.
 */
import type { ErrorCode, Problem } from '../../../src/contracts/errors.js';

/** Codes the server sends, plus `network` when Headway could not be reached at all. */
export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number,
    readonly field?: string,
    readonly problems: Problem[] = [],
    /** How many problems there are in all; the server lists the first 100 (`problems`). */
    readonly problemCount: number = problems.length,
    /** With `name_taken`: the record that already has the name (so a screen can offer to merge). */
    readonly existing?: { id: string; name: string },
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Fired on window when the server says the session is unknown (it restarted). */
export const UNAUTHORIZED_EVENT = 'headway:unauthorized';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface ErrorPayload {
  error?: { code?: unknown; message?: unknown; field?: unknown; problems?: unknown; problemCount?: unknown; existing?: unknown };
}

function toApiError(status: number, payload: unknown): ApiError {
  const e = (payload as ErrorPayload | null)?.error;
  const code = typeof e?.code === 'string' ? (e.code as ErrorCode) : status >= 500 ? 'internal' : 'validation_failed';
  const message = typeof e?.message === 'string' ? e.message : `The request failed (${status}).`;
  const field = typeof e?.field === 'string' ? e.field : undefined;
  const problems = Array.isArray(e?.problems) ? (e.problems as Problem[]) : [];
  const count = typeof e?.problemCount === 'number' ? Math.max(e.problemCount, problems.length) : problems.length;
  const x = e?.existing as { id?: unknown; name?: unknown } | undefined;
  const existing = typeof x?.id === 'string' && typeof x.name === 'string' ? { id: x.id, name: x.name } : undefined;
  return new ApiError(code, message, status, field, problems, count, existing);
}

/**
 * How often a write is tried again when the server says the journal is busy (another
 * process, such as a long `headway import`, holds the write lock). `database_busy` means
 * the server never began the write, so trying again cannot save it twice. The waits follow
 * the server's Retry-After, at most 5 s each: with the server's own 5 s wait for the lock,
 * a save has about half a minute to get through before the person is told.
 */
export const BUSY_RETRIES = 3;
const MAX_RETRY_WAIT_MS = 5000;

function retryWaitMs(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, MAX_RETRY_WAIT_MS) : 1000;
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce<T>(method, path, body);
    } catch (error) {
      if (!(error instanceof BusyError) || attempt >= BUSY_RETRIES) throw error instanceof BusyError ? error.apiError : error;
      await new Promise((r) => setTimeout(r, error.waitMs));
    }
  }
}

/** A `database_busy` answer, with how long the server asked us to wait. */
class BusyError extends Error {
  constructor(
    readonly apiError: ApiError,
    readonly waitMs: number,
  ) {
    super(apiError.message);
  }
}

async function requestOnce<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError('network', 'Headway could not be reached.', 0);
  }
  const text = await response.text();
  let payload: unknown = null;
  if (text !== '') {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = null;
    }
  }
  if (!response.ok) {
    const error = toApiError(response.status, payload);
    if (error.code === 'database_busy') throw new BusyError(error, retryWaitMs(response));
    if (error.code === 'unauthorized') window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    throw error;
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
};
