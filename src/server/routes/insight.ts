/** /api/report: the "coping or healing?" report, and one trigger's moments on demand (docs/REPORT-FORMAT.md). */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.js';
import { reportQuerySchema, reportSchema, triggerPointsQuerySchema, triggerPointsSchema } from '../../contracts/report.js';
import type { RouteContext } from './context.js';

/**
 * Sends JSON text the runner already wrote from the response's own schema: with a JSON
 * content type, Fastify sends a string as it is (no second serialisation).
 */
const sendJsonText = (reply: FastifyReply, json: string) => reply.type('application/json').send(json);

export function insightRoutes(app: FastifyInstance, { deps, personId, reports }: RouteContext): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  // Built by the report runner (server/report-runner.ts), off this thread when it can be,
  // and sent as the JSON text it gives back.
  typed.get('/api/report', {
    schema: {
      tags: ['insight'],
      summary: 'Coping or healing? The insight report as of a day',
      querystring: reportQuerySchema,
      response: { 200: reportSchema, 400: errorBodySchema },
    },
    handler: async (req, reply) => {
      const weeks = req.query.weeks === 'all' ? null : req.query.weeks;
      const json = await reports.run({ kind: 'report', personId, now: deps.clock.now(), asOf: req.query.asOf, weeks });
      return sendJsonText(reply, json);
    },
  });

  typed.get('/api/report/trigger-points', {
    schema: {
      tags: ['insight'],
      summary: "Every moment of one trigger between two days (the report's charts group long histories by week)",
      querystring: triggerPointsQuerySchema,
      response: { 200: triggerPointsSchema, 400: errorBodySchema, 404: errorBodySchema },
    },
    handler: async (req, reply) => {
      const { trigger, from, to } = req.query;
      const json = await reports.run({ kind: 'trigger-points', personId, now: deps.clock.now(), trigger, from, to });
      return sendJsonText(reply, json);
    },
  });
}
