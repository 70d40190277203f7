/**
 * The crisis-language prefilter (core/safety/crisis-language.ts, stored ahead in crisis-prefilter-source.ts):
 * a note it turns away must be one that no rule can match, or a person in crisis would
 * not be offered help. Checked here against every rule, on the corpus and on many notes
 * made from its words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRISIS_CORPUS } from '../core/safety/crisis-corpus.js';
import { crisisPrefilter, detectCrisisLanguage, prefilterFromRules, prepareCrisisLanguage } from '../core/safety/crisis-language.js';
import { normaliseNote } from '../core/safety/normalise-note.js';
import { DYING_RULES } from '../core/safety/rules-dying.js';
import { LIVING_RULES } from '../core/safety/rules-living.js';

prepareCrisisLanguage();
const prefilter = crisisPrefilter();
const rules = [...DYING_RULES, ...LIVING_RULES].map((r) => new RegExp(r.pattern.source));
const texts = CRISIS_CORPUS.map((c) => c.text);
const words = texts.join(' ').split(/\s+/);

/** True when the prefilter lets through every normalised note some rule matches. */
function sound(text: string): boolean {
  const folded = normaliseNote(text).text;
  return !rules.some((r) => r.test(folded)) || (prefilter as RegExp).test(folded);
}

describe('the crisis-language prefilter', () => {
  it('is built from the rules', () => {
    expect(prefilter).toBeInstanceOf(RegExp);
  });

  it('is stored exactly as the rules give it today (else: npm run build && node scripts/write-crisis-prefilter.mjs)', () => {
    expect(prefilter?.source).toBe(prefilterFromRules()?.source);
  });

  it('lets through every phrase of the corpus that a rule matches', () => {
    for (const text of texts) expect(sound(text), text).toBe(true);
  });

  it('lets through every note made of the corpus words that a rule matches', () => {
    const note = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom("'", '’', '  ', '\n', '.', ',', 'Ｋ', 'é', '-', 'DONT', 'im', 'wanna', 'u', 'diiie')), { minLength: 1, maxLength: 12 })
      .chain((parts) => fc.constantFrom(parts.join(' '), parts.join('')));
    fc.assert(fc.property(note, (text) => sound(text)), { numRuns: 20_000 });
  });

  it('still offers help for clear statements, and stays quiet for ordinary notes', () => {
    expect(detectCrisisLanguage('Long day. I want to die.').match).toBe(true);
    expect(detectCrisisLanguage('I just want to end it all').match).toBe(true);
    expect(detectCrisisLanguage('bench').match).toBe(false);
    expect(detectCrisisLanguage('Quiet day at work, walked the dog.').match).toBe(false);
  });
});
