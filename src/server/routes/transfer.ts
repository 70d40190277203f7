/** /api/export and /api/import: everything out as one file, and back in, all or nothing. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.js';
import { exportFileSchema, importResultSchema } from '../../contracts/export-format.js';
import { exportJournal } from '../../app/transfer/exportJournal.js';
import { importJournal } from '../../app/transfer/importJournal.js';
import type { RouteContext } from './context.js';

export const IMPORT_LIMIT_BYTES = 64 * 1024 * 1024;

export function transferRoutes(app: FastifyInstance, { deps, personId }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/export', {
    schema: { tags: ['transfer'], summary: 'Export everything (docs/EXPORT-FORMAT.md)', response: { 200: exportFileSchema } },
    handler: async (_req, reply) => {
      const file = await exportJournal(deps, personId);
      const day = file.exportedAt.slice(0, 10);
      return reply
        .header('Content-Disposition', `attachment; filename="headway-export-${day}.json"`)
        .header('Cache-Control', 'no-store')
        .send(file);
    },
  });
  r.post('/api/import', {
    bodyLimit: IMPORT_LIMIT_BYTES,
    schema: {
      tags: ['transfer'],
      summary: 'Import an export file, all or nothing',
      // Described here for the OpenAPI document; checked by importJournal, which reports
      // every problem of the file at once (422) rather than the first one.
      body: exportFileSchema,
      response: { 200: importResultSchema, 400: errorBodySchema, 422: errorBodySchema },
    },
    validatorCompiler: () => (data) => ({ value: data }),
    handler: async (req) => importJournal(deps, personId, req.body),
  });
}
