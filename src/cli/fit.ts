/**
 * Text that fits a terminal 80 columns wide, the width most terminals open at and the one
 * people print from: long sentences wrap at spaces under their own bullet, and a table too
 * wide to fit is shown row by row, each row a small block of "label  value" lines.
 * Width is counted in characters after visible() has escaped controls, so a person's words
 * cannot push a line past the edge by being escaped.
 */
import { table } from './print.js';
import { visible } from './visible.js';

export const COLUMNS = 80;

const width = (text: string) => Array.from(text).length;

/** "p < 0.001", "p = 0.03": never split over two lines. */
const KEEP_TOGETHER = /\bp [<=>≤≥] \d[\d.]*/g;
/** Stands for a space that must not break while a line is filled (U+00A0 is one character, as the space is). */
const GLUE = '\u00a0';

/** A line's lead that continuations hang under: its leading spaces and bullet ("• ", "+ ", "2× "). */
function leadOf(line: string): string {
  return /^\s*(?:[•+!·*-] |\d+× )?/u.exec(line)?.[0] ?? '';
}

/** Breaks one word longer than the room into pieces that fit. */
function pieces(word: string, room: number): string[] {
  const chars = Array.from(word);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += room) out.push(chars.slice(i, i + room).join(''));
  return out;
}

/**
 * `head` then the words of `text`, in lines of at most `columns` characters broken at spaces;
 * every line after the first starts with `indent`. Text is made visible() first.
 */
export function wrapText(head: string, text: string, indent: string, columns = COLUMNS): string[] {
  const room = Math.max(10, columns - width(indent));
  const out: string[] = [];
  let current = visible(head);
  let empty = true;
  for (const word of visible(text).replace(KEEP_TOGETHER, (m) => m.replaceAll(' ', GLUE)).split(' ')) {
    if (word === '') continue;
    for (const part of width(word) > room ? pieces(word, room) : [word]) {
      if (width(current) + (empty ? 0 : 1) + width(part) > columns && current.trim() !== '') {
        out.push(current.trimEnd());
        current = indent;
        empty = true;
      }
      current += (empty ? part : ` ${part}`).replaceAll(GLUE, ' ');
      empty = false;
    }
  }
  out.push(current.trimEnd());
  return out;
}

/** One line as lines of at most `columns` characters, continuations under the first word after its bullet. */
export function wrapLine(raw: string, columns = COLUMNS): string[] {
  const line = visible(raw);
  if (width(line) <= columns) return [line];
  const lead = leadOf(line);
  return wrapText(lead, line.slice(lead.length), ' '.repeat(width(lead)), columns);
}

export function wrapLines(lines: readonly string[], columns = COLUMNS): string[] {
  return lines.flatMap((l) => wrapLine(l, columns));
}

/**
 * `cells` (a header row, then rows) as an aligned table when every line fits in `columns`;
 * otherwise each row as a block: its first `titleColumns` cells on one line ("Criticism at
 * work — easing"), then one line per other column, "  Header  value", values wrapping under
 * themselves.
 */
export function fitTable(cells: readonly string[][], { columns = COLUMNS, titleColumns = 1 } = {}): string[] {
  const asTable = table(cells.map((row) => [...row]));
  if (asTable.every((l) => width(l) <= columns)) return asTable;
  const [header = [], ...rows] = cells;
  const labels = header.slice(titleColumns).map(visible);
  const labelWidth = Math.max(0, ...labels.map(width));
  const out: string[] = [];
  rows.forEach((row, r) => {
    if (r > 0) out.push('');
    out.push(...wrapLine(row.slice(0, titleColumns).filter((c) => c !== '').join(' — '), columns));
    row.slice(titleColumns).forEach((cell, i) => {
      const lead = `  ${(labels[i] ?? '').padEnd(labelWidth)}  `;
      out.push(...wrapText(lead, cell, ' '.repeat(width(lead)), columns));
    });
  });
  return out;
}
