/**
 * How names of triggers and strategies compare: "Work stress", "work stress" and
 * " Work  stress " are the same name, and so are "Café" typed with one letter é or with
 * e and an accent (Unicode NFC). Stored names keep the person's own letter case.
 */
const cleanNameOf = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ');

/**
 * cleanName, remembered for the last names seen: a person names the same few triggers
 * again and again, and normalising one on every moment logged was a visible cost
 * (docs/PERFORMANCE.md). It is pure, so remembering cannot change a result.
 */
const CLEAN_KEPT = 1000;
const cleaned = new Map<string, string>();
export function cleanName(name: string): string {
  let clean = cleaned.get(name);
  if (clean === undefined) {
    clean = cleanNameOf(name);
    if (cleaned.size >= CLEAN_KEPT) cleaned.clear();
    cleaned.set(name, clean);
  }
  return clean;
}

// Zero-width and other invisible format characters; white space of any kind.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const SPACE = /\s/;

/**
 * A name a person can see and read back: some visible character, and no control
 * characters (tab and line breaks are white space, made single spaces by cleanName).
 * Character by character, since it runs on every moment logged.
 */
export function isReadableName(name: string): boolean {
  let visible = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    } else if (c === 0x7f) {
      return false;
    } else if (!visible && c !== 0x20) {
      if (c < 0x7f) visible = true;
      else {
        const ch = name[i] ?? '';
        visible = !SPACE.test(ch) && !INVISIBLE.test(ch);
      }
    }
  }
  return visible;
}
export const nameKey = (name: string): string => cleanName(name).toLocaleLowerCase('en');
