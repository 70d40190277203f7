/**
 * Headway's export format, version 2 (documented in docs/EXPORT-FORMAT.md). One JSON file
 * holds everything a person logged. Triggers and strategies are referenced by name, so a
 * file reads on its own and imports into any journal; entries keep their ids, so importing
 * the same file twice adds nothing. Version 2 added questionnaires, the safety plan,
 * reminder rhythms and safety events; a version 1 file is read as having none of them.
 */
import { z } from 'zod';
import type { CrisisCategory } from '../core/safety/crisis-language.js';
import { MEASURE_SOURCES, SAFETY_STEPS } from '../core/safety/records.js';
import { LIMITS } from '../core/vocabulary.js';
import {
  boolSchema,
  bodyStateSchema,
  countrySchema,
  distressSchema,
  functionSchema,
  daySchema,
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
  storable,
  thoughtSchema,
} from './fields.js';
import { instrumentIdSchema, scheduleBodySchema } from './measures.js';
import { SAFETY_LINE_CHARS, SAFETY_LINES_PER_STEP } from './safety.js';

export const EXPORT_FORMAT = 'headway.export';
/** The version Headway writes. */
export const EXPORT_VERSION = 2;
/** The versions Headway reads; a file with a higher version comes from a newer Headway. */
export const READABLE_EXPORT_VERSIONS = [1, 2] as const;

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

// ---- added in version 2 ----

/** One completed questionnaire. Whether the answers are complete and in range is checked by scoring them. */
export const exportMeasureSchema = z.strictObject({
  id: idSchema,
  instrument: instrumentIdSchema,
  takenAt: instantSchema,
  answers: z
    .array(z.int({ error: 'must be a whole number' }), { error: 'must be a list of answers' })
    .max(60, { error: 'has more answers than any questionnaire has items' }),
  source: z.enum(MEASURE_SOURCES, { error: `must be one of ${MEASURE_SOURCES.join(', ')}` }),
  createdAt: instantSchema,
});

// The same limits as saving the plan (contracts/safety.ts): lines trimmed, empty lines dropped.
const planLineSchema = storable(
  z.string({ error: 'must be text' }).trim().max(SAFETY_LINE_CHARS, { error: `must be at most ${SAFETY_LINE_CHARS} characters` }),
);
const planStepSchema = z
  .array(planLineSchema, { error: 'must be a list of lines' })
  .max(SAFETY_LINES_PER_STEP, { error: `can hold at most ${SAFETY_LINES_PER_STEP} lines` })
  .transform((lines) => lines.filter((l) => l !== ''));

/** A saved safety plan; a plan never saved is exported as null. */
export const exportSafetyPlanSchema = z.strictObject({
  steps: z.strictObject(
    Object.fromEntries(SAFETY_STEPS.map((s) => [s, planStepSchema])) as Record<(typeof SAFETY_STEPS)[number], typeof planStepSchema>,
  ),
  mattersMost: storable(z.string({ error: 'must be text' }).trim().max(1000, { error: 'must be at most 1000 characters' })),
  updatedAt: instantSchema,
});

export const exportScheduleSchema = z.strictObject({ instrument: instrumentIdSchema, everyDays: scheduleBodySchema.shape.everyDays });

// A mapped type, so the compiler insists on every category core knows, and only those.
const CRISIS_CATEGORIES: { [C in CrisisCategory]: C } = {
  'suicidal-thoughts': 'suicidal-thoughts',
  'self-harm': 'self-harm',
  'ending-it': 'ending-it',
  'not-wanting-to-be-here': 'not-wanting-to-be-here',
};

/** When care was offered. Details hold numbers and categories, never the person's words. */
export const exportSafetyEventSchema = z.strictObject({
  id: idSchema,
  occurredAt: instantSchema,
  detail: z.discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('critical-answer'),
        measureId: idSchema,
        instrument: instrumentIdSchema,
        item: z.int({ error: 'must be a question number' }).min(1, { error: 'must be a question number' }),
        value: z.int({ error: 'must be a whole number' }),
        tier: z.enum(['urgent', 'notice'], { error: 'must be urgent or notice' }),
      }),
      z.strictObject({
        kind: z.literal('crisis-language'),
        entryKind: z.enum(['moments', 'checkins', 'practices', 'shifts'], { error: 'must be moments, checkins, practices or shifts' }),
        entryId: idSchema,
        categories: z.array(z.enum(CRISIS_CATEGORIES, { error: `must be one of ${Object.values(CRISIS_CATEGORIES).join(', ')}` })),
      }),
    ],
    { error: 'must have "kind": "critical-answer" or "crisis-language"' },
  ),
  acknowledgedAt: instantSchema.nullable(),
});

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.literal(READABLE_EXPORT_VERSIONS, { error: `must be ${READABLE_EXPORT_VERSIONS.join(' or ')}` }),
  exportedAt: instantSchema,
  person: z.strictObject({
    // Not trimmed: a file holds the name as saved (trimmed then), and reads back as written.
    displayName: storable(z.string({ error: 'must be text' }).max(80, { error: 'must be at most 80 characters' }), true),
    country: countrySchema,
    // Written only when the person has given it, so files without it stay readable by builds before it.
    therapyStartedOn: daySchema.optional(),
  }),
  toolkit: z.array(exportStrategySchema),
  triggers: z.array(exportTriggerSchema),
  moments: z.array(exportMomentSchema),
  checkins: z.array(exportCheckinSchema),
  practices: z.array(exportPracticeSchema),
  shifts: z.array(exportShiftSchema),
  // Version 2. Left out (as in every version 1 file), a section is read as empty.
  measures: z.array(exportMeasureSchema).optional(),
  safetyPlan: exportSafetyPlanSchema.nullable().optional(),
  schedules: z.array(exportScheduleSchema).optional(),
  safetyEvents: z.array(exportSafetyEventSchema).optional(),
});

export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportMoment = z.infer<typeof exportMomentSchema>;
export type ExportCheckin = z.infer<typeof exportCheckinSchema>;
export type ExportPractice = z.infer<typeof exportPracticeSchema>;
export type ExportShift = z.infer<typeof exportShiftSchema>;
export type ExportMeasure = z.infer<typeof exportMeasureSchema>;
export type ExportSafetyPlan = z.infer<typeof exportSafetyPlanSchema>;
export type ExportSafetyEvent = z.infer<typeof exportSafetyEventSchema>;
export type ExportSchedule = z.infer<typeof exportScheduleSchema>;
/** A file with every section present, as Headway writes it and as import reads any file. */
export type CompleteExportFile = ExportFile & {
  measures: ExportMeasure[];
  safetyPlan: ExportSafetyPlan | null;
  schedules: ExportSchedule[];
  safetyEvents: ExportSafetyEvent[];
};

export const importResultSchema = z.object({
  added: z.object({
    toolkit: z.number(),
    triggers: z.number(),
    moments: z.number(),
    checkins: z.number(),
    practices: z.number(),
    shifts: z.number(),
    measures: z.number(),
    safetyEvents: z.number(),
    schedules: z.number(),
  }),
  /** Entries, questionnaires and safety events whose id was already in the journal. */
  alreadyPresent: z.number(),
  replacedToolkit: z.boolean(),
  /** `replaced`: the journal had no saved plan and took the file's; `kept`: a saved plan is never overwritten. */
  safetyPlan: z.enum(['replaced', 'kept']),
});
export type ImportResult = z.infer<typeof importResultSchema>;
