/**
 * Stable error codes shared by every edge. The server maps each to an HTTP status, the
 * CLI to an exit code, the web to friendly words. Never rename a code: clients rely on it.
 */
import { z } from 'zod';
import { PROBLEM_LIMIT, type ProblemList } from '../core/problems.js';
import { cutText } from '../core/quote.js';

export { PROBLEM_LIMIT } from '../core/problems.js';

export const ERROR_CODES = [
  'validation_failed',
  'invalid_json',
  'not_found',
  'conflict',
  'import_invalid',
  'payload_too_large',
  'unsupported_media_type',
  'unauthorized',
  'forbidden_host',
  'forbidden_origin',
  'database_too_new',
  'internal',
  // Storage conditions (issue 10): each says what happened, that nothing was lost or
  // changed, and what to do. `database_busy` is retryable (another process holds the write lock).
  'database_busy',
  'storage_full',
  'storage_read_only',
  'storage_denied',
  'database_damaged',
  'database_empty',
  // Issue 11: a name another record of the same kind has (the answer names it in `existing`,
  // so a client can offer to merge), and a record that cannot be removed while others use it.
  'name_taken',
  'in_use',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const problemSchema = z.object({ path: z.string(), message: z.string() });
export type Problem = z.infer<typeof problemSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    field: z.string().optional(),
    problems: z.array(problemSchema).max(PROBLEM_LIMIT).optional().describe(`The first ${PROBLEM_LIMIT} problems, each with its path.`),
    problemCount: z.number().int().optional().describe('How many problems there are in all, listed or not; present with `problems`.'),
    existing: z.object({ id: z.string(), name: z.string() }).optional().describe('With `name_taken`: the record that already has the name.'),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * Turns a zod issue path into the dotted/indexed form people read: `moments[12].intensity`.
 * A key is a file's own text when it is unknown (a 700 KB key once came back whole): each
 * is cut as a quoted value is (core/quote.ts).
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? cutText(String(part)) : `.${cutText(String(part))}`;
  }
  return out;
}

const UNKNOWN_FIELD = 'is not a field Headway knows';

interface IssueLike {
  code?: string;
  path?: ReadonlyArray<PropertyKey>;
  message: string;
  keys?: string[];
}

/**
 * The problems one zod issue stands for. An unknown key is reported at its own path
 * ("intensty: is not a field Headway knows"), so a typo names itself.
 */
export function problemsOfIssue(issue: IssueLike): Problem[] {
  const base = issue.path ?? [];
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return issue.keys.map((key) => ({ path: formatPath([...base, key]), message: UNKNOWN_FIELD }));
  }
  return [{ path: formatPath(base), message: issue.message }];
}

/**
 * Adds the problems of one zod issue to `list`, with `prefix` (a path such as
 * ['moments', 12]) before the issue's own path; once the list is full they are only counted.
 */
export function addIssue(list: ProblemList, issue: IssueLike, prefix: ReadonlyArray<PropertyKey> = []): void {
  const path = prefix.length === 0 ? (issue.path ?? []) : [...prefix, ...(issue.path ?? [])];
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    // An object can carry a million unknown keys: name the first, count the rest.
    for (let i = 0; i < issue.keys.length; i++) {
      if (list.full) return list.countMore(issue.keys.length - i);
      list.add(formatPath([...path, issue.keys[i] ?? '']), UNKNOWN_FIELD);
    }
    return;
  }
  if (list.full) return list.countMore(1);
  list.add(formatPath(path), issue.message);
}

/** Every problem of a failed zod parse, each with the path of the field it concerns. */
export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue) => problemsOfIssue(issue as IssueLike));
}
