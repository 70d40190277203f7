/**
 * Text as the CLI prints it. A person's own words (a safety plan line, a trigger, a name
 * in an import file) may hold characters a terminal acts on instead of showing: ESC starts
 * sequences that clear the screen or write the clipboard (OSC 52), C1 controls do the
 * same in some terminals, and bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) reorder the rest of the line ("Trojan Source"). Each is
 * shown as an escape instead ("\x1b", "\u202e"), so the text is seen exactly as it is and
 * the terminal does nothing. Right-to-left letters and the plain marks (U+200E, U+200F)
 * are left alone: they only guide how neutral characters sit, and real text needs them.
 */

const SHOWN = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `text` on one line with every control, lone surrogate and reordering mark shown as an escape. */
export function visible(text: string): string {
  return text.replace(SHOWN, escape);
}

// In JSON, C0 controls and lone surrogates are escaped by JSON.stringify already.
const SHOWN_IN_JSON = /[\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;

/** JSON.stringify's text with what it leaves raw escaped too: the same JSON value, safe on a terminal. */
export function terminalJson(json: string): string {
  return json.replace(SHOWN_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Lines Headway wrote (which may hold the person's words): each line shown with visible(). */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}
