/**
 * The one error type use-cases throw for outcomes a person should hear about. Its code
 * is one of contracts/errors.ts; each edge maps it once (HTTP status, exit code, words).
 */
import type { ErrorCode, Problem } from '../contracts/errors.js';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly problems?: readonly Problem[],
    /** How many problems there are in all, when `problems` lists only the first of them. */
    readonly problemCount?: number,
    /** With `name_taken`: the record that already has the name. */
    readonly existing?: { id: string; name: string },
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, field?: string) => new AppError('not_found', `No ${what} with that id.`, field);
export const invalid = (field: string, message: string) => new AppError('validation_failed', `${field}: ${message}`, field);
