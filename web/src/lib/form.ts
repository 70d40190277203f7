/**
 * Field errors for forms: client-side checks with the contracts' zod schemas and the
 * server's answers land in the same map, keyed by dotted path ("intensity",
 * "strategies[0].helped"), so both show beside the field they concern.
 */
import type { z } from 'zod';
import { problemsOf, type Problem } from '../../../src/contracts/errors.js';
import { ApiError } from './api.js';
import { friendlyError } from './friendly.js';

export type FieldErrors = Readonly<Record<string, string>>;

export function errorsFromProblems(problems: readonly Problem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const key = p.path === '' ? 'body' : p.path;
    out[key] ??= p.message;
  }
  return out;
}

/** Checks a request body against its contract schema; returns the problems by path. */
export function check(schema: z.ZodType, body: unknown): FieldErrors {
  const result = schema.safeParse(body);
  return result.success ? {} : errorsFromProblems(problemsOf(result.error));
}

/** Splits a server error into messages beside fields and, when none fits, one for the form. */
export function errorsFromApi(error: unknown): { fields: FieldErrors; form: string | null } {
  if (error instanceof ApiError && (error.code === 'validation_failed' || error.code === 'conflict' || error.code === 'name_taken')) {
    if (error.problems.length > 0) return { fields: errorsFromProblems(error.problems), form: null };
    if (error.field !== undefined) {
      const prefix = `${error.field}: `;
      const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      return { fields: { [error.field]: message }, form: null };
    }
  }
  return { fields: {}, form: friendlyError(error) };
}

/** The message for a field, including those about its parts (`strategies[0].helped`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path] !== undefined) return errors[path];
  const key = Object.keys(errors).find((k) => k.startsWith(`${path}.`) || k.startsWith(`${path}[`));
  return key === undefined ? undefined : errors[key];
}

/** Errors about fields the form does not show, as "path: message" lines for a summary. */
export function unplaced(errors: FieldErrors, shown: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([k]) => !shown.some((s) => k === s || k.startsWith(`${s}.`) || k.startsWith(`${s}[`)))
    .map(([k, m]) => `${k}: ${m}`);
}

/** "must be 0–10" beside "Intensity" reads as "Intensity must be 0–10." */
export function sentence(label: string, message: string): string {
  if (/^[a-z]/.test(message)) return `${label} ${message}${/[.!?]$/.test(message) ? '' : '.'}`;
  return message;
}

/** Text from a number input: '' is "not noted" (null); anything else goes to the schema as a number. */
export function numberOrNull(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : NaN;
}
