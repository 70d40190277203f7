/**
 * The words Sam writes in the demo journal: short, plain, first person, kind. Early notes
 * sound like being carried along by the moment, late ones like catching it sooner. Nothing
 * here is crisis language, so the demo never trips the safety prompts by accident.
 */
import type { ShiftKind } from '../../core/vocabulary.js';

export interface TriggerWords {
  thoughts: readonly string[];
  early: readonly string[];
  late: readonly string[];
}

export type DemoTrigger = 'criticism' | 'partner' | 'alone' | 'crowds' | 'money';

export const TRIGGER_WORDS: Record<DemoTrigger, TriggerWords> = {
  criticism: {
    thoughts: ["They think I'm useless", "I always get it wrong", "I'm about to be found out", 'Everyone saw me mess up'],
    early: [
      'Manager went through my report line by line in the meeting. Replayed it all evening.',
      'Two-line email about a mistake. Face went hot and I could not focus after.',
      'Stayed late redoing the whole thing so nobody could fault it.',
      'Comment about my timing in stand-up. I said sorry about four times.',
      "Read the feedback as 'not good enough' before I had even finished it.",
    ],
    late: [
      'Feedback on the slides. It stung, but I asked what she meant instead of going quiet.',
      "Noticed the old 'useless' story starting and named it. Still a bit shaky.",
      'Same kind of comment as in the spring. It hit, then passed in one walk round the block.',
      "Said 'good point, I'll fix it' and meant it.",
      'Did not rewrite the whole thing tonight. It can wait until tomorrow.',
    ],
  },
  partner: {
    thoughts: ["I'm too much", "It's always my fault", "They're tired of me"],
    early: [
      "Argued about the dishes, which wasn't really about the dishes.",
      'We both raised our voices. I went quiet and scrolled until bed.',
      'Agreed to everything just to make it stop. Felt hollow after.',
    ],
    late: [
      'Small row about weekend plans. Made up before dinner.',
      'I asked for ten minutes and came back. That helped us both.',
      'Wanted to smooth it over straight away. Said what I felt instead.',
      'Still a prickly evening, but we talked it through.',
    ],
  },
  alone: {
    thoughts: ['Everyone else has someone', "I'm boring to be around", "It'll always feel like this"],
    early: [
      'Flat, quiet evening. Put a series on so the flat was not silent.',
      'Everyone seemed busy. Ate in front of the screen and felt heavy.',
      'The evening stretched out and I could not settle to anything.',
    ],
    late: [
      'Quiet evening. Let the lonely feeling be there for a bit, and it eased.',
      'Texted my sister instead of waiting for the feeling to go on its own.',
      'Cooked properly and put some music on. Still lonely, but okay.',
      'An evening on my own that felt more like rest than a gap.',
    ],
  },
  crowds: {
    thoughts: ['Everyone is looking at me', 'I need to get out'],
    early: [
      'Packed train, no seat. Counted breaths until my stop.',
      'Supermarket on a Saturday. Left my basket and walked out.',
    ],
    late: [
      "Friend's birthday in a busy bar. Stepped outside twice and went back in.",
      'Long queue at the station. Uncomfortable, but I stayed.',
    ],
  },
  money: {
    thoughts: ["I can't keep on top of anything", 'One more bill and it all falls apart'],
    early: ['Council tax letter. Put it in a drawer without opening it.'],
    late: [
      'Boiler quote came in higher than I hoped.',
      'Checked my account three times today.',
      'Opened the bills together and made a list. Less scary on paper.',
    ],
  },
};

export const HARD_PATCH_NOTES: readonly string[] = [
  'Rough week. Everything feels louder than it did a month ago.',
  'Back to the old ways of getting through it. A hard patch, not the whole story.',
  'Tired and raw. Going easy on myself tonight.',
];

export const CHECKIN_NOTES = {
  early: [
    'Tired. Got through the day.',
    'Heavy day, not sure why.',
    'Slept badly and everything felt sharp.',
    'Kept busy all day so I would not have to think.',
  ],
  late: [
    'Quiet day. Nothing dramatic, which I will take.',
    'Walked home the long way. Felt a bit lighter.',
    'Mood is the same as ever, but work went better than it would have.',
    "Honestly can't tell if anything is changing.",
    'Good chat with Jo over lunch.',
    'Low but steady.',
    'Ate lunch away from my desk for once.',
  ],
  hard: [
    'Hard fortnight. Trying to be gentle with myself.',
    'Feels like the start again. Reminding myself it did not stay like that.',
  ],
} as const;

export const PRACTICE_NOTES: Record<string, readonly string[]> = {
  'Therapy session': [
    'Talked about where the fear of criticism comes from.',
    'Worked on what I say to myself after a mistake.',
    'Practised noticing the thought without arguing with it.',
    'Talked about the evenings and what they bring up.',
  ],
  'Sitting with a feeling': [
    'Ten minutes with the tightness in my chest. It moved around, then softened.',
    'Sat with the sadness instead of putting a show on.',
  ],
  'Reframing a core belief': [
    "Wrote out 'I have to be perfect to be safe' and what I would tell a friend who believed it.",
    "Worked on 'if they're annoyed, I did something wrong'.",
  ],
};

/** A few shifts carry a line of their own; each line fits its kind. */
export const SHIFT_NOTES: Partial<Record<ShiftKind, readonly string[]>> = {
  'pattern-recognised': ['Caught it in the meeting before it took over.'],
  'handled-differently': ['Small thing, but it felt different.'],
  'thought-not-followed': ["The 'useless' thought showed up. I let it sit there and carried on."],
  'noticed-without-fixing': ['Noticed it, let it be, carried on with my evening.'],
  'relationships-steadier': ['We disagreed and it did not feel like the ground moved.'],
};

export const OWN_WORDS_NOTES: readonly string[] = [
  'Got a critical comment and my first feeling was curiosity, not panic.',
  'A whole evening alone and it felt like rest, not a gap to fill.',
];
