/** /api/safety-plan and /api/safety/events. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.js';
import { idSchema } from '../../contracts/fields.js';
import { safetyEventViewSchema, safetyPlanBodySchema, safetyPlanViewSchema } from '../../contracts/safety.js';
import { acknowledgeSafetyEvent, listSafetyEvents } from '../../app/safety/safetyEvents.js';
import { getSafetyPlan, saveSafetyPlan } from '../../app/safety/safetyPlan.js';
import type { SafetyEventId } from '../../core/ids.js';
import type { RouteContext } from './context.js';

const tags = ['safety'];

export function safetyRoutes(app: FastifyInstance, { deps, personId }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/safety-plan', {
    schema: { tags, summary: 'The safety plan (empty until first saved)', response: { 200: safetyPlanViewSchema } },
    handler: async () => getSafetyPlan(deps, personId),
  });
  r.put('/api/safety-plan', {
    schema: { tags, summary: 'Save the whole safety plan', body: safetyPlanBodySchema, response: { 200: safetyPlanViewSchema, 400: errorBodySchema } },
    handler: async (req) => saveSafetyPlan(deps, personId, req.body),
  });
  r.get('/api/safety/events', {
    schema: { tags, summary: 'When an answer or a note called for care, newest first', response: { 200: z.object({ items: z.array(safetyEventViewSchema) }) } },
    handler: async () => ({ items: await listSafetyEvents(deps, personId) }),
  });
  r.post('/api/safety/events/:id/acknowledge', {
    schema: { tags, summary: 'Record that the person moved on from the calm screen', params: z.object({ id: idSchema }), response: { 200: safetyEventViewSchema, 400: errorBodySchema, 404: errorBodySchema } },
    handler: async (req) => acknowledgeSafetyEvent(deps, personId, req.params.id as SafetyEventId),
  });
}
