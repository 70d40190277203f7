/**
 * Maps every error to the one JSON error shape, once, for the whole server.
 * People see a plain message naming the field; stack traces and request bodies stay out
 * of both the response and the log.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode, Problem } from '../contracts/errors.js';
import { addIssue, PROBLEM_LIMIT } from '../contracts/errors.js';
import { ProblemList } from '../core/problems.js';
import { AppError } from '../app/errors.js';
import { StoreError } from '../store/port.js';
import { storageFault } from '../store/storage-errors.js';
import { loggedPath } from './request-target.js';

export const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  unauthorized: 401,
  forbidden_host: 403,
  forbidden_origin: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  import_invalid: 422,
  database_too_new: 500,
  internal: 500,
  // Retryable: another process holds the write lock; the answer carries Retry-After.
  database_busy: 503,
  // RFC 4918 §11.5: the server cannot store what the request needs.
  storage_full: 507,
  storage_read_only: 503,
  storage_denied: 503,
  database_damaged: 503,
  database_empty: 503,
  name_taken: 409,
  in_use: 409,
};

/**
 * The one error shape. Every problem list is cut to the first PROBLEM_LIMIT, with
 * `problemCount` saying how many there are in all (`count`, when the caller had more than
 * it passed on), so no answer grows with a hostile body.
 */
/**
 * Storage faults as the API says them. The store's own words name the journal's file and
 * give shell commands, which suit the person's terminal (the CLI prints them) but not an
 * HTTP answer, which may travel further: the API says what happened and what to do without
 * the path.
 */
const API_STORAGE_WORDS: Record<'storage_full' | 'storage_read_only' | 'storage_denied' | 'database_damaged' | 'database_empty', string> = {
  storage_full: 'The disk that holds your journal is full, so this change was not saved. Nothing was lost. Free some space on this computer, then try again.',
  storage_read_only:
    'Your journal can be read but not changed right now (its file, its folder or the disk is read-only), so this change was not saved. Nothing was lost. ' +
    'Check that your account may write to Headway’s data folder and its headway.sqlite3 file, then try again.',
  storage_denied:
    'Headway is not allowed to use your journal’s file: it belongs to another account on this computer. Nothing was changed. ' +
    'Start Headway as the account that owns the data folder, or choose another folder with --data-dir.',
  database_damaged:
    'Your journal’s file is damaged, or the disk reported an error reading it, so Headway cannot use it safely. Headway has not changed it. ' +
    'Keep that file as it is, and restore your latest export into a fresh folder: headway --data-dir <new folder> import backup.json.',
  database_empty:
    'Your journal’s file is empty (0 bytes), so it holds no entries. Headway has left it as it is rather than start a new journal over it. ' +
    'Restore your latest export, or remove the empty file to start afresh; running headway in a terminal shows the exact steps.',
};

export function errorBody(
  code: ErrorCode,
  message: string,
  field?: string,
  problems?: readonly Problem[],
  count?: number,
  existing?: { id: string; name: string },
): ErrorBody {
  const listed = problems !== undefined && problems.length > 0 ? problems.slice(0, PROBLEM_LIMIT) : undefined;
  return {
    error: {
      code,
      message,
      ...(field !== undefined && { field }),
      ...(listed !== undefined && { problems: listed, problemCount: Math.max(count ?? 0, problems?.length ?? 0) }),
      ...(existing !== undefined && { existing }),
    },
  };
}

/**
 * One item of `error.validation` as fastify-type-provider-zod 7 makes it from a zod issue:
 * the issue's code becomes `keyword`, its path `instancePath` ("/strategies/0/strategyId"),
 * and its other properties (such as `keys` of an unknown-key issue) `params`.
 */
interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: unknown };
}

/** "/strategies/0/strategyId" → ['strategies', 0, 'strategyId']; "/" → []. */
function issuePath(instancePath: string | undefined): PropertyKey[] {
  return (instancePath ?? '')
    .split('/')
    .slice(1)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The first PROBLEM_LIMIT problems of a failed body check, and how many there are in all. */
function validationProblems(error: FastifyError): ProblemList {
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  const issues = (error.validation ?? []) as ValidationIssue[];
  const list = new ProblemList();
  for (const v of issues) {
    const keys = Array.isArray(v.params?.keys) ? v.params.keys.map(String) : undefined;
    const issue = {
      path: issuePath(v.instancePath),
      message: v.message ?? 'is not valid',
      ...(v.keyword !== undefined && { code: v.keyword }),
      ...(keys !== undefined && { keys }),
    };
    addIssue(list, issue);
  }
  // A problem with the whole body (or query, or params) is named for it, not "".
  const named = new ProblemList();
  for (const p of list.problems) named.add(p.path === '' ? context : p.path, p.message);
  named.countMore(list.count - list.problems.length);
  return named;
}

const FASTIFY_CODES: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'body: send JSON with Content-Type: application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'invalid_json', message: 'body: the Content-Length does not match the body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'body: is too large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', message: 'body: is empty; send a JSON object' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'body: is not valid JSON' },
};

/** `headersFor` gives the security headers of an answer no route gave (security.ts). */
const nothingAt = (request: FastifyRequest) => errorBody('not_found', `There is nothing at ${request.method} ${loggedPath(request.url)}.`);

export function installErrorHandling(app: FastifyInstance, headersFor: (url: string) => Record<string, string>): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.code(STATUS[error.code]).send(errorBody(error.code, error.message, error.field, error.problems, error.problemCount, error.existing));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const found = validationProblems(error);
      const first = found.problems[0] ?? { path: 'body', message: 'is not valid' };
      return reply
        .code(400)
        .send(errorBody('validation_failed', `${first.path}: ${first.message}`, first.path, found.problems, found.count));
    }
    // The store words its own faults (store/storage-errors.ts); an engine error that slipped past it is worded the same way.
    const stored = error instanceof StoreError ? error : error.name === 'SqliteError' ? storageFault(error) : undefined;
    if (stored) {
      const code: ErrorCode = stored.code === 'unique_violation' ? 'conflict' : stored.code;
      // Another process holds the write lock for now: worth trying again shortly.
      if (code === 'database_busy') reply.header('retry-after', '2');
      else if (STATUS[code] >= 500) request.log.warn({ reqId: request.id, code }, 'storage fault');
      return reply.code(STATUS[code]).send(errorBody(code, code === 'conflict' || code === 'database_too_new' || code === 'database_busy' ? stored.message : API_STORAGE_WORDS[code]));
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return reply.code(STATUS[known.code]).send(errorBody(known.code, known.message, 'body'));
    if (error instanceof SyntaxError || error.statusCode === 400) {
      return reply.code(400).send(errorBody('invalid_json', 'body: is not valid JSON', 'body'));
    }
    // A plugin's own refusal (@fastify/static answers 403 to a path that climbs out of its
    // folder): nothing is there to reach, said as the one not-found answer.
    if (error.statusCode === 403 || error.statusCode === 404) {
      return reply.code(404).send(nothingAt(request));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(400).send(errorBody('validation_failed', 'request: is not valid', 'request'));
    }
    request.log.error({ reqId: request.id, err: { type: error.name, code: error.code } }, 'unexpected error');
    return reply
      .code(500)
      .send(errorBody('internal', `Something went wrong on Headway's side (reference ${request.id}). Nothing was saved by this request.`));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.headers(headersFor(request.url));
    reply.code(404).send(nothingAt(request));
  });
}
