/**
 * The fixed vocabulary of Headway's domain (PRODUCT.md, "Core concepts").
 * Keys are stable identifiers stored in the database and in exports; labels are
 * the plain words a person reads. Changing a key is a migration, changing a label is not.
 */

/** Window-of-tolerance state of the body during a moment or at a check-in. */
export const BODY_STATES = ['within', 'hyper', 'hypo'] as const;
export type BodyState = (typeof BODY_STATES)[number];
export const BODY_STATE_LABELS: Record<BodyState, string> = {
  within: 'Within my window',
  hyper: 'On alert (hyper)',
  hypo: 'Shut down (hypo)',
};

/**
 * A strategy's role: `coping` gets a person through the moment, `avoidant` is coping that
 * can keep a person stuck when relied on, `healing` is processing work that changes the moment.
 */
export const STRATEGY_ROLES = ['coping', 'avoidant', 'healing'] as const;
export type StrategyRole = (typeof STRATEGY_ROLES)[number];
export const STRATEGY_ROLE_LABELS: Record<StrategyRole, string> = {
  coping: 'Coping',
  avoidant: 'Avoidant',
  healing: 'Healing',
};

/** What a strategy does for the person. */
export const STRATEGY_FUNCTIONS = [
  'soothe',
  'ground',
  'distract',
  'connect',
  'move',
  'express',
  'numb',
  'avoid',
  'control',
  'process',
] as const;
export type StrategyFunction = (typeof STRATEGY_FUNCTIONS)[number];

/** Signs of healing a person can note (PRODUCT.md, "Healing / progress"), plus their own words. */
export const SHIFT_KINDS = [
  'trigger-softer',
  'thought-not-followed',
  'pattern-recognised',
  'handled-differently',
  'felt-it-fully',
  'sat-with-discomfort',
  'noticed-without-fixing',
  'stopped-over-explaining',
  'rested-without-guilt',
  'cried-without-shame',
  'relationships-steadier',
  'own-words',
] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export const SHIFT_KIND_LABELS: Record<ShiftKind, string> = {
  'trigger-softer': "Something that used to set me off didn't hit as hard",
  'thought-not-followed': 'The old thought came, and I let it pass',
  'pattern-recognised': 'I spotted the pattern before it pulled me in',
  'handled-differently': 'I handled it differently this time',
  'felt-it-fully': 'I let myself feel it instead of pushing it down',
  'sat-with-discomfort': "I stayed with discomfort without rushing away",
  'noticed-without-fixing': 'I noticed a feeling without needing to fix it',
  'stopped-over-explaining': 'I stopped over-explaining or apologising',
  'rested-without-guilt': 'I rested without feeling guilty',
  'cried-without-shame': 'I cried and felt no shame about it',
  'relationships-steadier': 'A relationship felt steadier',
  'own-words': 'In my own words',
};

/** Suggested kinds of healing practice; a person may type any other. */
export const PRACTICE_KIND_SUGGESTIONS = [
  'Therapy session',
  'Sitting with a feeling',
  'Grief work',
  'Reframing a core belief',
  'Processing journal',
  'Body-based practice',
] as const;

/** Mood on a 1–5 scale, 1 lowest. */
export const MOOD_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Very low',
  2: 'Low',
  3: 'Okay',
  4: 'Good',
  5: 'Very good',
};

/** The four kinds of journal entry a person logs. */
export const ENTRY_KINDS = ['moments', 'checkins', 'practices', 'shifts'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Limits shared by every edge, so API, CLI, web and import agree. */
export const LIMITS = {
  nameChars: 80,
  noteChars: 5000,
  thoughtChars: 500,
  strategiesPerMoment: 20,
  settledMinutesMax: 10080, // one week
  practiceMinutesMax: 1440,
  sleepHoursMax: 24,
  futureToleranceMinutes: 5,
} as const;
