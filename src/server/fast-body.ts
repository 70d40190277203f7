/**
 * Request-body validation: zod (fastify-type-provider-zod) for every route, with a
 * hand-written check in front of it for the hottest body, logging a moment. The check
 * accepts only bodies that are plainly valid and returns exactly what zod would; for
 * anything else (a strategy list, an unknown key, a wrong type, a value out of range…)
 * it steps aside and zod parses the body as before, so every error stays zod's own.
 * Running zod's generic parser on every request cost more than the rest of the
 * validation path (docs/PERFORMANCE.md); fast-body.test.ts holds the two to the same
 * results.
 */
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { momentCreateSchema, type MomentCreate } from '../contracts/entries.js';
import { isReadableName } from '../core/names.js';
import { isStorableText } from '../core/text.js';
import { instantToMs } from '../core/time.js';
import { BODY_STATES, LIMITS } from '../core/vocabulary.js';

/** The parsed body, or undefined to let zod decide (and word any error). */
type FastParse = (body: unknown) => unknown;

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

const BODY_STATE_SET: ReadonlySet<unknown> = new Set(BODY_STATES);

/**
 * momentCreateSchema (contracts/entries.ts), for bodies without strategies. Field by
 * field as zod does it: the trigger is trimmed before its length is checked; a note or
 * thought is checked at its typed length, then blank becomes null and a thought is trimmed.
 * Each field is stored under its own name (a store under a variable key is a megamorphic
 * look-up in V8).
 */
export function fastMomentCreate(body: unknown): MomentCreate | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  const out: Partial<Record<keyof MomentCreate, unknown>> = {};
  for (const key in b) {
    if (!Object.hasOwn(b, key)) return undefined;
    const v = b[key];
    switch (key) {
      case 'occurredAt':
        if (typeof v !== 'string' || instantToMs(v) === null) return undefined;
        out.occurredAt = v;
        break;
      case 'trigger': {
        if (typeof v !== 'string') return undefined;
        const t = v.trim();
        if (t.length < 1 || t.length > LIMITS.nameChars || !isReadableName(t)) return undefined;
        out.trigger = t;
        break;
      }
      case 'intensity':
        if (!isInt(v, 0, 10)) return undefined;
        out.intensity = v;
        break;
      case 'bodyState':
        if (v !== null && !BODY_STATE_SET.has(v)) return undefined;
        out.bodyState = v;
        break;
      case 'thought':
        if (v !== null && (typeof v !== 'string' || v.length > LIMITS.thoughtChars || !isStorableText(v))) return undefined;
        out.thought = v === null || v.trim() === '' ? null : v.trim();
        break;
      case 'followedThought':
        if (v !== null && typeof v !== 'boolean') return undefined;
        out.followedThought = v;
        break;
      case 'recognizedEarly':
        if (typeof v !== 'boolean') return undefined;
        out.recognizedEarly = v;
        break;
      case 'handledDifferently':
        if (typeof v !== 'boolean') return undefined;
        out.handledDifferently = v;
        break;
      case 'settledMinutes':
        if (v !== null && !isInt(v, 0, LIMITS.settledMinutesMax)) return undefined;
        out.settledMinutes = v;
        break;
      case 'note':
        if (v !== null && (typeof v !== 'string' || v.length > LIMITS.noteChars || !isStorableText(v))) return undefined;
        out.note = v === null || v.trim() === '' ? null : v;
        break;
      default:
        // strategies, or a key zod will refuse
        return undefined;
    }
  }
  if (out.trigger === undefined || out.intensity === undefined) return undefined;
  return out as MomentCreate;
}

const FAST: ReadonlyMap<unknown, FastParse> = new Map<unknown, FastParse>([[momentCreateSchema, fastMomentCreate]]);

/** fastify-type-provider-zod's compiler, with the fast check in front where there is one. */
export const validatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  const zod = zodValidatorCompiler(route);
  const fast = FAST.get(route.schema);
  if (fast === undefined) return zod;
  return (data: unknown) => {
    const value = fast(data);
    return value === undefined ? zod(data) : { value };
  };
};
