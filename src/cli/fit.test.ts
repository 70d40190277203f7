import { describe, expect, it } from 'vitest';
import { COLUMNS, fitTable, wrapLine } from './fit.js';

const longest = (lines: string[]) => Math.max(...lines.map((l) => Array.from(l).length));

describe('wrapLine', () => {
  it('leaves a line that fits alone', () => {
    expect(wrapLine('Coping load')).toEqual(['Coping load']);
  });

  it('breaks a long sentence at spaces, continuations hanging under the bullet', () => {
    const line = '• Criticism at work used to hit 8.5/10 and take about 2½ hours to settle; in the last six weeks it’s 6/10 and about 45 minutes.';
    const out = wrapLine(line);
    expect(longest(out)).toBeLessThanOrEqual(COLUMNS);
    expect(out[0]?.startsWith('• Criticism')).toBe(true);
    expect(out.slice(1).every((l) => l.startsWith('  ') && !l.startsWith('   '))).toBe(true);
    expect(out.join(' ').replace(/\s+/g, ' ')).toBe(line);
  });

  it('breaks a word longer than the line, and counts escaped controls in the width', () => {
    expect(longest(wrapLine(`+ ${'x'.repeat(200)}`))).toBeLessThanOrEqual(COLUMNS);
    const escaped = wrapLine(`${'\u202e'.repeat(30)} trigger`);
    expect(escaped.join('')).toContain('\\u202e');
    expect(longest(escaped)).toBeLessThanOrEqual(COLUMNS);
  });
});

describe('fitTable', () => {
  it('keeps a table that fits as a table', () => {
    expect(fitTable([['Trigger', 'Moments'], ['Noise', '3']])).toEqual(['Trigger  Moments', 'Noise    3']);
  });

  it('shows a table too wide as one block per row, labels aligned, nothing past 80 columns', () => {
    const out = fitTable([
      ['Trigger', 'Status', 'Settling'],
      ['Criticism at work', 'easing', `~2½ hours → ~45 minutes (p < 0.001) ${'and more words '.repeat(6)}`],
      ['Money worries', 'heavier, not clearly', '6 noted'],
    ]);
    const titled = fitTable(
      [
        ['Trigger', 'Status', 'Settling'],
        ['Criticism at work', 'easing', `~2½ hours → ~45 minutes (p < 0.001) ${'and more words '.repeat(6)}`],
      ],
      { titleColumns: 2 },
    );
    expect(titled.slice(0, 2)).toEqual(['Criticism at work — easing', '  Settling  ~2½ hours → ~45 minutes (p < 0.001) and more words and more words']);
    expect(longest(out)).toBeLessThanOrEqual(COLUMNS);
    expect(out.slice(0, 3)).toEqual(['Criticism at work', '  Status    easing', '  Settling  ~2½ hours → ~45 minutes (p < 0.001) and more words and more words']);
    expect(out[3]?.startsWith('            and more words')).toBe(true);
    expect(out).toContain('Money worries');
    expect(out).toContain('  Status    heavier, not clearly');
  });
});

describe('wrapLine keeps a p-value together', () => {
  it('moves "p < 0.001" to the next line whole rather than splitting it', () => {
    const out = wrapLine('+ Criticism at work: caught earlier more often; very unlikely to be chance (p < 0.001, 53 moments).');
    expect(out).toEqual(['+ Criticism at work: caught earlier more often; very unlikely to be chance', '  (p < 0.001, 53 moments).']);
  });
});
