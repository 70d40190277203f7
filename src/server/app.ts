/**
 * Builds the HTTP server: security first, then the API routes (each a thin call to one
 * use-case), the OpenAPI document at /api/docs, and the web app's static files.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { Deps } from '../app/deps.js';
import type { PersonId } from '../core/ids.js';
import { installErrorHandling } from './http-errors.js';
import { fhirRoutes } from './routes/fhir.js';
import { measureRoutes } from './routes/measures.js';
import { safetyRoutes } from './routes/safety.js';
import { insightRoutes } from './routes/insight.js';
import { journalRoutes } from './routes/journal.js';
import { personRoutes } from './routes/person.js';
import { toolkitRoutes } from './routes/toolkit.js';
import { transferRoutes } from './routes/transfer.js';
import { installSecurity } from './security.js';

export interface ServerOptions {
  deps: Deps;
  personId: PersonId;
  token: string;
  port: number;
  allowedHosts: string[];
  /** The built web app (dist/web); omitted in API-only tests. */
  webDir?: string | undefined;
  logLevel?: string;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const level = opts.logLevel ?? 'silent';
  const app = Fastify({
    // A silent logger still costs a child logger per request; none at all costs nothing.
    logger: level === 'silent' ? false : {
      level,
      // Requests are logged by id, method and path only: never query strings (the token),
      // bodies, notes or scores.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
  });
  // JSON only: a form post or text body is refused (415) rather than guessed at.
  app.removeContentTypeParser('text/plain');
  // FHIR's own media type is JSON too (FHIR R4 §3.1.0.1.7), so a clinic system can post as it would to a FHIR server.
  app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.setValidatorCompiler(validatorCompiler);
  // Responses are typed at compile time (routes return the contracts' view types) and
  // described by their schemas in the OpenAPI document; re-validating every response at
  // run time cost more than the database write itself (docs/PERFORMANCE.md).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandling(app);
  installSecurity(app, { token: opts.token, allowedHosts: opts.allowedHosts, port: opts.port });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Headway API',
        version: '1',
        description:
          'Local API of Headway. Send the token printed at start-up as `Authorization: Bearer <token>`. Errors are `{ "error": { "code", "message", "field"? } }`.',
      },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
      security: [{ token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const ctx = { deps: opts.deps, personId: opts.personId };
  personRoutes(app, ctx);
  journalRoutes(app, ctx);
  toolkitRoutes(app, ctx);
  transferRoutes(app, ctx);
  insightRoutes(app, ctx);
  measureRoutes(app, ctx);
  safetyRoutes(app, ctx);
  fhirRoutes(app, ctx);

  if (opts.webDir && existsSync(opts.webDir)) {
    await app.register(fastifyStatic, {
      root: opts.webDir,
      prefix: '/',
      index: ['index.html'],
      wildcard: false,
      decorateReply: false,
      setHeaders: (res, path) => {
        if (path.includes('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        else res.setHeader('Cache-Control', 'no-cache');
      },
    });
  }
  return app;
}
