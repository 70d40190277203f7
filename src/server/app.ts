/**
 * Builds the HTTP server: security first, then the API routes (each a thin call to one
 * use-case), the OpenAPI document at /api/docs, and the web app's static files.
 */
import { existsSync } from 'node:fs';
import type { Duplex } from 'node:stream';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Deps } from '../app/deps.js';
import type { PersonId } from '../core/ids.js';
import { validatorCompiler } from './fast-body.js';
import { addJsonParser } from './json-body.js';
import { errorBodySchema } from '../contracts/errors.js';
import { errorBody, installErrorHandling } from './http-errors.js';
import { loggedPath } from './request-target.js';
import { fhirRoutes } from './routes/fhir.js';
import { measureRoutes } from './routes/measures.js';
import { safetyRoutes } from './routes/safety.js';
import { insightRoutes } from './routes/insight.js';
import { inProcessReports, type ReportRunner } from './report-runner.js';
import { journalRoutes } from './routes/journal.js';
import { personRoutes } from './routes/person.js';
import { toolkitRoutes } from './routes/toolkit.js';
import { transferRoutes } from './routes/transfer.js';
import { headersForUnrouted, hostCheck, installSecurity, refuseForeignHost } from './security.js';

/**
 * The answer to a request Node's HTTP parser cannot read (a malformed request line or
 * headers, headers too large, too slow to arrive): written on the socket before any
 * route or hook, so it carries the one error shape and the API's headers itself, rather
 * than Fastify's own body. The connection is closed after it.
 */
function answerUnreadableRequest(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'request: its headers are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'request: did not arrive in time; please send it again']
        : [400, 'Bad Request', 'request: is not an HTTP request Headway can read'];
  const body = JSON.stringify(errorBody('validation_failed', message, 'request'));
  const headers = Object.entries(headersForUnrouted('/api/')).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\n${headers}content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}

export interface ServerOptions {
  deps: Deps;
  personId: PersonId;
  token: string;
  port: number;
  allowedHosts: string[];
  /** The built web app (dist/web); omitted in API-only tests. */
  webDir?: string | undefined;
  logLevel?: string;
  /** Who builds reports; default: this thread, with `deps` (server/report-runner.ts). */
  reports?: ReportRunner | undefined;
}

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];
type LogArgs = [unknown, ...unknown[]];
type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const call = (logger: FastifyBaseLogger, level: Level, args: LogArgs) => (logger[level] as (...a: LogArgs) => void).apply(logger, args);

/**
 * A request's logger, made when something is first logged through it. Fastify makes a
 * child logger (bound to the request id) for every request; at the default level
 * nothing on the hot path logs, and building a pino child per request was a visible
 * share of the server's time (docs/PERFORMANCE.md). What is logged is unchanged.
 */
class RequestLogger {
  private made: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildOptions,
  ) {}

  private get logger(): FastifyBaseLogger {
    this.made ??= this.parent.child(this.bindings, this.options);
    return this.made;
  }

  get level(): string {
    return this.made?.level ?? this.parent.level;
  }
  set level(level: string) {
    this.logger.level = level;
  }

  fatal(...args: LogArgs): void {
    call(this.logger, 'fatal', args);
  }
  error(...args: LogArgs): void {
    call(this.logger, 'error', args);
  }
  warn(...args: LogArgs): void {
    call(this.logger, 'warn', args);
  }
  info(...args: LogArgs): void {
    call(this.logger, 'info', args);
  }
  debug(...args: LogArgs): void {
    call(this.logger, 'debug', args);
  }
  trace(...args: LogArgs): void {
    call(this.logger, 'trace', args);
  }
  silent(...args: LogArgs): void {
    call(this.logger, 'silent', args);
  }
  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.logger.child(bindings, options);
  }
}

/**
 * The answers any API route can give besides its own, in every route's OpenAPI entry:
 * 403 (a foreign Host or a cross-site write), 401 (no token; not for the health check),
 * and for a route that takes a body, 413 (too large) and 415 (not JSON). Documentation
 * only: responses are not re-validated at run time.
 */
