/**
 * Output helpers: JSON for machines, short aligned lines for people. Both may carry the
 * person's own words, so both go through visible.ts: nothing printed can drive the terminal.
 */
import { dayWords } from '../core/words/dates.js';
import { terminalJson, visible } from './visible.js';

export function printJson(value: unknown): void {
  process.stdout.write(`${terminalJson(JSON.stringify(value, null, 2))}\n`);
}

/** Each line is one line on the screen: a line break or control inside it is shown as an escape. */
export function printLines(lines: string[]): void {
  if (lines.length > 0) process.stdout.write(`${lines.map(visible).join('\n')}\n`);
}

/** "2 Mar 2026 21:15" from an ISO instant, in the offset it was written with: dates in words, as on the web. */
export function when(instant: string): string {
  return `${dayWords(instant)} ${instant.slice(11, 16)}`;
}

/** Cells are made visible first, so the columns line up with what is shown. */
export function table(cells: string[][]): string[] {
  const rows = cells.map((row) => row.map(visible));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd());
}
