/**
 * Folds a free-text note into the plain form the crisis-language patterns are written
 * against, and remembers where every character of that form came from, so that a match
 * can be reported as offsets into the text the person actually typed.
 *
 * Steps, in order:
 * 1. Unicode NFKC and lower case, per base character with its combining marks (so "é"
 *    typed as e + U+0301 folds like the precomposed letter, and full-width or "fancy
 *    font" letters become ASCII); every kind of white space becomes one plain space;
 *    dashes become "-", curly double quotes '"', any other non-ASCII unit "·";
 *    apostrophes of every shape (straight, curly, modifier letter, backtick) and
 *    invisible characters (zero-width space, soft hyphen, BOM) are dropped, so "don’t",
 *    "don't" and "dont" all read "dont".
 * 2. Runs of white space collapse to one space, and a letter typed three or more times in
 *    a row collapses to one ("dieee" reads "die", "sooo" reads "so"); no English word
 *    repeats a letter three times.
 * 3. Common contractions and chat spellings are spelled out ("dont" -> "do not",
 *    "im" -> "i am", "wanna" -> "want to", "cant" -> "can not"), so that each pattern and
 *    the negation check need to know only one spelling.
 */

export interface NormalisedNote {
  /** The folded text the patterns run on. */
  text: string;
  /** For the i-th character of `text`, the original UTF-16 span [start[i], end[i]). */
  start: Int32Array;
  end: Int32Array;
}

const SPELLED_OUT: ReadonlyMap<string, string> = new Map([
  ['im', 'i am'], ['ive', 'i have'], ['id', 'i would'],
  ['dont', 'do not'], ['doesnt', 'does not'], ['didnt', 'did not'],
  ['cant', 'can not'], ['cannot', 'can not'], ['couldnt', 'could not'],
  ['wont', 'will not'], ['wouldnt', 'would not'], ['shouldnt', 'should not'],
  ['isnt', 'is not'], ['wasnt', 'was not'], ['werent', 'were not'], ['arent', 'are not'],
  ['aint', 'am not'], ['havent', 'have not'], ['hasnt', 'has not'], ['hadnt', 'had not'],
  ['wanna', 'want to'], ['wana', 'want to'], ['gonna', 'going to'], ['gona', 'going to'],
  ['tryna', 'trying to'], ['gotta', 'got to'], ['imma', 'i am going to'], ['ima', 'i am going to'],
  ['u', 'you'], ['whats', 'what is'], ['thats', 'that is'], ['theres', 'there is'],
  ['noone', 'no one'], ['dunno', 'do not know'], ['idk', 'i do not know'],
]);

const DROPPED = new Set([...'\'’‘ʼ`´′ʹ\u00ad\u200b\u200c\u200d\u2060\ufeff'].map((ch) => ch.charCodeAt(0)));
const DASHES = new Set([...'‐‑‒–—―−'].map((ch) => ch.charCodeAt(0)));
const COMBINING_MARKS = String.raw`\p{M}+`;
/** White space that NFKC leaves alone; it already maps the no-break and em spaces to " ". */
const OTHER_SPACES = new Set([0x85, 0x1680, 0x2028, 0x2029]);
const SPACE = 0x20;
const HYPHEN = 0x2d;
const FIRST_COMBINING = 0x300;
const QUOTE = 0x22;
const CURLY_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0xab, 0xbb]);
/**
 * Stands in for every other non-ASCII unit. The patterns are ASCII and JavaScript's \b and
 * \w treat all non-ASCII as non-word, so nothing changes for them; but a text of
 * Latin-1 units is stored one byte per character and matched faster.
 */
const OTHER = 0xb7;

/** Growable parallel typed arrays: one folded UTF-16 unit and its original span per slot. */
class Folded {
  codes: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }

  /** Empties it for reuse: the two passes below write into buffers kept between calls. */
  reset(): this {
    this.length = 0;
    return this;
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.length++;
  }

  private grow(): void {
    const size = this.codes.length * 2 + 16;
    const codes = new Uint16Array(size);
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    codes.set(this.codes);
    start.set(this.start);
    end.set(this.end);
    this.codes = codes;
    this.start = start;
    this.end = end;
  }
}

/**
 * The two passes' output buffers, kept between calls: allocating six typed arrays per
 * note cost more than folding a short one. Safe because normalisation is synchronous and
 * every result is copied out of them before it returns.
 */
const squeezed = new Folded(256);
const spelled = new Folded(256);

const isSpace = (c: number): boolean => c === SPACE || (c >= 9 && c <= 13) || OTHER_SPACES.has(c);
const isLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isWordUnit = (c: number): boolean => isLetter(c) || (c >= 0x30 && c <= 0x39);

/**
 * Code point ranges where NFKC or lower-casing can yield ASCII (Latin-1 and Latin
 * extended, modifier letters, Greek, punctuation and letterlike symbols, super- and
 * subscripts, enclosed and full-width forms, mathematical alphanumerics): a superset
 * worked out from the Unicode data. Any other code point (CJK, Cyrillic, emoji…) cannot
 * become a pattern letter, so it skips the costly normalisation and reads as OTHER.
 */
