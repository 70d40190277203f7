import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName, isReadableName, nameKey } from './names.js';

describe('names', () => {
  it('clean the same way whether the name was seen before or not, past the thousand remembered', () => {
    const plain = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');
    const names = fc.sample(fc.string({ unit: fc.constantFrom('a', 'é', 'e\u0301', ' ', '\t', '\u00a0', 'Z'), maxLength: 8 }), 3000);
    for (const name of [...names, ...names.slice(0, 500)]) {
      expect(cleanName(name)).toBe(plain(name));
      expect(nameKey(name)).toBe(plain(name).toLocaleLowerCase('en'));
    }
  });

  it('are the same name however an accented letter was typed (NFC)', () => {
    const composed = 'Caf\u00e9';
    const decomposed = 'Cafe\u0301';
    expect(composed).not.toBe(decomposed);
    expect(cleanName(decomposed)).toBe(composed);
    expect(nameKey(` ${decomposed}  Visits `)).toBe(nameKey('café visits'));
  });

  it('are readable only with something visible and no control characters', () => {
    expect(isReadableName('Work')).toBe(true);
    expect(isReadableName('\u200b\ufeff')).toBe(false);
    expect(isReadableName('Work\u0000')).toBe(false);
    expect(isReadableName('Tab\there')).toBe(true); // whitespace becomes one space in cleanName
    expect(isReadableName(' \u00a0\u3000 ')).toBe(false); // spaces of other scripts are still spaces
    expect(isReadableName('\u200bé')).toBe(true);
    expect(isReadableName('ok\u007f')).toBe(false);
  });

  it('are not readable with a C1 control or half an emoji, and are with a whole one or right-to-left marks', () => {
    for (const broken of ['Work\u0085', '\u009b2J', 'Work\ud800', '\udc00Work', 'a\ude00\ud83d', '\ud83d']) expect(isReadableName(broken), JSON.stringify(broken)).toBe(false);
    for (const fine of ['😀', 'Work 😀', '\u200f\u05e9\u05dc\u05d5\u05dd', '\u202eabc\u202c', 'e\u0301', '\u2067x\u2069']) expect(isReadableName(fine), JSON.stringify(fine)).toBe(true);
  });
});
