/**
 * Requests and responses for standardised questionnaires (issue 4): the catalogue of
 * instruments, taking one, listing results, change over time, and reminder rhythms.
 */
import { z } from 'zod';
import { INSTRUMENT_IDS } from '../core/measures/instrument.js';
import { daySchema, idSchema, instantSchema } from './fields.js';

export const instrumentIdSchema = z.enum(INSTRUMENT_IDS, { error: `must be one of ${INSTRUMENT_IDS.join(', ')}` });

const sourceSchema = z.object({ citation: z.string(), evidence: z.enum(['V', 'S', 'U']) });

export const instrumentViewSchema = z.object({
  id: instrumentIdSchema,
  name: z.string(),
  stem: z.string().nullable(),
  recallPeriod: z.object({ days: z.number(), label: z.string() }),
  items: z.array(z.object({ number: z.number(), id: z.string(), label: z.string(), text: z.string() })),
  responses: z.array(z.object({ value: z.number(), label: z.string() })),
  /** Null for instruments without a total (Brief COPE reports scales only). */
  total: z.object({ min: z.number(), max: z.number(), better: z.enum(['lower', 'higher']) }).nullable(),
  bands: z.array(z.object({ id: z.string(), label: z.string(), min: z.number(), max: z.number() })),
  caseness: z.object({ direction: z.enum(['at-or-above', 'at-or-below']), cutOff: z.number(), label: z.string() }).nullable(),
  reliableChange: z.object({ points: z.number(), source: sourceSchema }).nullable(),
  subscales: z.array(z.object({ id: z.string(), label: z.string(), items: z.array(z.number()), min: z.number(), max: z.number() })),
  criticalItems: z.array(z.object({ item: z.number(), minValue: z.number(), tier: z.enum(['urgent', 'notice']) })),
  attribution: z.string(),
  licence: z.string(),
  /** How often Headway suggests taking it, in days. */
  suggestedEveryDays: z.number(),
});
export type InstrumentView = z.infer<typeof instrumentViewSchema>;

export const measureCreateSchema = z.strictObject({
  instrument: instrumentIdSchema,
  /** `answers[i]` is the value for item i + 1; null (or a short list) marks an unanswered item. */
  answers: z.array(z.int({ error: 'must be a whole number or null' }).nullable(), { error: 'must be a list of answers' }).max(60, {
    error: 'has more answers than any questionnaire has items',
  }),
  takenAt: instantSchema.optional(),
  /** `paper` for a form filled in on paper and typed in later. */
  source: z.enum(['app', 'paper'], { error: 'must be app or paper' }).optional(),
});
export type MeasureCreate = z.infer<typeof measureCreateSchema>;

export const criticalAnswerSchema = z.object({
  item: z.number(),
  value: z.number(),
  tier: z.enum(['urgent', 'notice']),
  /** Headway's short label for the item. */
  label: z.string(),
});

export const measureViewSchema = z.object({
  id: idSchema,
  instrument: instrumentIdSchema,
  takenAt: z.string(),
  source: z.enum(['app', 'paper', 'fhir']),
  answers: z.array(z.number()),
  total: z.number().nullable(),
  band: z.object({ id: z.string(), label: z.string() }).nullable(),
  caseness: z.boolean().nullable(),
  subscales: z.array(z.object({ id: z.string(), label: z.string(), score: z.number(), min: z.number(), max: z.number() })),
  critical: z.array(criticalAnswerSchema),
});
export type MeasureView = z.infer<typeof measureViewSchema>;

/** A result moved to "recently deleted": restorable until `restorableUntil` (30 days, as entries). */
export const measureDeletedSchema = z.object({ id: idSchema, deletedAt: z.string(), restorableUntil: z.string() });
export const deletedMeasureViewSchema = measureViewSchema.extend({
  deletedAt: z.string(),
  restorableUntil: z.string(),
  /** The highest total the questionnaire has ("16 out of 27"); null without a total (Brief COPE). */
  totalMax: z.number().nullable(),
});
export type DeletedMeasureView = z.infer<typeof deletedMeasureViewSchema>;

/** What taking a questionnaire returns: the critical answers come first, before any score. */
export const measureTakenSchema = z.object({
  critical: z.array(criticalAnswerSchema),
  safetyEventIds: z.array(idSchema),
  measure: measureViewSchema,
});
export type MeasureTaken = z.infer<typeof measureTakenSchema>;

export const measureListQuerySchema = z.strictObject({ instrument: instrumentIdSchema.optional() });

const pointSchema = z.object({ takenAt: z.string(), total: z.number(), band: z.string().nullable(), caseness: z.boolean().nullable() });

export const instrumentOverviewSchema = z.object({
  instrument: instrumentIdSchema,
  count: z.number(),
  first: pointSchema.nullable(),
  latest: pointSchema.nullable(),
  /** latest − first, in the instrument's reported points. */
  change: z.number().nullable(),
  reliableChange: z.enum(['improved', 'deteriorated', 'no-reliable-change']).nullable(),
  /** One plain sentence saying what the numbers show, in the person's terms. */
  summary: z.string().nullable(),
  notOnTrack: z.object({ flag: z.boolean(), reason: z.string().nullable(), heuristic: z.literal(true) }).nullable(),
  schedule: z.object({ everyDays: z.number() }).nullable(),
  due: z.object({ due: z.boolean(), nextOn: daySchema.nullable() }).nullable(),
});
export type InstrumentOverview = z.infer<typeof instrumentOverviewSchema>;

export const NHS_OUTCOMES = ['not-at-caseness', 'recovery', 'reliable-improvement', 'reliable-recovery', 'no-reliable-change', 'reliable-deterioration'] as const;

export const measuresOverviewSchema = z.object({
  asOf: daySchema,
  instruments: z.array(instrumentOverviewSchema),
  /** The paired PHQ-9 + GAD-7 outcome by NHS Talking Therapies rules; null without two of each. */
  nhs: z
    .object({
      outcome: z.enum(NHS_OUTCOMES),
      first: z.object({ phq9: z.number(), gad7: z.number() }),
      latest: z.object({ phq9: z.number(), gad7: z.number() }),
      note: z.string(),
    })
    .nullable(),
});
export type MeasuresOverview = z.infer<typeof measuresOverviewSchema>;

export const scheduleBodySchema = z.strictObject({
  everyDays: z.int({ error: 'must be a whole number of days from 1 to 365' }).min(1, { error: 'must be 1–365 days' }).max(365, { error: 'must be 1–365 days' }),
});
