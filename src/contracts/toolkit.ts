/** The toolkit (strategies), the trigger list and the person's settings. */
import { z } from 'zod';
import { countrySchema, daySchema, displayNameSchema, functionSchema, idSchema, nameSchema, roleSchema, boolSchema } from './fields.js';

export const strategyCreateSchema = z.strictObject({
  name: nameSchema,
  role: roleSchema,
  function: functionSchema,
});
export const strategyUpdateSchema = z
  .strictObject({ name: nameSchema, role: roleSchema, function: functionSchema, archived: boolSchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'must change at least one field' });
export type StrategyCreate = z.infer<typeof strategyCreateSchema>;
export type StrategyUpdate = z.infer<typeof strategyUpdateSchema>;

export const strategyViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: roleSchema,
  function: functionSchema,
  archived: z.boolean(),
  uses: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StrategyView = z.infer<typeof strategyViewSchema>;

export const triggerViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  uses: z.number(),
  lastUsedAt: z.string().nullable(),
});
export type TriggerView = z.infer<typeof triggerViewSchema>;

export const triggerRenameSchema = z.strictObject({ name: nameSchema });

/** Merging a trigger (the one in the path) into another: its moments move there and it is gone. */
export const triggerMergeSchema = z.strictObject({ into: idSchema });
export const triggerMergedSchema = z.object({ into: triggerViewSchema, moved: z.number().describe('Moments moved, recently deleted ones included.') });
export type TriggerMerged = z.infer<typeof triggerMergedSchema>;

export const personViewSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  country: z.string(),
  /** 'YYYY-MM-DD', the day therapy began, or null when not given. */
  therapyStartedOn: z.string().nullable(),
  /** True once Headway has asked for that day (answered or skipped): it asks only once. */
  therapyStartAsked: z.boolean(),
  /** True once the first-start screen was finished or skipped: it shows only until then. */
  welcomed: z.boolean(),
});
export const personUpdateSchema = z
  .strictObject({
    displayName: displayNameSchema,
    country: countrySchema,
    // Null clears it. "Not in the future" needs today, so the app checks it (updatePerson.ts).
    therapyStartedOn: daySchema.nullable(),
    // Sent when the person skips the question: it is not asked again.
    therapyStartAsked: z.literal(true, { error: 'can only be true' }),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'must change at least one field' });
export type PersonView = z.infer<typeof personViewSchema>;
export type PersonUpdate = z.infer<typeof personUpdateSchema>;
