/** /api/report: the "coping or healing?" report, and one trigger's moments on demand (docs/REPORT-FORMAT.md). */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.js';
import { reportQuerySchema, reportSchema, triggerPointsQuerySchema, triggerPointsSchema } from '../../contracts/report.js';
import type { RouteContext } from './context.js';

/**
 * Sends the JSON the runner already wrote from the response's own schema: with a JSON
 * content type, Fastify sends a string as it is (no second serialisation). A Buffer is
 * that JSON gzipped, for a client that said it takes gzip.
 */
function sendJson(reply: FastifyReply, answer: string | Buffer) {
  reply.type('application/json').header('vary', 'accept-encoding');
  if (typeof answer !== 'string') reply.header('content-encoding', 'gzip');
  return reply.send(answer);
}

/** True when the request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
function takesGzip(acceptEncoding: string | undefined): boolean {
  if (acceptEncoding === undefined) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

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
      const job = { kind: 'report', personId, now: deps.clock.now(), asOf: req.query.asOf, weeks, from: req.query.from } as const;
      return sendJson(reply, await reports.run(job, takesGzip(req.headers['accept-encoding'])));
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
      const job = { kind: 'trigger-points', personId, now: deps.clock.now(), trigger, from, to } as const;
      return sendJson(reply, await reports.run(job, takesGzip(req.headers['accept-encoding'])));
    },
  });
}
