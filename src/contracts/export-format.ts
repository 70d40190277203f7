/**
 * Headway's export format, version 1 (documented in docs/EXPORT-FORMAT.md). One JSON file
 * holds everything a person logged. Triggers and strategies are referenced by name, so a
 * file reads on its own and imports into any journal; entries keep their ids, so importing
 * the same file twice adds nothing.
 */
import { z } from 'zod';
import { LIMITS } from '../core/vocabulary.js';
import {
  boolSchema,
  bodyStateSchema,
  countrySchema,
  distressSchema,
  functionSchema,
  idSchema,
  instantSchema,
  intensitySchema,
  moodSchema,
  nameSchema,
  noteSchema,
  practiceMinutesSchema,
  roleSchema,
  settledMinutesSchema,
  shiftKindSchema,
  sleepHoursSchema,
  thoughtSchema,
} from './fields.js';

export const EXPORT_FORMAT = 'headway.export';
export const EXPORT_VERSION = 1;

const stamps = { createdAt: instantSchema, updatedAt: instantSchema };

export const exportStrategySchema = z.strictObject({
  name: nameSchema,
  role: roleSchema,
  function: functionSchema,
  archived: boolSchema,
  ...stamps,
});
export const exportTriggerSchema = z.strictObject({ name: nameSchema, createdAt: instantSchema });

export const exportMomentSchema = z.strictObject({
  id: idSchema,
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
    .array(z.strictObject({ name: nameSchema, helped: boolSchema.nullable() }))
    .max(LIMITS.strategiesPerMoment, { error: `must hold at most ${LIMITS.strategiesPerMoment} strategies` }),
  note: noteSchema,
  ...stamps,
});
export const exportCheckinSchema = z.strictObject({
  id: idSchema,
  occurredAt: instantSchema,
  distress: distressSchema,
  mood: moodSchema.nullable(),
  windowState: bodyStateSchema.nullable(),
  sleepHours: sleepHoursSchema.nullable(),
  note: noteSchema,
  ...stamps,
});
export const exportPracticeSchema = z.strictObject({
  id: idSchema,
  occurredAt: instantSchema,
  kind: nameSchema,
  minutes: practiceMinutesSchema.nullable(),
  note: noteSchema,
  ...stamps,
});
export const exportShiftSchema = z.strictObject({
  id: idSchema,
  occurredAt: instantSchema,
  kind: shiftKindSchema,
  note: noteSchema,
  ...stamps,
});

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, { error: `must be ${EXPORT_VERSION}; this Headway reads version ${EXPORT_VERSION}` }),
  exportedAt: instantSchema,
  person: z.strictObject({
    displayName: z.string().max(80, { error: 'must be at most 80 characters' }),
    country: countrySchema,
  }),
  toolkit: z.array(exportStrategySchema),
  triggers: z.array(exportTriggerSchema),
  moments: z.array(exportMomentSchema),
  checkins: z.array(exportCheckinSchema),
  practices: z.array(exportPracticeSchema),
  shifts: z.array(exportShiftSchema),
});

export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportMoment = z.infer<typeof exportMomentSchema>;
export type ExportCheckin = z.infer<typeof exportCheckinSchema>;
export type ExportPractice = z.infer<typeof exportPracticeSchema>;
export type ExportShift = z.infer<typeof exportShiftSchema>;

export const importResultSchema = z.object({
  added: z.object({
    toolkit: z.number(),
    triggers: z.number(),
    moments: z.number(),
    checkins: z.number(),
    practices: z.number(),
    shifts: z.number(),
  }),
  alreadyPresent: z.number(),
  replacedToolkit: z.boolean(),
});
export type ImportResult = z.infer<typeof importResultSchema>;
