/**
 * Which text Headway stores. A journal must move between engines and back through its
 * own export, so stored text holds only what both SQLite and PostgreSQL keep exactly and
 * what reads back as it was written:
 * - no NUL (PostgreSQL's text type cannot hold it);
 * - no other C0 control (U+0001–U+001F), DEL (U+007F) or C1 control (U+0080–U+009F):
 *   invisible in a page, and in a terminal they can clear the screen or write the
 *   clipboard. Tab, line feed and carriage return are allowed where text may have lines
 *   (notes, thoughts), never in a one-line field (a display name);
 * - no lone UTF-16 surrogate (half of an emoji cut in two): it has no UTF-8 form, so SQLite
 *   stores invalid bytes that read back as U+FFFD and PostgreSQL replaces it on the way in.
 * Everything else is kept, including combining marks and right-to-left marks (U+200E/F,
 * U+202A–U+202E, U+2066–U+2069), which real text in Arabic, Hebrew or Persian needs; the
 * CLI shows the ones that can reorder a line visibly when it prints (cli/visible.ts).
 */

// The surrogate halves without the `u` flag, so each is seen as one UTF-16 code unit.
const LONE_SURROGATE = String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
const REFUSED_IN_TEXT = new RegExp(String.raw`[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]|${LONE_SURROGATE}`);
const REFUSED_IN_LINE = new RegExp(String.raw`[\x00-\x1F\x7F-\x9F]|${LONE_SURROGATE}`);

/** True when `text` (any length) may be stored in a field that may have lines: tab, CR and LF allowed. */
export function isStorableText(text: string): boolean {
  return !REFUSED_IN_TEXT.test(text);
}

/** True when `text` may be stored in a one-line field: no control character at all. */
export function isStorableLine(text: string): boolean {
  return !REFUSED_IN_LINE.test(text);
}

const REFUSED_IN_TEXT_ALL = new RegExp(REFUSED_IN_TEXT.source, 'g');
const REFUSED_IN_LINE_ALL = new RegExp(REFUSED_IN_LINE.source, 'g');

/**
 * `text` made storable without losing its length or its place in a journal, for repairing
 * text stored before these rules: each refused character becomes U+FFFD (the replacement
 * character), except that in a one-line field tab, CR and LF become a space.
 */
export function storableText(text: string, oneLine: boolean): string {
  if (oneLine) return text.replace(REFUSED_IN_LINE_ALL, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : '\uFFFD'));
  return text.replace(REFUSED_IN_TEXT_ALL, '\uFFFD');
}

/** Worded for a field ("note: has a character…"), and kind: most often an emoji cut in half by a copy. */
export const UNSTORABLE_TEXT_MESSAGE =
  'has a character Headway can’t store (a hidden control character, or part of a broken letter or emoji). Please take it out and try again';
