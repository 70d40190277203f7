/**
 * How the CLI reports failure: a plain message on stderr and an exit code per error
 * code, never a stack trace. Flags are named as the person typed them.
 */
import type { ErrorCode, Problem } from '../contracts/errors.js';

export const EXIT: Record<ErrorCode | 'usage', number> = {
  usage: 2,
  validation_failed: 2,
  invalid_json: 2,
  unsupported_media_type: 2,
  payload_too_large: 2,
  not_found: 3,
  conflict: 4,
  import_invalid: 5,
  database_too_new: 6,
  unauthorized: 1,
  forbidden_host: 1,
  forbidden_origin: 1,
  internal: 1,
  database_busy: 7,
  storage_full: 8,
  storage_read_only: 9,
  storage_denied: 10,
  database_damaged: 11,
  database_empty: 12,
  name_taken: 4,
  in_use: 4,
};

/** An error the CLI has already worded for the person. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usage = (message: string) => new CliError(message, EXIT.usage);
