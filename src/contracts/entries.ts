/**
 * Requests and responses for the four journal entries. Create bodies reject unknown keys,
 * so a typo such as "intensty" is reported instead of silently dropped. Update bodies are
 * the same fields, all optional, with at least one present.
 */
import { safetyOfferSchema } from './safety.js';
import { z } from 'zod';
import { LIMITS } from '../core/vocabulary.js';
import {
  boolSchema,
  bodyStateSchema,
  daySchema,
  distressSchema,
  idSchema,
  instantSchema,
  intensitySchema,
  moodSchema,
  nameSchema,
  noteSchema,
  practiceMinutesSchema,
  settledMinutesSchema,
  shiftKindSchema,
  sleepHoursSchema,
  thoughtSchema,
} from './fields.js';

export const strategyUseInputSchema = z.strictObject({
  strategyId: idSchema,
  helped: boolSchema.nullable().optional(),
});

const momentFields = {
  occurredAt: instantSchema,
  trigger: nameSchema,
  intensity: intensitySchema,
  bodyState: bodyStateSchema.nullable(),
  thought: thoughtSchema,
  followedThought: boolSchema.nullable(),
  recognizedEarly: boolSchema,
  handledDifferently: boolSchema,
  settledMinutes: settledMinutesSchema.nullable(),
  strategies: z
    .array(strategyUseInputSchema, { error: 'must be a list' })
    .max(LIMITS.strategiesPerMoment, { error: `must hold at most ${LIMITS.strategiesPerMoment} strategies` })
    .refine((list) => new Set(list.map((s) => s.strategyId)).size === list.length, {
      error: 'must not name the same strategy twice',
    }),
  note: noteSchema,
};

const checkinFields = {
  occurredAt: instantSchema,
  distress: distressSchema,
  mood: moodSchema.nullable(),
  windowState: bodyStateSchema.nullable(),
  sleepHours: sleepHoursSchema.nullable(),
  note: noteSchema,
};

const practiceFields = {
  occurredAt: instantSchema,
  kind: nameSchema,
  minutes: practiceMinutesSchema.nullable(),
  note: noteSchema,
};

const shiftFields = {
  occurredAt: instantSchema,
  kind: shiftKindSchema,
  note: noteSchema,
};

const ownWordsNeedNote = (v: { kind?: string | undefined; note?: string | null | undefined }) =>
  v.kind !== 'own-words' || (typeof v.note === 'string' && v.note.trim() !== '');
const ownWordsRule = { error: 'needs your own words when the kind is own-words', path: ['note'] };

function atLeastOne<T extends object>(v: T): boolean {
  return Object.keys(v).length > 0;
}
const atLeastOneRule = { error: 'must change at least one field' };

export const momentCreateSchema = z.strictObject({
  ...momentFields,
  occurredAt: momentFields.occurredAt.optional(),
  bodyState: momentFields.bodyState.optional(),
  thought: momentFields.thought.optional(),
  followedThought: momentFields.followedThought.optional(),
  recognizedEarly: momentFields.recognizedEarly.optional(),
  handledDifferently: momentFields.handledDifferently.optional(),
  settledMinutes: momentFields.settledMinutes.optional(),
  strategies: momentFields.strategies.optional(),
  note: momentFields.note.optional(),
});
export const momentUpdateSchema = z.strictObject(momentFields).partial().refine(atLeastOne, atLeastOneRule);

export const checkinCreateSchema = z.strictObject({
  ...checkinFields,
  occurredAt: checkinFields.occurredAt.optional(),
  mood: checkinFields.mood.optional(),
  windowState: checkinFields.windowState.optional(),
  sleepHours: checkinFields.sleepHours.optional(),
  note: checkinFields.note.optional(),
});
export const checkinUpdateSchema = z.strictObject(checkinFields).partial().refine(atLeastOne, atLeastOneRule);

export const practiceCreateSchema = z.strictObject({
  ...practiceFields,
  occurredAt: practiceFields.occurredAt.optional(),
  minutes: practiceFields.minutes.optional(),
  note: practiceFields.note.optional(),
});
export const practiceUpdateSchema = z.strictObject(practiceFields).partial().refine(atLeastOne, atLeastOneRule);

export const shiftCreateSchema = z
  .strictObject({ ...shiftFields, occurredAt: shiftFields.occurredAt.optional(), note: shiftFields.note.optional() })
  .refine(ownWordsNeedNote, ownWordsRule);
export const shiftUpdateSchema = z
  .strictObject(shiftFields)
  .partial()
  .refine(atLeastOne, atLeastOneRule);

export type MomentCreate = z.infer<typeof momentCreateSchema>;
export type MomentUpdate = z.infer<typeof momentUpdateSchema>;
export type CheckinCreate = z.infer<typeof checkinCreateSchema>;
export type CheckinUpdate = z.infer<typeof checkinUpdateSchema>;
export type PracticeCreate = z.infer<typeof practiceCreateSchema>;
export type PracticeUpdate = z.infer<typeof practiceUpdateSchema>;
export type ShiftCreate = z.infer<typeof shiftCreateSchema>;
export type ShiftUpdate = z.infer<typeof shiftUpdateSchema>;

const entryMeta = {
  id: idSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
};

export const momentViewSchema = z.object({
  ...entryMeta,
  occurredAt: z.string(),
  triggerId: idSchema,
  trigger: z.string(),
  intensity: z.number(),
  bodyState: bodyStateSchema.nullable(),
  thought: z.string().nullable(),
  followedThought: z.boolean().nullable(),
  recognizedEarly: z.boolean(),
  handledDifferently: z.boolean(),
  settledMinutes: z.number().nullable(),
  strategies: z.array(z.object({ strategyId: idSchema, name: z.string(), helped: z.boolean().nullable() })),
  note: z.string().nullable(),
  /** Present on a save whose words suggest the person may not be safe: offer the safety plan. */
  safety: safetyOfferSchema.optional(),
});
export const checkinViewSchema = z.object({
  ...entryMeta,
  occurredAt: z.string(),
  distress: z.number(),
  mood: z.number().nullable(),
  windowState: bodyStateSchema.nullable(),
  sleepHours: z.number().nullable(),
  note: z.string().nullable(),
  safety: safetyOfferSchema.optional(),
});
export const practiceViewSchema = z.object({
  ...entryMeta,
  occurredAt: z.string(),
  kind: z.string(),
  minutes: z.number().nullable(),
  note: z.string().nullable(),
  safety: safetyOfferSchema.optional(),
});
export const shiftViewSchema = z.object({
  ...entryMeta,
  occurredAt: z.string(),
  kind: shiftKindSchema,
  note: z.string().nullable(),
  safety: safetyOfferSchema.optional(),
});
export type MomentView = z.infer<typeof momentViewSchema>;
export type CheckinView = z.infer<typeof checkinViewSchema>;
export type PracticeView = z.infer<typeof practiceViewSchema>;
export type ShiftView = z.infer<typeof shiftViewSchema>;

export const listQuerySchema = z.strictObject({
  since: daySchema.optional(),
  until: daySchema.optional(),
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 10000' })
    .int({ error: 'must be a whole number from 1 to 10000' })
    .min(1, { error: 'must be 1–10000' })
    .max(10000, { error: 'must be 1–10000' })
    .optional(),
  deleted: z.enum(['only', 'exclude'], { error: 'must be only or exclude' }).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;
