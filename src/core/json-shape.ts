/**
 * Refusing a JSON text whose shape no Headway file has, before it is parsed. V8's
 * JSON.parse takes whatever it is given on the one thread that answers every request:
 * 66 MB of nested lists froze the server for 39 s at 3.4 GB, and an object of 3 million
 * keys for 16 s, before any check of the content could begin. Headway's own export nests
 * 5 or 6 levels deep and the real FHIR files of test fixtures at most 10 (a
 * QuestionnaireResponse with groups as deep as import-items.ts reads them, 10, about 30);
 * none has an object of more than 20 keys. So a text
 * nested deeper than JSON_DEPTH_LIMIT, or with an object of more than JSON_KEYS_LIMIT keys,
 * is refused whole, as PostgreSQL refuses a jsonb nested too deep and Jackson a document
 * past its nesting limit.
 *
 * One pass over the bytes, skipping the inside of strings with a native search for the
 * next quote; it reads UTF-8 (or ASCII) and relies on '"', '\' and the brackets never
 * appearing inside a multi-byte character. It judges only depth and key counts: a text
 * it lets through may still be malformed, for JSON.parse to refuse.
 */

/** Deepest nesting of lists and objects a JSON text may have: 64 open brackets at once. */
export const JSON_DEPTH_LIMIT = 64;

/** Most keys (members, counted as written, duplicates included) one object may have. */
export const JSON_KEYS_LIMIT = 10_000;

export interface JsonShapeLimits {
  depth: number;
  keys: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const COMMA = 0x2c;

/** Bytes of a string looked at one by one before the rest is searched natively (a call costs more than a short string). */
const SHORT_STRING = 48;

/** Index of the quote that ends the string whose contents start at `from`, or `bytes.length`. */
function endOfString(bytes: Uint8Array, from: number): number {
  const length = bytes.length;
  const stop = Math.min(from + SHORT_STRING, length);
  let at = from;
  for (; at < stop; at++) {
    const byte = bytes[at];
    if (byte === QUOTE) return at;
    if (byte === BACKSLASH) at++; // the escaped byte, whatever it is
  }
  for (; ; at++) {
    at = bytes.indexOf(QUOTE, at);
    if (at < 0) return length;
    let backslashes = 0;
    while (bytes[at - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

const DEFAULT_LIMITS: JsonShapeLimits = { depth: JSON_DEPTH_LIMIT, keys: JSON_KEYS_LIMIT };

/**
 * What is wrong with the shape of the JSON text `bytes` (UTF-8), worded to follow a field
 * name ("is nested more than 64 levels deep"), or null when it is within `limits`.
 * Linear in the length of `bytes`; never throws, whatever the bytes.
 */
export function jsonShapeProblem(bytes: Uint8Array, limits: JsonShapeLimits = DEFAULT_LIMITS): string | null {
  // For each open bracket, innermost last: the commas seen so far directly inside it if
  // it is an object, -1 if it is a list. Grows only as deep as the text goes.
  const commas: number[] = [];
  const length = bytes.length;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      i = endOfString(bytes, i + 1);
    } else if (byte === OPEN_OBJECT || byte === OPEN_LIST) {
      if (commas.length === limits.depth) return `is nested more than ${limits.depth} levels deep`;
      commas.push(byte === OPEN_OBJECT ? 0 : -1);
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_LIST) {
      commas.pop();
    } else if (byte === COMMA && commas.length > 0) {
      const top = commas.length - 1;
      const seen = commas[top] ?? -1;
      // n commas separate n + 1 keys.
      if (seen >= 0 && (commas[top] = seen + 1) >= limits.keys) return `has an object with more than ${limits.keys.toLocaleString('en')} keys`;
    }
  }
  return null;
}