function documentSharedErrors(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const takesBody = methods.some((m) => m === 'POST' || m === 'PUT' || m === 'PATCH');
    const shared = {
      403: errorBodySchema,
      ...(route.url !== '/api/health' && { 401: errorBodySchema }),
      ...(takesBody && { 413: errorBodySchema, 415: errorBodySchema }),
    };
    const schema = (route.schema ?? {}) as { response?: Record<string, unknown> };
    route.schema = { ...schema, response: { ...shared, ...(schema.response ?? {}) } };
  });
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const level = opts.logLevel ?? 'silent';
  const ownHost = hostCheck(opts.allowedHosts);
  const app = Fastify({
    // A silent logger still costs a child logger per request; none at all costs nothing.
    logger: level === 'silent' ? false : {
      level,
      // Requests are logged by id, method and path only: never query strings (the token),
      // bodies, notes or scores.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: loggedPath(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    logController: new LogController({ disableRequestLogging: true }),
    // Fastify makes a child logger per request through this even with no logger at all.
    ...(level !== 'silent' && { childLoggerFactory: (logger, bindings, options) => new RequestLogger(logger, bindings, options) as unknown as FastifyBaseLogger }),
    bodyLimit: 1024 * 1024,
    clientErrorHandler: answerUnreadableRequest,
    // A URL the router cannot read (a broken %-escape) fails before any hook runs: it
    // still gets the Host check and the one error shape, and the URL is not echoed back.
    frameworkErrors: (error, request, frameworkReply) => {
      const reply = frameworkReply as unknown as FastifyReply;
      reply.headers(headersForUnrouted(request.url)).header('cache-control', 'no-store');
      if (!ownHost(request.headers.host)) return refuseForeignHost(reply);
      if (error.code !== 'FST_ERR_BAD_URL') return reply.code(400).send(errorBody('validation_failed', 'request: is not valid', 'request'));
      // The router also refuses an absolute-form target it cannot read (no host, a fragment).
      const message = /%(?![0-9A-Fa-f]{2})/.test(request.url) ? 'url: has a "%" that is not followed by two hex digits' : 'url: is not a path Headway can read; send a path like /api/moments';
      return reply.code(400).send(errorBody('validation_failed', message, 'url'));
    },
  });
  // JSON only: a form post or text body is refused (415) rather than guessed at.
  app.removeContentTypeParser('text/plain');
  // FHIR's own media type is JSON too (FHIR R4 §3.1.0.1.7), so a clinic system can post as it would to a FHIR server.
  // Both read the body's bytes and refuse any that are not UTF-8 (json-body.ts).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  addJsonParser(app, 'application/fhir+json', parseJson, false);
  // A client that sends Content-Type: application/json on every request sends it with an
  // empty DELETE or restore too: an empty body is no body, and a route that needs one
  // says so by name through its schema.
  app.removeContentTypeParser('application/json');
  addJsonParser(app, 'application/json', parseJson, true);
  app.setValidatorCompiler(validatorCompiler);
  // Responses are typed at compile time (routes return the contracts' view types) and
  // described by their schemas in the OpenAPI document; re-validating every response at
  // run time cost more than the database write itself (docs/PERFORMANCE.md).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandling(app, headersForUnrouted);
  installSecurity(app, { token: opts.token, allowedHosts: opts.allowedHosts, port: opts.port });
  documentSharedErrors(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Headway API',
        version: '1',
        description:
          'Local API of Headway. Send the token printed at start-up as `Authorization: Bearer <token>`. Errors are `{ "error": { "code", "message", "field"?, "problems"?, "problemCount"? } }`: `problems` lists the first 100 problems by path, `problemCount` says how many there are in all.',
      },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
      security: [{ token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const ctx = { deps: opts.deps, personId: opts.personId, reports: opts.reports ?? inProcessReports(opts.deps) };
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
