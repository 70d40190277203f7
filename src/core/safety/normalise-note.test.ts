/**
 * normaliseNote keeps its working buffers between calls (for speed), and the crisis
 * detector first looks at a note through normalisedText, the same fold without offsets.
 * Neither may change a result: the text-only fold must equal the full one, and no call
 * may see anything of the call before it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseNote, normalisedText } from './normalise-note.js';

/** Notes with the characters the fold treats specially: apostrophes, dashes, marks, spaces, repeats, chat spellings. */
const noteParts = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom("don't", 'DON’T', 'im', 'wanna', 'u', 'sooooo', 'e\u0301', 'Ｋ', '—', '“', '\u200b', '  ', '\n\t', '😀', 'café', 'ǅ'),
);
const note = fc.array(noteParts, { maxLength: 10 }).map((parts) => parts.join(' '));

describe('normalising a note', () => {
  it('gives the same text with or without the offsets', () => {
    fc.assert(fc.property(fc.oneof(note, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
      expect(normalisedText(text)).toBe(normaliseNote(text).text);
    }), { numRuns: 5_000 });
  });

  it('gives the same result after any other note, long or short', () => {
    fc.assert(fc.property(note, fc.oneof(note, fc.string({ maxLength: 2_000 })), (text, before) => {
      const alone = normaliseNote(text);
      normaliseNote(before);
      normalisedText(before);
      const after = normaliseNote(text);
      expect(after.text).toBe(alone.text);
      expect([...after.start]).toEqual([...alone.start]);
      expect([...after.end]).toEqual([...alone.end]);
    }), { numRuns: 2_000 });
  });

  it('hands back offsets that later calls do not overwrite', () => {
    const first = normaliseNote('I dont know');
    const copy = { text: first.text, start: [...first.start], end: [...first.end] };
    normaliseNote('something else entirely, and much longer than the first note was');
    expect({ text: first.text, start: [...first.start], end: [...first.end] }).toEqual(copy);
    expect(first.text).toBe('i do not know');
  });

  it('grows its buffers for a long note and still folds a short one after it', () => {
    const long = 'Wanna '.repeat(10_000);
    expect(normalisedText(long)).toBe('want to '.repeat(10_000));
    expect(normaliseNote("can't").text).toBe('can not');
  });
});
