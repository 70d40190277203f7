/**
 * A cheap first test for the crisis-language detector (crisis-language.ts): from the
 * rules' own regular expressions it works out strings at least one of which any match
 * must contain, and joins them into one expression. A note holding none of them cannot
 * match any rule, so the rules are skipped. Patterns it cannot read switch it off (null),
 * which only costs speed, never a result.
 */
import type { CrisisRule } from './crisis-rule.js';

/** What a piece of a pattern can match: all its strings when few, and strings one of which a match contains. */
interface Literals {
  /** Every string it can match, or null when unknown or too many. */
  exact: Set<string> | null;
  /** One of these is inside every match; null when nothing is known. */
  needs: Set<string> | null;
}

const MAX_EXACT = 32;
const ANY: Literals = { exact: null, needs: null };
const EMPTY: Literals = { exact: new Set(['']), needs: null };

class UnknownSyntax extends Error {}

/**
 * The better of two hints: the one less likely to be in an ordinary note, judged
 * roughly by how many strings it has and how short they are.
 */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || a.has('')) return b !== null && b.has('') ? null : b;
  if (b === null || b.has('')) return a;
  const ca = cost(a);
  const cb = cost(b);
  if (ca !== cb) return ca < cb ? a : b;
  return shortest(a) >= shortest(b) ? a : b;
}

const shortest = (set: Set<string>): number => Math.min(...[...set].map((s) => s.length));

/** Words so common in notes that a hint made only of them would let most notes through. */
const COMMON_WORDS = new Set(
  ('a about after again all am an and any are as at back bad be been being better bit but by can could day did do does ' +
    'done easy feel feeling felt for from get go going good got had hard has have he help her here him his home how i ' +
    'if in into is it just keep know life like little live lot made make me more morning much my myself need night no ' +
    'not now of off on one or our out over people really said she should so some start still take than that the them ' +
    'then there they thing things think this thought time to today told tonight too tried try trying up us very want ' +
    'was way we week well were what when which who why will with work would you your').split(' '),
);

/** Roughly how likely a note is to hold a string: the product over its words. */
function rarity(s: string): number {
  let p = 1;
  for (const w of s.split(' ')) {
    if (w === '') continue;
    p *= COMMON_WORDS.has(w) ? 0.3 : w.length >= 5 ? 0.002 : w.length === 4 ? 0.005 : w.length === 3 ? 0.02 : w.length === 2 ? 0.1 : 1;
  }
  return p;
}

const costs = new WeakMap<Set<string>, number>();

function cost(set: Set<string>): number {
  let sum = costs.get(set);
  if (sum === undefined) {
    sum = 0;
    for (const s of set) sum += rarity(s);
    costs.set(set, sum);
  }
  return sum;
}

const needsOf = (l: Literals): Set<string> | null => better(l.needs, l.exact);

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** Reads a pattern source (the subset of JavaScript regular expressions the rules use). */
class LiteralReader {
  private i = 0;

  constructor(private readonly src: string) {}

  read(): Literals {
    const result = this.alternation();
    if (this.i !== this.src.length) throw new UnknownSyntax(this.src.slice(this.i));
    return result;
  }

  private alternation(): Literals {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Literals;
    let exact: Set<string> | null = new Set();
    let needs: Set<string> | null = new Set();
    for (const b of branches) {
      if (exact !== null && b.exact !== null) for (const x of b.exact) exact.add(x);
      if (b.exact === null || (exact !== null && exact.size > MAX_EXACT)) exact = null;
      const n = needsOf(b);
      if (needs !== null && n !== null) for (const x of n) needs.add(x);
      else needs = null;
    }
    return { exact, needs };
  }

