/** The safety plan and safety events (issue 4). */
import { z } from 'zod';
import { SAFETY_STEPS } from '../core/safety/records.js';
import { idSchema, storable } from './fields.js';

export const SAFETY_LINE_CHARS = 300;
export const SAFETY_LINES_PER_STEP = 20;

const lineSchema = storable(
  z.string({ error: 'must be text' }).trim().max(SAFETY_LINE_CHARS, { error: `must be at most ${SAFETY_LINE_CHARS} characters` }),
);
const stepSchema = z
  .array(lineSchema, { error: 'must be a list of lines' })
  .max(SAFETY_LINES_PER_STEP, { error: `can hold at most ${SAFETY_LINES_PER_STEP} lines` })
  .transform((lines) => lines.filter((l) => l !== ''));

export const safetyPlanBodySchema = z.strictObject({
  steps: z.strictObject(
    Object.fromEntries(SAFETY_STEPS.map((s) => [s, stepSchema.optional()])) as Record<(typeof SAFETY_STEPS)[number], z.ZodOptional<typeof stepSchema>>,
  ),
  mattersMost: storable(z.string({ error: 'must be text' }).trim().max(1000, { error: 'must be at most 1000 characters' })).optional(),
});
export type SafetyPlanBody = z.infer<typeof safetyPlanBodySchema>;

export const safetyPlanViewSchema = z.object({
  steps: z.object(Object.fromEntries(SAFETY_STEPS.map((s) => [s, z.array(z.string())])) as Record<(typeof SAFETY_STEPS)[number], z.ZodArray<z.ZodString>>),
  mattersMost: z.string(),
  updatedAt: z.string().nullable(),
  /** Headway's wording for each step: a title and a prompt. */
  guide: z.array(z.object({ step: z.enum(SAFETY_STEPS), title: z.string(), prompt: z.string() })),
});
export type SafetyPlanView = z.infer<typeof safetyPlanViewSchema>;

export const safetyEventViewSchema = z.object({
  id: idSchema,
  occurredAt: z.string(),
  kind: z.enum(['critical-answer', 'crisis-language']),
  /** Plain words, with numbers but never the person's own text. */
  description: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export type SafetyEventView = z.infer<typeof safetyEventViewSchema>;

/** Offered with a saved moment or check-in whose words suggest the person may not be safe. */
export const safetyOfferSchema = z.object({ offerSafetyPlan: z.literal(true), eventId: idSchema });
