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
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Fired on window when the server says the session is unknown (it restarted). */
export const UNAUTHORIZED_EVENT = 'headway:unauthorized';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface ErrorPayload {
  error?: { code?: unknown; message?: unknown; field?: unknown; problems?: unknown; problemCount?: unknown };
}

function toApiError(status: number, payload: unknown): ApiError {
  const e = (payload as ErrorPayload | null)?.error;
  const code = typeof e?.code === 'string' ? (e.code as ErrorCode) : status >= 500 ? 'internal' : 'validation_failed';
  const message = typeof e?.message === 'string' ? e.message : `The request failed (${status}).`;
  const field = typeof e?.field === 'string' ? e.field : undefined;
  const problems = Array.isArray(e?.problems) ? (e.problems as Problem[]) : [];
  const count = typeof e?.problemCount === 'number' ? Math.max(e.problemCount, problems.length) : problems.length;
  return new ApiError(code, message, status, field, problems, count);
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
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
