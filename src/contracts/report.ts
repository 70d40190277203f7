/**
 * The insight report over the wire: GET /api/report and `headway report --json`.
 * Mirrors core/insight/report.ts (the type-level check at the bottom keeps them equal).
 */
import { z } from 'zod';
import { MODES, PHASES, TREND_STATUSES, type InsightReport, type TriggerPoint } from '../core/insight/report.js';
import { BODY_STATES, STRATEGY_ROLES } from '../core/vocabulary.js';
import { daySchema, nameSchema } from './fields.js';

export const reportQuerySchema = z.strictObject({
  asOf: daySchema.optional(),
  /** The first day of the period, as "since therapy began" asks; instead of `weeks`, not with it. */
  from: daySchema.optional(),
  weeks: z
    .union([z.literal('all'), z.coerce.number({ error: 'must be a whole number of weeks from 2 to 520, or all' }).int().min(2).max(520)], {
      error: 'must be a whole number of weeks from 2 to 520, or all',
    })
    .optional(),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** GET /api/report/trigger-points: every moment of one trigger in a range of days. */
export const triggerPointsQuerySchema = z.strictObject({
  trigger: nameSchema,
  from: daySchema,
  to: daySchema,
});
export type TriggerPointsQuery = z.infer<typeof triggerPointsQuerySchema>;

const n = z.number();
const day = z.string();
const trend = z.object({
  early: n.nullable(),
  recent: n.nullable(),
  slopePer30Days: n.nullable(),
  slopeCi: z.tuple([n, n]).nullable(),
  p: n.nullable(),
  n,
  status: z.enum(TREND_STATUSES),
});

const measureSummary = z.object({
  instrument: z.string(),
  first: n.nullable(),
  latest: n.nullable(),
  firstOn: day,
  latestOn: day,
  count: n,
  change: n.nullable(),
  reliableChange: z.enum(['improved', 'deteriorated', 'no-reliable-change']).nullable(),
  outcome: z.string().nullable(),
});

const triggerPoint = z.object({ day, intensity: n, settledMinutes: n.nullable(), moments: n.optional() });

export const reportSchema = z.object({
  asOf: day,
  period: z.object({ from: day, to: day, earlyUntil: day, recentFrom: day }),
  mode: z.enum(MODES),
  phase: z.enum(PHASES),
  evidence: z.array(
    z.object({
      source: z.enum(['triggers', 'copingLoad', 'repertoire', 'healing', 'window', 'measures']),
      points: z.enum(['progress', 'steady', 'strain']),
      text: z.string(),
    }),
  ),
  triggers: z.array(
    z.object({
      trigger: z.string(),
      status: z.enum(TREND_STATUSES),
      n,
      firstDay: day.nullable(),
      lastDay: day.nullable(),
      intensity: trend,
      settling: trend,
      awareness: trend,
      points: z.array(triggerPoint),
      pointDays: n.nullable(),
      missing: z.string().nullable(),
    }),
  ),
  copingLoad: z.object({
    perMoment: trend,
    relativeToDistress: trend,
    weeks: z.array(
      z.object({ week: day, days: n, moments: n, strategies: n, perMoment: n.nullable(), meanIntensity: n.nullable(), perIntensityPoint: n.nullable() }),
    ),
  }),
  repertoire: z.object({
    distinct: n,
    diversity: n.nullable(),
    avoidantShare: n.nullable(),
    avoidantShareTrend: trend,
    overReliance: z.object({ strategy: z.string(), share: n }).nullable(),
    strategies: z.array(z.object({ strategy: z.string(), role: z.enum(STRATEGY_ROLES), uses: n, helped: n, notHelped: n })),
  }),
  healing: z.object({
    practicesPerWeek: trend,
    practiceMinutes: n,
    shiftsPerWeek: trend,
    weeks: z.array(z.object({ week: day, days: n, practices: n, practiceMinutes: n, shifts: n })),
    shiftKinds: z.array(z.object({ kind: z.string(), count: n })),
  }),
  window: z.object({
    recentWithinShare: n.nullable(),
    earlyWithinShare: n.nullable(),
    recentMeanDistress: n.nullable(),
    phase: z.enum(PHASES),
    days: z.array(z.object({ day, state: z.enum(BODY_STATES), distress: n.nullable() })),
  }),
  sleepMood: z.object({
    sleep: trend,
    mood: trend,
    weeks: z.array(z.object({ week: day, days: n, checkins: n, sleepHours: n.nullable(), mood: n.nullable() })),
  }),
  invisibleProgress: z.array(z.object({ text: z.string(), trigger: z.string().optional() })),
  notEnoughData: z.array(z.string()),
  measures: z.array(measureSummary),
  therapy: z.object({ startedOn: day.nullable(), measures: z.array(measureSummary) }),
  criticalAnswers: z.array(
    z.object({ instrument: z.string(), day, item: n, label: z.string(), value: n, answer: z.string(), tier: z.enum(['urgent', 'notice']) }),
  ),
  safety: z.object({ alert: z.boolean(), reasons: z.array(z.string()) }),
  counts: z.object({ moments: n, checkins: n, practices: n, shifts: n }),
});

export const triggerPointsSchema = z.object({
  trigger: z.string(),
  from: day,
  to: day,
  total: n.describe('Moments with this trigger in the range; `points` holds the latest 5,000 when there are more.'),
  points: z.array(triggerPoint),
});
export type TriggerPoints = z.infer<typeof triggerPointsSchema>;

// Compile-time checks: the wire schemas and the types they carry describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof reportSchema>, InsightReport> = true;
void sameShape;
const samePoint: Same<z.infer<typeof triggerPoint>, TriggerPoint> = true;
void samePoint;
