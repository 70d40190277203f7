/**
 * The shape of one crisis-language rule, and the regular-expression fragments the rules
 * share. Every pattern runs on text folded by `normaliseNote`: lower case, apostrophes
 * dropped, white space collapsed, contractions spelled out ("do not", "i am", "can not",
 * "want to"), so a fragment needs only that one spelling.
 */

export type CrisisCategory = 'suicidal-thoughts' | 'self-harm' | 'ending-it' | 'not-wanting-to-be-here';

export interface CrisisRule {
  category: CrisisCategory;
  /** Global pattern over normalised text; the match is the phrase reported. */
  pattern: RegExp;
  /**
   * When true, a negation right before the phrase ("not", "never", "no longer", "do not",
   * with only softeners such as "really" or "feeling" in between) silences it.
   */
  negatable: boolean;
  /** Silences the phrase when the normalised text just before it ends like this. */
  quietAfter: RegExp | null;
}

export function rule(
  category: CrisisCategory,
  source: string,
  options: { negatable?: boolean; quietAfter?: string } = {},
): CrisisRule {
  return {
    category,
    pattern: new RegExp(source, 'g'),
    negatable: options.negatable ?? true,
    quietAfter: options.quietAfter === undefined ? null : new RegExp(`(?:^|[^a-z0-9])(?:${options.quietAfter}) $`),
  };
}

/** "myself" and its usual typos; "my self-esteem", "my self-care" are not it. */
export const ME = String.raw`(?:myself|myslef|mysef|mself|meself|my self(?![ -]?(?:esteem|worth|confidence|image|respect|care|belief|doubt|love|compassion|talk|control|awareness)))`;

export const SUICIDE = String.raw`(?:suicide|sucide|suicde|suiside|suiscide|sewerslide)`;
export const SUICIDAL = String.raw`(?:suicidal|sucidal|suicidial|suisidal|suicidel)`;

/** Medicines and drugs, for overdose phrases: "OD on my meds", not "OD on chocolate". */
export const PILLS = String.raw`(?:pills?|meds|medication|medications|medicine|tablets?|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|insulin|antidepressants?|sertraline|fluoxetine|citalopram|quetiapine|heroin|fentanyl|opioids?|drugs|benzos|painkillers|lithium|xanax|sleeping pills|sleeping tablets)`;

/** "live" as in being alive, not residence: "live in London", "living with my parents". */
const LIVE_ELSEWHERE = String.raw`(?! (?:in|near|at|here|there|abroad|alone|together|on|by|somewhere|anywhere|downtown|next|close|far|nearby|out of|off|under|above|upstairs|downstairs|up)\b| with (?!(?:this|the|all this|all the|these|my) (?:pain|feelings?|depression|anxiety|hurt|thoughts|sadness|grief|darkness|shame|guilt|emptiness|loneliness)\b))`;
export const LIVE = `(?:live${LIVE_ELSEWHERE})`;
export const LIVING = `(?:living${LIVE_ELSEWHERE})`;

/** Where a clause stops without saying more: end of text or punctuation. */
const STOPS = String.raw`\s*(?:$|[.,;:!?…)\]"])`;

/**
 * "go on", "carry on", "keep going" as continuing to live: only when nothing follows, or
 * "anymore", "like this", "living"… ("can't go on like this", not "can't go on the trip").
 */
const GOING_ON_END = String.raw`(?=${STOPS}| (?:anymore|any more|any longer|like this|this way|much longer|living|with (?:life|living|this)|i\b))`;
export const GO_ON = `(?:go on|carry on|keep going|keep on going|keep living|keep on living)${GOING_ON_END}`;
export const GOING_ON = `(?:going on|carrying on|keeping going)${GOING_ON_END}`;

/**
 * Waking up as surviving the night, not an alarm, a lie-in, a baby or a hangover ("hope I
 * don't wake up early / the baby / like this again / to snow").
 */
export const WAKE_UP = String.raw`(?:wake up|waking up|woken up|woke up|wake)(?! (?:so |too )?(?:early|late|at|before|until|till|for|yet|on time|in time|in the|with|the|him|her|them|my|you|us|everyone|anyone|everybody|anybody|up|feeling|this|that|like|so|as|to|and find|next to|hungover|sick|ill|sore|stiff|tired|exhausted|groggy)\b)`;

/** A clause that ends here, or goes on only with a time word ("end it tonight"). */
export const ENDS_HERE = String.raw`(?=${STOPS}| (?:now|tonight|today|soon|already|for good|forever|permanently|once and for all|right now|and be done|i\b))`;

/** Wanting, planning or picturing, before a method: "thinking about jumping off the bridge". */
export const DESIRE = String.raw`(?:want|wants|wanted|wanting|wish|wished|wishing|urges?|tempted|ready|planning|planned|plan|going|decided|need|needed|could|should|might|just|about|(?:thinking|thought|think|dreaming|fantasi[sz]ing) (?:about|of)|(?:imagining|imagined|imagine|picturing|pictured|picture)(?: myself)?)(?: to)?(?: just)?`;
