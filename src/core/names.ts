/**
 * How names of triggers and strategies compare: "Work stress", "work stress" and
 * " Work  stress " are the same name, and so are "Café" typed with one letter é or with
 * e and an accent (Unicode NFC). Stored names keep the person's own letter case.
 */
export const cleanName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ');

// Zero-width and other invisible format characters, and control characters.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A name a person can see and read back: some visible character, and no control characters. */
export const isReadableName = (name: string): boolean => !CONTROL.test(name) && name.replace(INVISIBLE, '').trim() !== '';
export const nameKey = (name: string): string => cleanName(name).toLocaleLowerCase('en');
