/**
 * Brief COPE (Carver 1997), as specified in MEASURES.md §2.6: 28 items, 14 two-item scales.
 *
 * - Wording: MEASURES.md holds only the gist of each item, and Carver's full wording is not copied.
 *   `text` is Headway's own wording, written from those gists in the time-limited "I've been …"
 *   format; Carver invites users to "adapt the language", and `attribution` says the items are adapted.
 * - Recall: the last 2 weeks. The time-limited format has no fixed period; two weeks is Headway's
 *   choice, matching the PHQ-9 and GAD-7 so that forms taken together look back over the same span.
 * - Coding: answers are stored as 1–4 (Carver's website and most users), so each scale is 2–8.
 *   CamCOPS codes 0–3 "as in Carver 1997"; to compare with 0–3 data subtract 1 per item (2 per scale).
 * - No total score, bands, caseness, reliable change or critical items: none exist for the Brief
 *   COPE ("There is no overall total score, only total scores for each of the scales"). The 14
 *   scales are primary; the higher-order groupings are labelled views, never summed.
 */
import type { Instrument } from './instrument.js';

/** Builds an item; no Brief COPE LOINC code is verified (MEASURES.md §8). */
function item(number: number, id: string, label: string, text: string) {
  return { number, id, label, text, loinc: null };
}

