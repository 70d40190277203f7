/**
 * The outcome after a strategy's name in `--strategy "A walk=helped"`: the spellings a person
 * is likely to type for helped, not helped and not sure, after "=" or ":".
 */

/** true = helped, false = not helped, null = not sure. */
export type Outcome = boolean | null;

const SPELLINGS: ReadonlyArray<[Outcome, readonly string[]]> = [
  [true, ['helped', 'helpful', 'it helped', 'help', 'yes', 'y', 'h', '+', 'good']],
  [false, ['not helped', 'not helpful', 'unhelpful', "didn't help", 'didnt help', 'did not help', "it didn't help", 'nothelped', 'no', 'n', '-', 'nope']],
  [null, ['not sure', 'unsure', '?', 'maybe', "don't know", 'dont know', 'do not know', 'idk', 'unknown', 'not known', 'notsure']],
];

/** Lower case, one space between words, "not-helped"/"not_helped" as "not helped", a curly apostrophe as a straight one. */
function normal(text: string): string {
  const t = text.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return (t === '-' ? t : t.replace(/[-_]+/g, ' ')).replace(/\s+/g, ' ').trim();
}

const OUTCOMES = new Map<string, Outcome>(SPELLINGS.flatMap(([outcome, words]) => words.map((w) => [normal(w), outcome] as const)));

/** The outcome `text` spells, or undefined when it spells none. */
export function outcomeOf(text: string): Outcome | undefined {
  return OUTCOMES.get(normal(text));
}

export type StrategyFlag =
  | { name: string; outcome: Outcome; spelled: true }
  | { name: string; spelled: false; /** The split at the last "=" or ":" when what follows is no outcome. */ unknown: { before: string; after: string; sign: string } | null };

/**
 * Splits a flag at its last "=" or ":" when what follows is an outcome: "A walk=not helped" is
 * "A walk", not helped. Without a separator the whole flag is the name. With a separator and an
 * unknown outcome, `unknown` holds both halves; the caller decides (a name may itself hold ":").
 */
export function parseStrategyFlag(flag: string): StrategyFlag {
  const at = Math.max(flag.lastIndexOf('='), flag.lastIndexOf(':'));
  if (at <= 0) return { name: flag.trim(), spelled: false, unknown: null };
  const outcome = outcomeOf(flag.slice(at + 1));
  const name = flag.slice(0, at).trim();
  if (outcome !== undefined) return { name, outcome, spelled: true };
  return { name: flag.trim(), spelled: false, unknown: { before: name, after: flag.slice(at + 1).trim(), sign: flag.charAt(at) } };
}

/** For messages and help: the three outcomes in the words Headway uses. */
export const OUTCOME_WORDS = 'helped, not helped or not sure';
