/**
 * A conservative detector of crisis language in free-text notes (moments, check-ins).
 *
 * Its only use is to let the app gently offer the person's safety plan and crisis lines
 * when a note suggests they may be thinking of dying, of killing themselves, of ending it,
 * or of hurting themselves. It does not diagnose, never blocks saving and sends nothing
 * anywhere; it reads a string and returns values.
 *
 * How: the note is folded (see normalise-note.ts), then a curated list of first-person
 * phrases and close paraphrases is matched with word boundaries (rules-dying.ts,
 * rules-living.ts, each rule documenting the everyday false friends it stays quiet for).
 * A direct negation ("I don't want to die", "not suicidal", "never want to hurt myself
 * again") silences a phrase; inability and struggle do not ("can't kill myself because of
 * the kids", "trying not to cut tonight" still match, since they say the thought is there).
 *
 * Balance: a missed offer of help costs more than a gentle extra one, so clear statements
 * must always match; but a screen that pops up at "this deadline is killing me" teaches
 * people to ignore it, so idioms must stay quiet. The corpus in crisis-corpus.ts holds
 * both sides and the test prints precision and recall over it.
 */
import type { CrisisCategory, CrisisRule } from './crisis-rule.js';
import { buildPrefilter } from './crisis-prefilter.js';
import { PREFILTER_SOURCE } from './crisis-prefilter-source.js';
import { normaliseNote, normalisedText } from './normalise-note.js';
import { DYING_RULES } from './rules-dying.js';
import { LIVING_RULES } from './rules-living.js';

export type { CrisisCategory } from './crisis-rule.js';

export interface CrisisPhrase {
  category: CrisisCategory;
  /** UTF-16 offsets into the original text, [start, end), covering the matched words. */
  start: number;
  end: number;
}

export interface CrisisLanguageResult {
  match: boolean;
  /** Non-overlapping, in reading order. */
  phrases: CrisisPhrase[];
}

const RULES: readonly CrisisRule[] = [...DYING_RULES, ...LIVING_RULES];

/** Words that may sit between a negation and the phrase it negates: "not really feeling". */
const SOFTENERS = [
  'really', 'ever', 'even', 'actually', 'honestly', 'currently', 'particularly', 'seriously',
  'truly', 'at all', 'feeling', 'feel', 'felt', 'having', 'have', 'had', 'been', 'being', 'be',
  'get', 'getting', 'got', 'any', 'any more', 'anymore', 'going to', 'want to', 'wanting to',
  'planning to', 'plan to', 'intend to', 'intending to', 'thinking about', 'thinking of',
  'think about', 'trying to', 'so', 'too', 'like', 'do', 'did', 'again', 'now', 'today',
  'tonight', 'right now', 'at the moment', 'these days', 'lately', 'real', 'serious', 'much',
].join('|');
const NEGATION_BEFORE = new RegExp(`(?:^|[^a-z0-9])(not|never|no longer|no|nor)(?: (?:${SOFTENERS}))* $`);
/** Before "not": inability, struggle or a question, which leave the thought standing. */
const NOT_A_DENIAL = /(?:^|[^a-z0-9])(?:can|could|why|how|try|trying|tried|tries|hard|struggling|struggle|struggled|fighting|fight|fought|trust myself|whether) $/;
/** How much text before a phrase the negation and quiet checks look at. */
const LOOK_BEHIND = 120;

function isNegated(before: string): boolean {
  const negation = NEGATION_BEFORE.exec(before);
  if (negation === null) return false;
  const cue = negation[1] ?? '';
  const cueAt = before.length - negation[0].length + negation[0].indexOf(cue);
  return !NOT_A_DENIAL.test(before.slice(0, cueAt));
}

function textBefore(text: string, index: number): string {
  const from = Math.max(0, index - LOOK_BEHIND);
  const slice = text.slice(from, index);
  if (from === 0) return slice;
  const space = slice.indexOf(' ');
  return space < 0 ? slice : slice.slice(space);
}

interface Hit {
  category: CrisisCategory;
  from: number;
  to: number;
}

function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { category, pattern, negatable, quietAfter } of RULES) {
    // exec with lastIndex rather than matchAll: matchAll clones the pattern on every call,
    // which costs more than the matching itself on short notes. lastIndex is reset before
    // and after, and nothing here yields, so no state outlives this loop.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const before = textBefore(text, m.index);
      if (negatable && isNegated(before)) continue;
      if (quietAfter !== null && quietAfter.test(before)) continue;
      hits.push({ category, from: m.index, to: m.index + m[0].length });
    }
    pattern.lastIndex = 0;
  }
  return hits;
}

/*
 * A prefilter, for speed only: most notes hold no crisis language, and running every rule
 * over them cost more than the rest of logging a moment (docs/PERFORMANCE.md). Each
 * rule's pattern is read once to find literal strings one of which any match must
 * contain ("suicid", "myself", "die"…); a note that contains none of them cannot match
 * that rule. The strings are worked out from the patterns themselves (crisis-prefilter.ts),
 * so the prefilter can never disagree with the rules; any syntax it does not know turns it
 * off (every note then goes through every rule). Working them out takes ~100 ms, so it is
 * done ahead, by scripts/write-crisis-prefilter.mjs, into crisis-prefilter-source.ts, and
 * a test fails while that file is not what the rules give today.
 */

/** undefined until first needed; null when the patterns could not all be read. */
let prefilter: RegExp | null | undefined;

/** Compiles the prefilter (well under a millisecond); the server does it at start. */
export function prepareCrisisLanguage(): void {
  if (prefilter === undefined) prefilter = PREFILTER_SOURCE === null ? null : new RegExp(PREFILTER_SOURCE);
}

/** The prefilter worked out from the rules now, for the test that holds the stored one to it. */
export function prefilterFromRules(): RegExp | null {
  return buildPrefilter(RULES);
}

/** The prefilter prepareCrisisLanguage built (null: it could not read a pattern), for tests. */
export function crisisPrefilter(): RegExp | null | undefined {
  return prefilter;
}

/** False only when no rule can match the normalised text. */
function mayMatch(text: string): boolean {
  return prefilter === undefined || prefilter === null || prefilter.test(text);
}

/** Keeps the earliest, then the longest, of overlapping hits. */
function withoutOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Hit[] = [];
  let reach = -1;
  for (const hit of sorted) {
    if (hit.from < reach) continue;
    kept.push(hit);
    reach = hit.to;
  }
  return kept;
}

/**
 * Finds crisis language in a note. Input: any string (empty is fine; linear in its length).
 * Output: whether anything matched, and each matched phrase with its category and its
 * offsets into `text` so a UI could highlight it.
 */
export function detectCrisisLanguage(text: string): CrisisLanguageResult {
  if (text.trim().length === 0) return { match: false, phrases: [] };
  prepareCrisisLanguage();
  // Most notes stop here, so their text is folded without keeping where each character came from.
  if (prefilter && !prefilter.test(normalisedText(text))) return { match: false, phrases: [] };
  const note = normaliseNote(text);
  if (!mayMatch(note.text)) return { match: false, phrases: [] };
  const phrases = withoutOverlaps(findHits(note.text)).map(({ category, from, to }) => ({
    category,
    start: note.start[from] ?? 0,
    end: note.end[to - 1] ?? text.length,
  }));
  return { match: phrases.length > 0, phrases };
}
