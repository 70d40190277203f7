/** The toolkit (strategies), the trigger list and the person's settings. */
import { z } from 'zod';
import { countrySchema, displayNameSchema, functionSchema, idSchema, nameSchema, roleSchema, boolSchema } from './fields.js';

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

export const personViewSchema = z.object({ id: idSchema, displayName: z.string(), country: z.string() });
export const personUpdateSchema = z
  .strictObject({ displayName: displayNameSchema, country: countrySchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'must change at least one field' });
export type PersonView = z.infer<typeof personViewSchema>;
export type PersonUpdate = z.infer<typeof personUpdateSchema>;
