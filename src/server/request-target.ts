/**
 * Reading a request target as the router (find-my-way) reads it, for the few places that
 * need its parts without routing it: the Host check of an absolute-form target, the page
 * or API headers of an answer no route gave, and the path a log line or an answer names.
 * An absolute-form target (`http://host:port/path?query`, RFC 9112 §3.2.2) is routed by
 * its path; its authority replaces the Host header.
 */
const ABSOLUTE = /^https?:\/\/([^/?#]*)/i;

/** The authority of an absolute-form target, or undefined for the usual origin-form (`/path`). */
export function targetAuthority(url: string): string | undefined {
  if (url.charCodeAt(0) === 47) return undefined; // '/'
  const m = ABSOLUTE.exec(url);
  return m ? (m[1] ?? '') : undefined;
}

/** The target with an http(s) scheme and authority dropped: the path (and query) the router reads. */
export const originForm = (url: string): string => (url.charCodeAt(0) === 47 ? url : url.replace(ABSOLUTE, ''));

/**
 * The path a log line or an answer names: without the authority (which may hold
 * user:password@), the query (the printed link's secret) or a fragment.
 */
export const loggedPath = (url: string): string => originForm(url).split(/[?#]/, 1)[0] ?? '';