const FOLDS_TO_ASCII: readonly (readonly [number, number])[] = [
  [0x80, 0x24f], [0x2b0, 0x385], [0x1d2c, 0x1dbf], [0x1e00, 0x1fff], [0x2000, 0x24ff],
  [0x2a74, 0x2a76], [0x2c7c, 0x2c7d], [0x3000, 0x3000], [0x309b, 0x309c], [0x3200, 0x33ff],
  [0xa7f1, 0xa7f4], [0xfb00, 0xfb29], [0xfc5e, 0xfdfb], [0xfe10, 0xffef], [0x107a5, 0x107a5],
  [0x1ccd6, 0x1ccf9], [0x1d400, 0x1d7ff], [0x1f100, 0x1f1ff], [0x1fbf0, 0x1fbf9],
];
const mayFoldToAscii = (cp: number): boolean => FOLDS_TO_ASCII.some(([from, to]) => cp >= from && cp <= to);

/** One UTF-16 unit of NFKC-folded, lower-cased text, as the patterns want to see it. */
function foldUnit(code: number): number {
  if (isSpace(code)) return SPACE;
  if (code < 0x80) return code;
  if (DASHES.has(code)) return HYPHEN;
  if (CURLY_QUOTES.has(code)) return QUOTE;
  return OTHER;
}

/**
 * Steps 1 and 2 in one pass. Plain ASCII takes a fast path; anything else is folded with
 * NFKC together with its combining marks.
 */
function foldAndSqueeze(input: string): Folded {
  const out = squeezed.reset();
  let run = 0;
  const emit = (code: number, from: number, to: number): void => {
    const last = out.length - 1;
    const same = last >= 0 && out.codes[last] === code;
    if (same && code === SPACE) {
      out.end[last] = to;
    } else if (same && isLetter(code) && run >= 2) {
      if (run === 2) {
        out.length--;
        out.end[last - 1] = to;
      } else {
        out.end[last] = to;
      }
      run++;
    } else {
      run = same ? run + 1 : 1;
      out.push(code, from, to);
    }
  };
  // Made on first need (plain ASCII needs neither), per call so no state is shared.
  let seen: Map<string, string> | undefined;
  let combiningMarks: RegExp | undefined; // sticky, so it is tested at one position only
  const n = input.length;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 0x80 && (i + 1 >= n || input.charCodeAt(i + 1) < FIRST_COMBINING)) {
      if (!DROPPED.has(c)) emit(isSpace(c) ? SPACE : c >= 0x41 && c <= 0x5a ? c + 32 : c, i, i + 1);
      i++;
      continue;
    }
    const from = i;
    const base = input.codePointAt(i) ?? 0;
    i += base > 0xffff ? 2 : 1;
    let marks = false;
    if (i < n && input.charCodeAt(i) >= FIRST_COMBINING) {
      combiningMarks ??= new RegExp(COMBINING_MARKS, 'uy');
      combiningMarks.lastIndex = i;
      if (combiningMarks.test(input)) {
        i = combiningMarks.lastIndex;
        marks = true;
      }
    }
    if (!marks && base >= 0x80 && !mayFoldToAscii(base)) {
      for (let u = from; u < i; u++) emit(OTHER, from, i);
      continue;
    }
    const cluster = input.slice(from, i);
    seen ??= new Map<string, string>();
    let folded = seen.get(cluster);
    if (folded === undefined) {
      folded = cluster.normalize('NFKC').toLowerCase();
      seen.set(cluster, folded);
    }
    for (let u = 0; u < folded.length; u++) {
      const code = folded.charCodeAt(u);
      if (!DROPPED.has(code)) emit(foldUnit(code), from, i);
    }
  }
  return out;
}

const LONGEST_SPELLING = Math.max(...[...SPELLED_OUT.keys()].map((w) => w.length));

/** Step 3: spells out the words listed in SPELLED_OUT, each new unit spanning the word. */
function spellOut(input: Folded): Folded {
  const out = spelled.reset();
  const { codes, start, end, length } = input;
  let j = 0;
  while (j < length) {
    const c = codes[j] ?? 0;
    if (!isWordUnit(c)) {
      out.push(c, start[j] ?? 0, end[j] ?? 0);
      j++;
      continue;
    }
    let k = j + 1;
    while (k < length && isWordUnit(codes[k] ?? 0)) k++;
    let word = '';
    if (k - j <= LONGEST_SPELLING) for (let m = j; m < k; m++) word += String.fromCharCode(codes[m] ?? 0);
    const replacement = SPELLED_OUT.get(word);
    if (replacement === undefined) {
      for (let m = j; m < k; m++) out.push(codes[m] ?? 0, start[m] ?? 0, end[m] ?? 0);
    } else {
      for (let u = 0; u < replacement.length; u++) out.push(replacement.charCodeAt(u), start[j] ?? 0, end[k - 1] ?? 0);
    }
    j = k;
  }
  return out;
}

function toText(folded: Folded): string {
  const chunks: string[] = [];
  for (let i = 0; i < folded.length; i += 4096) {
    const units: ArrayLike<number> = folded.codes.subarray(i, Math.min(i + 4096, folded.length));
    chunks.push(String.fromCharCode.apply(null, units as number[]));
  }
  return chunks.join('');
}

/** Folds `input` as described above; pure and linear in the length of the text. */
export function normaliseNote(input: string): NormalisedNote {
  const folded = spellOut(foldAndSqueeze(input));
  return {
    text: toText(folded),
    start: folded.start.slice(0, folded.length),
    end: folded.end.slice(0, folded.length),
  };
}

/** normaliseNote(input).text, without the offsets: for a first look at a note. */
export function normalisedText(input: string): string {
  return toText(spellOut(foldAndSqueeze(input)));
}
