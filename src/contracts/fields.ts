/** Field schemas shared by requests, responses and the export format. */
import { z } from 'zod';
import './plain-words.js';
import { FIRST_YEAR, instantToMs, isCalendarDay, LAST_YEAR } from '../core/time.js';
import { isReadableName } from '../core/names.js';
import { isStorableLine, isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../core/text.js';
import { BODY_STATES, LIMITS, SHIFT_KINDS, STRATEGY_FUNCTIONS, STRATEGY_ROLES } from '../core/vocabulary.js';

export const idSchema = z.uuid({ error: 'must be an id (UUID)' });

export const instantSchema = z
  .string({ error: 'must be a date and time like 2026-03-02T21:15:00+01:00' })
  .refine((s) => instantToMs(s) !== null, {
    error: `must be a date and time with its offset, like 2026-03-02T21:15:00+01:00, in the years ${FIRST_YEAR}–${LAST_YEAR}`,
  });

export const daySchema = z
  .string({ error: 'must be a date like 2026-03-02' })
  .refine(isCalendarDay, { error: `must be a real date like 2026-03-02, in the years ${FIRST_YEAR}–${LAST_YEAR}` });

export const nameSchema = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(LIMITS.nameChars, { error: `must be at most ${LIMITS.nameChars} characters` })
  .refine(isStorableText, { error: UNSTORABLE_TEXT_MESSAGE, abort: true })
  .refine((s) => s === '' || isReadableName(s), { error: 'must have letters you can see' });

/**
 * Text a person writes, refused when it holds a character core/text.ts does not store
 * (a control character, a lone surrogate). Lines, tabs allowed; `oneLine` refuses those too.
 */
export function storable(text: z.ZodString, oneLine = false): z.ZodString {
  return text.refine(oneLine ? isStorableLine : isStorableText, { error: UNSTORABLE_TEXT_MESSAGE });
}

/** Free text that may be absent; empty text is stored as null. */
export const noteSchema = storable(
  z.string({ error: 'must be text' }).max(LIMITS.noteChars, { error: `must be at most ${LIMITS.noteChars} characters` }),
)
  .transform((s) => (s.trim() === '' ? null : s))
  .nullable();

export const thoughtSchema = storable(
  z.string({ error: 'must be text' }).max(LIMITS.thoughtChars, { error: `must be at most ${LIMITS.thoughtChars} characters` }),
)
  .transform((s) => (s.trim() === '' ? null : s.trim()))
  .nullable();

/** The name a person goes by: one line, at most 80 characters. */
export const displayNameSchema = storable(z.string({ error: 'must be text' }).trim().max(80, { error: 'must be at most 80 characters' }), true);

/** `unit` words a long range: "must be 0–1440 minutes (up to a day)". */
function intRange(min: number, max: number, unit = '') {
  return z.int({ error: `must be a whole number from ${min} to ${max}${unit}` }).min(min, {
    error: `must be ${min}–${max}${unit}`,
  }).max(max, { error: `must be ${min}–${max}${unit}` });
}

export const intensitySchema = intRange(0, 10);
export const distressSchema = intRange(0, 10);
export const moodSchema = intRange(1, 5);
export const settledMinutesSchema = intRange(0, LIMITS.settledMinutesMax, ' minutes (up to a week)');
export const practiceMinutesSchema = intRange(0, LIMITS.practiceMinutesMax, ' minutes (up to a day)');
export const sleepHoursSchema = z
  .number({ error: `must be a number of hours from 0 to ${LIMITS.sleepHoursMax}` })
  .min(0, { error: `must be 0–${LIMITS.sleepHoursMax} hours` })
  .max(LIMITS.sleepHoursMax, { error: `must be 0–${LIMITS.sleepHoursMax} hours` });

export const bodyStateSchema = z.enum(BODY_STATES, { error: `must be one of ${BODY_STATES.join(', ')}` });
export const roleSchema = z.enum(STRATEGY_ROLES, { error: `must be one of ${STRATEGY_ROLES.join(', ')}` });
export const functionSchema = z.enum(STRATEGY_FUNCTIONS, {
  error: `must be one of ${STRATEGY_FUNCTIONS.join(', ')}`,
});
export const shiftKindSchema = z.enum(SHIFT_KINDS, { error: `must be one of ${SHIFT_KINDS.join(', ')}` });
export const boolSchema = z.boolean({ error: 'must be true or false' });
export const countrySchema = z
  .string({ error: 'must be a two-letter country code' })
  .regex(/^[A-Za-z]{2}$/, { error: 'must be a two-letter country code like GB' })
  .transform((s) => s.toUpperCase());
