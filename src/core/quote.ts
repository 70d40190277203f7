/**
 * Quoting an imported file's own values back in a problem. A file is anyone's: a value
 * can be 700 KB of text, or a list nested thousands of levels deep (turning that into text
 * overflows the stack). So a problem quotes a value only when it is text, and then at most
 * QUOTE_CHARS characters of it; any other value is named by its kind ("a list").
 */

/** Characters of a file's text a problem quotes at most; a longer text is cut with "…". */
export const QUOTE_CHARS = 80;

/**
 * `text` cut after `maxChars` characters (code points, so an emoji is never cut in half)
 * with "…" when longer. Looks at no more than `2 * maxChars` UTF-16 units.
 */
export function cutText(text: string, maxChars: number = QUOTE_CHARS): string {
  let end = 0;
  for (let n = 0; n < maxChars && end < text.length; n++) {
    const unit = text.charCodeAt(end);
    const pair = unit >= 0xd800 && unit <= 0xdbff && end + 1 < text.length;
    const next = pair ? text.charCodeAt(end + 1) : 0;
    end += pair && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return end < text.length ? `${text.slice(0, end)}…` : text;
}

/** `text` in double quotes, cut as cutText cuts it. */
export function quoteText(text: string, maxChars: number = QUOTE_CHARS): string {
  return `"${cutText(text, maxChars)}"`;
}

/** A JSON value's kind in words, for a problem that must not quote it: "a list", "a number"… */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'missing';
    case 'bigint':
    case 'function':
    case 'symbol':
      return 'not a JSON value';
  }
  return 'not a JSON value';
}

/**
 * A file's value as a problem may name it: text quoted (cut as quoteText does), anything
 * else by its kind, never the value itself.
 */
export function describeValue(value: unknown): string {
  return typeof value === 'string' ? quoteText(value) : kindOf(value);
}
