/** /api/instruments, /api/measures…: questionnaires, their results, change, reminders. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.js';
import { daySchema, idSchema } from '../../contracts/fields.js';
import {
  deletedMeasureViewSchema,
  instrumentIdSchema,
  instrumentViewSchema,
  measureCreateSchema,
  measureDeletedSchema,
  measureListQuerySchema,
  measureTakenSchema,
  measureViewSchema,
  measuresOverviewSchema,
  scheduleBodySchema,
} from '../../contracts/measures.js';
import { deleteMeasure } from '../../app/measures/deleteMeasure.js';
import { listDeletedMeasures } from '../../app/measures/listDeletedMeasures.js';
import { listMeasures } from '../../app/measures/listMeasures.js';
import { measuresOverview } from '../../app/measures/measuresOverview.js';
import { dueNow, remindersIcs, removeSchedule, setSchedule } from '../../app/measures/schedules.js';
import { restoreMeasure } from '../../app/measures/restoreMeasure.js';
import { takeMeasure } from '../../app/measures/takeMeasure.js';
import { instrumentView } from '../../app/measures/views.js';
import type { MeasureId } from '../../core/ids.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import { INSTRUMENT_IDS } from '../../core/measures/instrument.js';
import type { RouteContext } from './context.js';

const tags = ['measures'];
const errors = { 400: errorBodySchema, 404: errorBodySchema };
const instrumentParams = z.object({ instrument: instrumentIdSchema });

export function measureRoutes(app: FastifyInstance, { deps, personId }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/instruments', {
    schema: { tags, summary: 'The questionnaires Headway can score, as data', response: { 200: z.object({ items: z.array(instrumentViewSchema) }) } },
    handler: async () => ({ items: INSTRUMENT_IDS.map((id) => instrumentView(INSTRUMENTS[id])) }),
  });

  r.post('/api/measures', {
    schema: { tags, summary: 'Record a completed questionnaire; critical answers come first', body: measureCreateSchema, response: { 201: measureTakenSchema, 400: errorBodySchema } },
    handler: async (req, reply) => reply.code(201).send(await takeMeasure(deps, personId, req.body)),
  });

  r.get('/api/measures', {
    schema: { tags, summary: 'Questionnaire results, oldest first', querystring: measureListQuerySchema, response: { 200: z.object({ items: z.array(measureViewSchema) }), 400: errorBodySchema } },
    handler: async (req) => ({ items: await listMeasures(deps, personId, req.query.instrument) }),
  });

  r.get('/api/measures/overview', {
    schema: { tags, summary: 'Change per questionnaire, the NHS paired outcome, and what is due', querystring: z.strictObject({ asOf: daySchema.optional() }), response: { 200: measuresOverviewSchema, 400: errorBodySchema } },
    handler: async (req) => measuresOverview(deps, personId, req.query.asOf),
  });

  r.get('/api/measures/due', {
    schema: { tags, summary: 'Questionnaires ready to take today, by their rhythm', response: { 200: z.object({ due: z.array(z.object({ instrument: instrumentIdSchema, nextOn: daySchema })) }) } },
    handler: async () => ({ due: await dueNow(deps, personId) }),
  });

  r.get('/api/measures/deleted', {
    schema: { tags, summary: 'Results in "recently deleted" (restorable for 30 days), newest first', response: { 200: z.object({ items: z.array(deletedMeasureViewSchema) }) } },
    handler: async () => ({ items: await listDeletedMeasures(deps, personId) }),
  });

  r.delete('/api/measures/:id', {
    schema: { tags, summary: 'Delete a result (restorable for 30 days)', params: z.object({ id: idSchema }), response: { 200: measureDeletedSchema, ...errors } },
    handler: async (req) => deleteMeasure(deps, personId, req.params.id as MeasureId),
  });

  r.post('/api/measures/:id/restore', {
    schema: { tags, summary: 'Restore a deleted result', params: z.object({ id: idSchema }), response: { 200: measureViewSchema, ...errors } },
    handler: async (req) => restoreMeasure(deps, personId, req.params.id as MeasureId),
  });

  r.put('/api/measures/schedules/:instrument', {
    schema: { tags, summary: 'Set how often a questionnaire is suggested', params: instrumentParams, body: scheduleBodySchema, response: { 200: z.object({ instrument: instrumentIdSchema, everyDays: z.number() }), 400: errorBodySchema } },
    handler: async (req) => setSchedule(deps, personId, { instrument: req.params.instrument, everyDays: req.body.everyDays }),
  });

  r.delete('/api/measures/schedules/:instrument', {
    schema: { tags, summary: 'Stop suggesting a questionnaire', params: instrumentParams, response: { 200: z.object({ instrument: instrumentIdSchema }), ...errors } },
    handler: async (req) => removeSchedule(deps, personId, req.params.instrument),
  });

  r.get('/api/measures/calendar.ics', {
    schema: { tags, summary: 'Reminders as an iCalendar file (never names a questionnaire)' },
    handler: async (_req, reply) =>
      reply
        .header('Content-Type', 'text/calendar; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="headway-reminders.ics"')
        .header('Cache-Control', 'no-store')
        .send(await remindersIcs(deps, personId)),
  });
}
