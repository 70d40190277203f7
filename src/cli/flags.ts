/**
 * Turns command-line flags into request bodies and zod problems back into flag names,
 * so `--intensity 12` is answered with "--intensity: must be 0–10".
 */
import type { z } from 'zod';
import { problemsOf } from '../contracts/errors.js';
import { formatInstant, instantToMs } from '../core/time.js';
import { CliError, EXIT } from './fail.js';
import { flagFor } from './flag-names.js';

export { flagFor };

/** A number when the text is one, else the text itself (so the schema names what is wrong). */
export function numberish(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}

/**
 * Reads `--at`: an ISO 8601 instant with offset, or a local date and time without one
 * ("2026-03-02T21:15" or "2026-03-02 21:15"), which gets this machine's offset.
 */
export function readAt(text: string | undefined, nowMs: () => number = Date.now): string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().replace(' ', 'T');
  if (instantToMs(t) !== null) return t;
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (local) {
    const [, y, mo, d, h, mi = '00', s = '00'] = local;
    // A day alone means its midday, or now if that is still to come today.
    const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h ?? '12'), Number(mi), Number(s));
    if (date.getFullYear() === Number(y) && date.getMonth() === Number(mo) - 1 && date.getDate() === Number(d)) {
      const at = h === undefined ? new Date(Math.min(date.getTime(), nowMs())) : date;
      if (at.getDate() === date.getDate()) return formatInstant(at.getTime(), -at.getTimezoneOffset());
      return formatInstant(date.getTime(), -date.getTimezoneOffset());
    }
  }
  return text; // the schema reports it
}

/** Drops undefined values, so absent flags are absent fields. */
export function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Parses a body (or, with `field`, one flag's value) with a contract's schema, naming flags in any problem. */
export function parseWith<S extends z.ZodType>(schema: S, body: unknown, field = 'body'): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = problemsOf(parsed.error).map((p) => ({ path: flagFor(p.path || field), message: p.message }));
  const first = problems[0];
  throw new CliError(first ? `${first.path}: ${first.message}` : 'the input is not valid', EXIT.validation_failed, problems);
}