export const BRIEF_COPE: Instrument = {
  id: 'Brief-COPE',
  name: 'Brief COPE',
  stem:
    'Think about the main stress you have been dealing with over the last 2 weeks. ' +
    'How much have you been doing each of these to cope with it?',
  recallPeriod: { days: 14, label: 'the last 2 weeks' },
  items: [
    item(1, 'busy-elsewhere', 'Keeping busy to take my mind off it', "I've been keeping busy with work or other things so my mind is off it."),
    item(2, 'effort', 'Putting effort into dealing with it', "I've been putting my energy into doing something about what I'm facing."),
    item(3, 'not-real', 'Telling myself it is not real', "I've been telling myself it isn't really happening."),
    item(4, 'substances-feel-better', 'Drink or drugs to feel better', "I've been drinking or using drugs to feel better."),
    item(5, 'emotional-support', 'Leaning on others emotionally', "I've been leaning on other people for emotional support."),
    item(6, 'stopped-trying', 'Stopped trying to handle it', "I've been walking away from trying to handle it."),
    item(7, 'acting', 'Acting to improve things', "I've been doing things to try to improve the situation."),
    item(8, 'as-if-not', 'Acting as if it had not happened', "I've been acting as if it hadn't really happened."),
    item(9, 'letting-out', 'Saying things to let feelings out', "I've been saying things just to let out how bad I feel."),
    item(10, 'asking-help', 'Asking for help or advice', "I've been asking other people for help or advice."),
    item(11, 'substances-get-through', 'Drink or drugs to get through', "I've been drinking or using drugs to get through it."),
    item(12, 'positive-view', 'Seeing it more positively', "I've been trying to look at it in a more positive way."),
    item(13, 'hard-on-self', 'Being hard on myself', "I've been hard on myself about it."),
    item(14, 'plan', 'Working out a plan', "I've been working out a plan for what to do."),
    item(15, 'comfort', 'Turning to someone for comfort', "I've been turning to someone for comfort and understanding."),
    item(16, 'letting-go', 'Letting go of coping', "I've been letting go of any effort to cope with it."),
    item(17, 'silver-lining', 'Finding some good in it', "I've been trying to find a silver lining in it."),
    item(18, 'joking', 'Joking about it', "I've been joking about it."),
    item(19, 'distraction', 'Distracting myself', "I've been distracting myself with things like TV, games or shopping so I dwell on it less."),
    item(20, 'terms', 'Coming to terms with it', "I've been coming to terms with the fact that it's real."),
    item(21, 'showing-feelings', 'Letting difficult feelings show', "I've been letting my difficult feelings show."),
    item(22, 'faith', 'Comfort in faith', "I've been looking for comfort in my faith or spiritual beliefs."),
    item(23, 'advice', 'Asking what to do', "I've been asking people who know about it what I should do."),
    item(24, 'living-with', 'Getting used to living with it', "I've been getting used to living with it."),
    item(25, 'steps', 'Thinking through the steps', "I've been thinking through what steps I could take."),
    item(26, 'self-blame', 'Blaming myself', "I've been putting the blame on myself for how things went."),
    item(27, 'prayer', 'Prayer or meditation', "I've been turning to prayer or meditation."),
    item(28, 'poking-fun', 'Poking fun at it', "I've been poking fun at what's happening."),
  ],
  responses: [
    { value: 1, label: "I haven't been doing this at all" },
    { value: 2, label: "I've been doing this a little bit" },
    { value: 3, label: "I've been doing this a medium amount" },
    { value: 4, label: "I've been doing this a lot" },
  ],
  scoring: null,
  subscales: [
    { id: 'self-distraction', label: 'Self-distraction', items: [1, 19] },
    { id: 'active-coping', label: 'Active coping', items: [2, 7] },
    { id: 'denial', label: 'Denial', items: [3, 8] },
    { id: 'substance-use', label: 'Substance use', items: [4, 11] },
    { id: 'emotional-support', label: 'Use of emotional support', items: [5, 15] },
    { id: 'instrumental-support', label: 'Use of instrumental support', items: [10, 23] },
    { id: 'behavioural-disengagement', label: 'Behavioural disengagement', items: [6, 16] },
    { id: 'venting', label: 'Venting', items: [9, 21] },
    { id: 'positive-reframing', label: 'Positive reframing', items: [12, 17] },
    { id: 'planning', label: 'Planning', items: [14, 25] },
    { id: 'humour', label: 'Humour', items: [18, 28] },
    { id: 'acceptance', label: 'Acceptance', items: [20, 24] },
    { id: 'religion', label: 'Religion', items: [22, 27] },
    { id: 'self-blame', label: 'Self-blame', items: [13, 26] },
  ],
  subscalesSource: {
    citation: 'Carver 1997 item-to-scale map, checked against CamCOPS cope.py and arc.psych.wisc.edu; MEASURES.md §2.6',
    evidence: 'V',
  },
  // Two published groupings; they disagree on venting, self-blame and positive reframing, so they
  // are not interchangeable, and neither is a total.
  groupings: [
    {
      id: 'adaptive-maladaptive',
      label: 'Adaptive (emotion- or problem-focused) and maladaptive / avoidant coping',
      groups: [
        {
          id: 'adaptive-emotion',
          label: 'Adaptive, emotion-focused',
          subscales: ['acceptance', 'emotional-support', 'positive-reframing', 'humour', 'religion'],
        },
        { id: 'adaptive-problem', label: 'Adaptive, problem-focused', subscales: ['active-coping', 'planning', 'instrumental-support'] },
        {
          id: 'maladaptive-avoidant',
          label: 'Maladaptive / avoidant',
          subscales: ['denial', 'self-distraction', 'substance-use', 'behavioural-disengagement', 'venting', 'self-blame'],
        },
      ],
      source: {
        citation:
          'BMC Med Educ 2021, table 1 (doi 10.1186/s12909-021-02734-4), "adapted from Carver and Rice et al."; in the spirit of ' +
          'Meyer 2001 (whose exact lists were not checked); MEASURES.md §2.6',
        evidence: 'S',
      },
    },
    {
      id: 'problem-emotion-avoidant',
      label: 'Problem-focused, emotion-focused and avoidant coping',
      groups: [
        {
          id: 'problem-focused',
          label: 'Problem-focused',
          subscales: ['active-coping', 'instrumental-support', 'positive-reframing', 'planning'],
        },
        {
          id: 'emotion-focused',
          label: 'Emotion-focused',
          subscales: ['emotional-support', 'venting', 'humour', 'acceptance', 'self-blame', 'religion'],
        },
        { id: 'avoidant', label: 'Avoidant', subscales: ['self-distraction', 'substance-use', 'denial', 'behavioural-disengagement'] },
      ],
      source: {
        citation: 'Poulus et al. 2020, as scored by NovoPsych (sample report); MEASURES.md §2.6',
        evidence: 'S',
      },
    },
  ],
  bands: [],
  bandsKind: null,
  bandsSource: null,
  caseness: null,
  reliableChange: null,
  criticalItems: [],
  loinc: null,
  attribution:
    'Brief COPE: Carver, C. S. (1997), Int J Behav Med 4:92–100. The items here are adapted wording, written by Headway in ' +
    'the time-limited format ("I\'ve been …") as the author allows; they are not Carver\'s published wording.',
  licence: {
    summary:
      'Carver: "You are welcome to use all scales of the Brief COPE … Feel free as well to adapt the language." Permissive but ' +
      'informal; keep the Carver 1997 citation.',
    source: { citation: 'Carver, quoted in CamCOPS docs/source/tasks/cope.rst (from psy.miami.edu, 2015); MEASURES.md §2.6, §9', evidence: 'S' },
  },
};