  private sequence(): Literals {
    let exact: Set<string> | null = new Set(['']);
    let run: Set<string> = new Set(['']);
    let needs: Set<string> | null = null;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified(this.atom());
      needs = better(needs, needsOf(item));
      exact = exact === null || item.exact === null ? null : product(exact, item.exact);
      const joined = item.exact === null ? null : product(run, item.exact);
      if (joined === null) {
        needs = better(needs, run);
        run = item.exact ?? new Set(['']);
      } else {
        run = joined;
      }
    }
    needs = better(needs, run);
    return { exact, needs: better(needs, exact) };
  }

  private quantified(atom: Literals): Literals {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new UnknownSyntax(this.src.slice(this.i));
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: matches the same strings
    if (min === 0) return max === 1 && atom.exact !== null ? { exact: new Set([...atom.exact, '']), needs: null } : ANY;
    let exact: Set<string> | null = null;
    if (min === max && atom.exact !== null) {
      exact = new Set(['']);
      for (let k = 0; k < min && exact !== null; k++) exact = product(exact, atom.exact);
    }
    return { exact, needs: better(needsOf(atom), exact) };
  }

  /** Passes over the rest of a group (a lookaround: it matches nothing itself). */
  private skipGroup(): void {
    let depth = 1;
    while (this.i < this.src.length) {
      const c = this.src[this.i++];
      if (c === '\\') this.i++;
      else if (c === '[') {
        while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
        this.i++;
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return;
    }
    throw new UnknownSyntax('(');
  }

  private atom(): Literals {
    const c = this.src[this.i++] as string;
    if (c === '(') {
      let lookaround = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
        lookaround = true;
        this.i += this.src[this.i + 1] === '<' ? 3 : 2;
      } else if (this.src[this.i] === '?') throw new UnknownSyntax(this.src.slice(this.i));
      if (lookaround) {
        this.skipGroup();
        return EMPTY;
      }
      const inner = this.alternation();
      if (this.src[this.i++] !== ')') throw new UnknownSyntax(this.src.slice(this.i));
      return inner;
    }
    if (c === '[') {
      const from = this.i;
      while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
      if (this.src[this.i++] !== ']') throw new UnknownSyntax('[');
      // A short list of plain characters ("[ -]") is a choice of literals; anything else may be any character.
      const chars = this.src.slice(from, this.i - 1);
      return /^[a-z ]{1,4}-?$/.test(chars) && !/[a-z]-[a-z]/.test(chars) ? { exact: new Set(chars), needs: null } : ANY;
    }
    if (c === '\\') {
      const e = this.src[this.i++] ?? '';
      if (e === 'b' || e === 'B') return EMPTY;
      if ('dDwWsS'.includes(e)) return ANY;
      if (/[A-Za-z0-9]/.test(e)) throw new UnknownSyntax(`\\${e}`);
      return literal(e);
    }
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    if ('*+?{}|)'.includes(c)) throw new UnknownSyntax(c);
    // A run of plain characters is one literal, up to one a quantifier applies to.
    let text = c;
    while (this.i < this.src.length && !SPECIAL.includes(this.src[this.i] as string) && !QUANTIFIERS.includes(this.src[this.i + 1] ?? '')) {
      text += this.src[this.i++];
    }
    return literal(text);
  }
}

const SPECIAL = '\\^$.|?*+()[]{}';
const QUANTIFIERS = '?*+{';

function literal(c: string): Literals {
  const set = new Set([c]);
  return { exact: set, needs: set };
}

/** A test that is false only for texts no rule can match; null when the patterns could not all be read. */
export function buildPrefilter(rules: readonly CrisisRule[]): RegExp | null {
  const words = new Set<string>();
  try {
    for (const { pattern } of rules) {
      if (pattern.flags !== 'g') return null;
      const needs = needsOf(new LiteralReader(pattern.source).read());
      if (needs === null || needs.has('')) return null;
      for (const w of needs) words.add(w);
    }
  } catch (error) {
    if (error instanceof UnknownSyntax) return null;
    throw error;
  }
  // A string holding another one adds nothing: "hang myself" holds "myself".
  const kept: string[] = [];
  for (const w of [...words].sort((x, y) => x.length - y.length)) if (!kept.some((k) => w.includes(k))) kept.push(w);
  return new RegExp(trie(kept));
}

/**
 * One alternation of `words` as a trie ("die|dying" → "d(?:ie|ying)"), so each position of
 * a note is tried against one branch per letter rather than against every word.
 */
function trie(words: readonly string[]): string {
  const escape = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    // "kept" words never hold one another, so no word ends where another goes on.
    if (w === '') return '';
    const rest = byFirst.get(w[0] as string) ?? [];
    rest.push(w.slice(1));
    byFirst.set(w[0] as string, rest);
  }
  const branches = [...byFirst].map(([c, rest]) => {
    const tail = trie(rest);
    return escape(c) + (tail !== '' && new Set(rest.map((r) => r[0])).size > 1 ? `(?:${tail})` : tail);
  });
  return branches.join('|');
}

