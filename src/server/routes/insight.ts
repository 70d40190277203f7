/** /api/report: the "coping or healing?" report (docs/REPORT-FORMAT.md). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.js';
import { reportQuerySchema, reportSchema } from '../../contracts/report.js';
import { buildReport } from '../../app/insight/buildReport.js';
import type { RouteContext } from './context.js';

export function insightRoutes(app: FastifyInstance, { deps, personId }: RouteContext): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/report', {
    schema: {
      tags: ['insight'],
      summary: 'Coping or healing? The insight report as of a day',
      querystring: reportQuerySchema,
      response: { 200: reportSchema, 400: errorBodySchema },
    },
    handler: async (req) =>
      buildReport(deps, personId, {
        asOf: req.query.asOf,
        weeks: req.query.weeks === 'all' ? null : req.query.weeks,
      }),
  });
}
