/**
 * How names of triggers and strategies compare: "Work stress", "work stress" and
 * " Work  stress " are the same name, and so are "Café" typed with one letter é or with
 * e and an accent (Unicode NFC). Stored names keep the person's own letter case.
 */
import { remembered } from './remembered.js';

export const cleanName: (name: string) => string = remembered((name) => name.normalize('NFC').trim().replace(/\s+/g, ' '));

// Zero-width and other invisible format characters; white space of any kind.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const SPACE = /\s/;

/**
 * A name a person can see and read back: some visible character, and nothing
 * core/text.ts refuses (no C0, DEL or C1 control; tab and line breaks are white space,
 * made single spaces by cleanName; no lone surrogate). Character by character, since it
 * runs on every moment logged.
 */
export function isReadableName(name: string): boolean {
  let visible = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    } else if (c >= 0x7f && c <= 0x9f) {
      return false;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair (an emoji, say) is one visible character; half of one is broken text.
      const low = name.charCodeAt(i + 1);
      if (c > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return false;
      i++;
      visible = true;
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
/** The key names compare by; its locale-aware lower-casing is not free, so it is remembered too. */
export const nameKey: (name: string) => string = remembered((name) => cleanName(name).toLocaleLowerCase('en'));
