/** /api/fhir/Bundle (export) and /api/fhir/import: questionnaire results as FHIR R4. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.js';
import { exportFhir, importFhir } from '../../app/transfer/fhir.js';
import type { RouteContext } from './context.js';
import { IMPORT_LIMIT_BYTES } from './transfer.js';

const tags = ['fhir'];

export function fhirRoutes(app: FastifyInstance, { deps, personId }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/fhir/Bundle', {
    schema: { tags, summary: 'Questionnaire results as a FHIR R4 Bundle (Questionnaire, QuestionnaireResponse, Observation)' },
    handler: async (_req, reply) => {
      const { bundle, loincNotice } = await exportFhir(deps, personId);
      const day = (bundle.timestamp ?? '').slice(0, 10);
      reply.header('Content-Type', 'application/fhir+json; charset=utf-8').header('Cache-Control', 'no-store');
      reply.header('Content-Disposition', `attachment; filename="headway-fhir-${day}.json"`);
      if (loincNotice) reply.header('X-LOINC-Notice', loincNotice.replace(/[^\x20-\x7e]/g, ''));
      return reply.send(JSON.stringify(bundle));
    },
  });
  r.post('/api/fhir/import', {
    bodyLimit: IMPORT_LIMIT_BYTES,
    schema: {
      tags,
      summary: 'Import FHIR R4 QuestionnaireResponses (one, or a Bundle of them), all or nothing',
      body: z.unknown(),
      response: { 200: z.object({ added: z.number(), alreadyPresent: z.number(), withCriticalAnswers: z.number() }), 400: errorBodySchema, 422: errorBodySchema },
    },
    handler: async (req) => importFhir(deps, personId, req.body),
  });
}
