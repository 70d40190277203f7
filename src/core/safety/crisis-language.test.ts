import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEAR_STATEMENTS, CRISIS_CORPUS, FALSE_FRIENDS } from './crisis-corpus.js';
import { detectCrisisLanguage } from './crisis-language.js';

const matchedWords = (text: string): string[] =>
  detectCrisisLanguage(text).phrases.map((p) => text.slice(p.start, p.end));

describe('clear statements and false friends', () => {
  it.each(CLEAR_STATEMENTS)('offers help for %j', (text) => {
    expect(detectCrisisLanguage(text).match).toBe(true);
  });

  it.each(FALSE_FRIENDS)('stays quiet for %j', (text) => {
    expect(matchedWords(text)).toEqual([]);
  });
});

describe('the whole corpus', () => {
  it('keeps precision and recall at 0.95 or above, and prints them', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const { text, crisis } of CRISIS_CORPUS) {
      const found = detectCrisisLanguage(text).match;
      if (found && crisis) tp++;
      else if (found) { fp++; misses.push(`false alarm: ${text}`); }
      else if (crisis) { fn++; misses.push(`missed: ${text}`); }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `crisis-language corpus: precision ${precision.toFixed(2)} (TP ${tp}, FP ${fp}), ` +
        `recall ${recall.toFixed(2)} (FN ${fn}) over ${CRISIS_CORPUS.length} phrases` +
        (misses.length > 0 ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(CRISIS_CORPUS.filter((n) => n.crisis).length).toBeGreaterThanOrEqual(80);
    expect(CRISIS_CORPUS.filter((n) => !n.crisis).length).toBeGreaterThanOrEqual(80);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('negation', () => {
  it('lets a direct denial silence the phrase, but not inability, struggle or a later clause', () => {
    expect(detectCrisisLanguage("I don't want to die").match).toBe(false);
    expect(detectCrisisLanguage('not feeling suicidal at all').match).toBe(false);
    expect(detectCrisisLanguage('I would never hurt myself').match).toBe(false);
    expect(detectCrisisLanguage("I don't want to live").match).toBe(true);
    expect(detectCrisisLanguage("I can't kill myself, the kids need me").match).toBe(true);
    expect(detectCrisisLanguage('struggling not to self-harm tonight').match).toBe(true);
    expect(detectCrisisLanguage('why not just kill myself').match).toBe(true);
    expect(detectCrisisLanguage("I'm not ok, I want to die").match).toBe(true);
  });
});

describe('offsets', () => {
  it('point at the matched words in the original text', () => {
    expect(matchedWords('Long day. I want to die.')).toEqual(['want to die']);
    expect(matchedWords('I don’t want to live anymore')).toEqual(['don’t want to live']);
    expect(matchedWords('ok so… i wanna  DIEEE tbh')).toEqual(['wanna  DIEEE']);
    expect(matchedWords('slept badly. self-harm urges. also thinking about killing myself')).toEqual([
      'self-harm',
      'killing myself',
    ]);
  });

  it('survive decomposed accents, full-width letters and emoji before the phrase', () => {
    const text = 'cafe\u0301 ☕️ 😔 ｉ ｗａｎｔ ｔｏ ｄｉｅ';
    const result = detectCrisisLanguage(text);
    expect(result.phrases).toHaveLength(1);
    const [phrase] = result.phrases;
    expect(text.slice(phrase?.start, phrase?.end)).toBe('ｗａｎｔ ｔｏ ｄｉｅ');
  });

  it('name a category for each phrase', () => {
    const categories = (text: string) => detectCrisisLanguage(text).phrases.map((p) => p.category);
    expect(categories('I want to die')).toEqual(['suicidal-thoughts']);
    expect(categories('I cut myself again')).toEqual(['self-harm']);
    expect(categories('want to end it all')).toEqual(['ending-it']);
    expect(categories("don't want to be here anymore")).toEqual(['not-wanting-to-be-here']);
  });
});

describe('size and speed', () => {
  const neutral = 'Walked to the shop, made soup, called mum, felt a bit calmer after lunch. ';

  it('handles empty and blank notes', () => {
    expect(detectCrisisLanguage('')).toEqual({ match: false, phrases: [] });
    expect(detectCrisisLanguage('   \n\t ')).toEqual({ match: false, phrases: [] });
  });

  it('reads 100 KB notes, ordinary or pathological, in well under 50 ms', () => {
    const ordinary = neutral.repeat(Math.ceil(100_000 / neutral.length)) + 'I want to die.';
    const inputs = [
      ordinary,
      'a'.repeat(100_000),
      ' '.repeat(100_000),
      'not '.repeat(25_000),
      'want to '.repeat(12_500),
      'kill '.repeat(20_000),
      'i wish i was '.repeat(8_000),
      'é😔\u0301 '.repeat(20_000),
    ];
    detectCrisisLanguage(ordinary);
    for (const text of inputs) {
      // The fastest of up to ten runs: a busy test machine can stall any single run, but a
      // pattern that backtracks badly would take seconds every time.
      let fastest = Infinity;
      for (let i = 0; i < 10 && fastest >= 50; i++) {
        const began = performance.now();
        detectCrisisLanguage(text);
        fastest = Math.min(fastest, performance.now() - began);
      }
      expect(fastest, text.slice(0, 20)).toBeLessThan(50);
    }
    const found = detectCrisisLanguage(ordinary).phrases;
    expect(found).toHaveLength(1);
    expect(ordinary.slice(found[0]?.start, found[0]?.end)).toBe('want to die');
  });
});

describe('properties', () => {
  const NEUTRAL_WORDS = [
    'today', 'coffee', 'rain', 'bus', 'meeting', 'mum', 'walked', 'dog', 'tired', 'lunch',
    'therapy', 'session', 'garden', 'quiet', 'evening', 'work', 'emails', 'sister', 'tea',
    'honestly', 'again', 'Monday', 'slept', 'badly', 'ok', 'so', 'and', 'then', 'lol',
  ];
  const words = fc.array(fc.constantFrom(...NEUTRAL_WORDS), { maxLength: 12 });
  const gap = fc.constantFrom(' ', '  ', '\n', '. ', '! ', ', ', '\n\n');

  it('keeps a clear statement matching, at the same place, whatever neutral words surround it', () => {
    fc.assert(
      fc.property(words, gap, fc.constantFrom(...CLEAR_STATEMENTS), words, (before, join, phrase, after) => {
        const head = before.length > 0 ? before.join(' ') + join : '';
        const text = `${head}${phrase}. ${after.join(' ')}`;
        const from = head.length;
        const to = from + phrase.length;
        const phrases = detectCrisisLanguage(text).phrases;
        expect(phrases.some((p) => p.start >= from && p.end <= to)).toBe(true);
      }),
    );
  });

  it('returns sane offsets for any text, including lone surrogates and combining marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', ' i want to die'), (noise, tail) => {
        const text = noise + tail;
        const { match, phrases } = detectCrisisLanguage(text);
        expect(match).toBe(phrases.length > 0);
        let last = 0;
        for (const p of phrases) {
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(text.length);
          last = p.end;
        }
      }),
    );
  });
});
