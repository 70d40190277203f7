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
import { originForm, targetAuthority } from './request-target.js';

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

/** Whether a Host header names this server (DNS rebinding guard). */
export function hostCheck(allowedHosts: string[]): (host: string | undefined) => boolean {
  const hosts = new Set(allowedHosts.map((h) => h.toLowerCase()));
  // Browsers and scripts send the host in lower case: looked up as it is first.
  return (host) => host !== undefined && (hosts.has(host) || hosts.has(host.toLowerCase()));
}

function refuse(reply: FastifyReply, code: 'forbidden_host' | 'forbidden_origin' | 'unauthorized', message: string) {
  if (!reply.hasHeader('content-security-policy')) reply.headers(API_HEADERS);
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

/** Swagger UI at /api/docs: the page's policy (its scripts are files, not inline) and no caching. */
const DOCS_HEADERS = { 'cache-control': 'no-store', ...PAGE_HEADERS };

type Hook = (request: FastifyRequest, reply: FastifyReply, done: () => void) => void;

/**
 * Two kinds of hook, so that no check reads a request's URL for itself:
 * - one for every request, before routing matters: Host (and an absolute-form target's
 *   authority), Origin and Sec-Fetch-Site on writes, and the printed link's token trade;
 * - one per route, chosen when the route is registered: the token and the API's headers
 *   for /api/ routes, the page headers for the rest. A request reaches a route's hook only
 *   when the router matched that route, so what needs the token is decided by the router's
 *   own reading of the URL (absolute form, %-escapes, `#`, whatever it accepts) and never
 *   by a second parse that could disagree with it (issue 10: an absolute-form target
 *   skipped a check made on the raw URL).
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
    const authority = targetAuthority(request.url);
    if (authority !== undefined && !ownHost(authority)) {
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
    // The printed link: trade the token in the URL for a cookie, then drop it from the
    // address bar. Only `/` (as the router reads an absolute-form target too) carries it.
    const q = request.url.indexOf('?');
    if (q >= 0 && request.method === 'GET' && originForm(request.url.slice(0, q)) === '/') {
      const token = new URLSearchParams(request.url.slice(q + 1)).get('token');
      if (token !== null) {
        reply.headers(PAGE_HEADERS);
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

  /** A hook that sets `headers`, and with `token` admits only a request carrying this start's secret. */
  const hookWith = (headers: Record<string, string>, token: boolean): Hook => (request, reply, done) => {
    reply.headers(headers);
    if (token) {
      const given = presentedToken(request, opts.port);
      if (given === undefined || !sameSecret(given, tokenBytes)) {
        refuse(reply, 'unauthorized', 'Headway needs the link printed in your terminal when it started (it carries a private key).');
        return;
      }
    }
    done();
  };
  const needsToken = hookWith(API_HEADERS, true);
  const health = hookWith(API_HEADERS, false);
  // The API's own documentation is a page: the page's policy, no framing, and the token.
  const docs = hookWith(DOCS_HEADERS, true);
  const page = hookWith(PAGE_HEADERS, false);

  app.addHook('onRoute', (route) => {
    const hook = routeHook(route.url, { needsToken, health, docs, page });
    const existing = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    if (existing.includes(hook)) return;
    route.onRequest = [hook, ...existing] as NonNullable<typeof route.onRequest>;
  });
}

/** Which check a route gets, from the pattern it was registered with. */
function routeHook<T>(url: string, hooks: { needsToken: T; health: T; docs: T; page: T }): T {
  if (url === '/api/health') return hooks.health;
  if (url === '/api/docs' || url.startsWith('/api/docs/')) return hooks.docs;
  if (url === '/api' || url.startsWith('/api/')) return hooks.needsToken;
  return hooks.page;
}

/**
 * Headers for an answer no route gave (a 404, a URL the router could not read, a refusal
 * before routing): the API's for paths under /api, the page's otherwise. Nothing is
 * served by such an answer, so reading the raw path here decides only the headers.
 */
export function headersForUnrouted(url: string): Record<string, string> {
  const path = originForm(url);
  return path === '/api' || path.startsWith('/api/') || path.startsWith('/api?') ? API_HEADERS : PAGE_HEADERS;
}
