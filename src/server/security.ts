/**
 * Local security for a server that binds to the person's own machine:
 * - DNS rebinding: requests whose Host is not this server's own name are refused;
 * - CSRF: state-changing requests from another origin are refused;
 * - admission: the API needs the per-start secret token, which the printed URL carries
 *   once (`/?token=…`), the browser then keeps in an HttpOnly SameSite=Strict cookie,
 *   and scripts send as `Authorization: Bearer …` — as Jupyter does.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody, STATUS } from './http-errors.js';

export interface SecurityOptions {
  token: string;
  /** host:port values this server answers to, e.g. "127.0.0.1:4747", "localhost:4747". */
  allowedHosts: string[];
  port: number;
}

export const cookieName = (port: number) => `headway_${port}`;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(given: string, token: Buffer): boolean {
  const a = Buffer.from(given);
  return a.length === token.length && timingSafeEqual(a, token);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function presentedToken(request: FastifyRequest, port: number): string | undefined {
  const auth = request.headers.authorization;
  // The scheme name is case-insensitive (RFC 9110 §11.1): "bearer …" is the same as "Bearer …".
  if (auth !== undefined && auth.length > 7 && (auth.startsWith('Bearer ') || auth.slice(0, 7).toLowerCase() === 'bearer ')) return auth.slice(7).trim();
  return cookieValue(request.headers.cookie, cookieName(port));
}

/**
 * The path as the router saw it, for deciding what a request may reach: the pattern of
 * the route it matched ("/api/moments/:id"), or, where no route matched, the path with
 * its %-escapes decoded. The router decodes "/%61pi/export" to "/api/export", so judging
 * the raw URL would let an escaped path past the token check.
 */
function routedPath(request: FastifyRequest, rawPath: string): string {
  const route = request.routeOptions.url;
  if (route !== undefined) return route;
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return rawPath;
  }
}

/** Whether a Host header names this server (DNS rebinding guard). */
export function hostCheck(allowedHosts: string[]): (host: string | undefined) => boolean {
  const hosts = new Set(allowedHosts.map((h) => h.toLowerCase()));
  // Browsers and scripts send the host in lower case: looked up as it is first.
  return (host) => host !== undefined && (hosts.has(host) || hosts.has(host.toLowerCase()));
}

function refuse(reply: FastifyReply, code: 'forbidden_host' | 'forbidden_origin' | 'unauthorized', message: string) {
  return reply.code(STATUS[code]).send(errorBody(code, message));
}

/** The answer to a request whose Host is not this server's (also before routing, in app.ts). */
export const refuseForeignHost = (reply: FastifyReply) => refuse(reply, 'forbidden_host', 'This Headway server only answers to its own address.');

/** Headers for every response: no framing, no referrer (the link carries the token). */
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/**
 * For the API: no caching, and a policy that allows nothing at all, since a JSON answer is
 * never a page (were a browser ever to show one as a page, it could load nothing and be
 * framed by nothing). Shorter than the page's policy, too, which Node checks character by
 * character on every answer.
 */
const API_HEADERS = { 'cache-control': 'no-store', ...PAGE_HEADERS, 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" };

/**
 * One synchronous hook does all of it (an async hook per concern cost measurable
 * throughput on the hot path, docs/PERFORMANCE.md).
 */
export function installSecurity(app: FastifyInstance, opts: SecurityOptions): void {
  const ownHost = hostCheck(opts.allowedHosts);
  const origins = new Set(opts.allowedHosts.map((h) => `http://${h.toLowerCase()}`));
  const tokenBytes = Buffer.from(opts.token);

  app.addHook('onRequest', (request, reply, done) => {
    if (!ownHost(request.headers.host)) {
      refuseForeignHost(reply);
      return;
    }
    if (!SAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin;
      const site = request.headers['sec-fetch-site'];
      if ((origin !== undefined && !origins.has(origin.toLowerCase())) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
        refuse(reply, 'forbidden_origin', 'Changes can only come from Headway’s own pages.');
        return;
      }
    }
    const q = request.url.indexOf('?');
    const rawPath = q < 0 ? request.url : request.url.slice(0, q);
    // Only a %-escape can make the router read a path otherwise than it is written; asking
    // Fastify for the route (it builds a new object per call) is kept for those.
    const path = rawPath.includes('%') ? routedPath(request, rawPath) : rawPath;
    const api = path.startsWith('/api/');
    if (api) {
      if (path !== '/api/health') {
        const given = presentedToken(request, opts.port);
        if (given === undefined || !sameSecret(given, tokenBytes)) {
          reply.header('cache-control', 'no-store');
          refuse(reply, 'unauthorized', 'Headway needs the link printed in your terminal when it started (it carries a private key).');
          return;
        }
      }
    }
    // The API docs page runs Swagger UI's own inline script, so it keeps the default policy.
    if (!api) reply.headers(PAGE_HEADERS);
    else if (!path.startsWith('/api/docs')) reply.headers(API_HEADERS);
    else reply.header('cache-control', 'no-store');

    // The printed link: trade the token in the URL for a cookie, then drop it from the address bar.
    if (request.method === 'GET' && rawPath === '/' && q >= 0) {
      const token = new URLSearchParams(request.url.slice(q + 1)).get('token');
      if (token !== null) {
        if (!sameSecret(token, tokenBytes)) {
          refuse(reply, 'unauthorized', 'That link is from an earlier start of Headway. Use the one printed most recently.');
          return;
        }
        reply
          .header('set-cookie', `${cookieName(opts.port)}=${opts.token}; HttpOnly; SameSite=Strict; Path=/`)
          .header('cache-control', 'no-store')
          .redirect('/', 303);
        return;
      }
    }
    done();
  });
}
