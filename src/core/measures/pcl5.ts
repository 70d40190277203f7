/**
 * PCL-5 (PTSD Checklist for DSM-5), as specified in MEASURES.md §2.4 and §4.
 * A work of the US Government (National Center for PTSD), public domain, so the published wording
 * is kept in `text` (as CamCOPS' pcl5.xml gives the VA form), with Headway's short labels in `label`.
 *
 * Choices, each documented where it is made:
 * - No severity bands: "there are currently no empirically derived severity ranges". The two
 *   bands are either side of the preliminary cut-off of 33, `bandsKind: 'cut-off'`.
 * - Caseness ≥ 33, CamCOPS' preliminary cut-off, from the published 31–33 range.
 * - Reliable change 10 points: MEASURES.md §2.4's recommended default among conflicting values.
 * - Item 16 ≥ 2 is a lower-tier ('notice') flag, not a crisis trigger (MEASURES.md §4).
 * - The provisional DSM-5 diagnosis rule is not computed: Headway informs, it does not diagnose.
 * - The Criterion A / LEC-5 variants are not modelled; this is the 20 items alone.
 */
import type { Source, TotalScoredInstrument } from './instrument.js';

const CUT_OFF: Source = {
  citation:
    'Preliminary cut-off 33, as drawn by CamCOPS (pcl5.py); published cut-points for probable PTSD range 31–33; MEASURES.md §2.4',
  evidence: 'V',
};

/** Builds an item; PCL-5 items have no verified LOINC code (MEASURES.md §8). */
function item(number: number, id: string, label: string, text: string) {
  return { number, id, label, text, loinc: null };
}

export const PCL5: TotalScoredInstrument = {
  id: 'PCL-5',
  name: 'PTSD Checklist for DSM-5',
  stem: 'In the past month, how much were you bothered by:',
  recallPeriod: { days: 30, label: 'the past month' },
  items: [
    item(1, 'memories', 'Unwanted memories', 'Repeated, disturbing, and unwanted memories of the stressful experience?'),
    item(2, 'dreams', 'Disturbing dreams', 'Repeated, disturbing dreams of the stressful experience?'),
    item(
      3,
      'reliving',
      'Feeling it is happening again',
      'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
    ),
    item(4, 'upset-by-reminders', 'Upset by reminders', 'Feeling very upset when something reminded you of the stressful experience?'),
    item(
      5,
      'body-reactions',
      'Body reacting to reminders',
      'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
    ),
    item(6, 'avoid-inner', 'Avoiding memories and feelings', 'Avoiding memories, thoughts, or feelings related to the stressful experience?'),
    item(
      7,
      'avoid-outer',
      'Avoiding reminders',
      'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
    ),
    item(8, 'gaps', 'Gaps in memory of it', 'Trouble remembering important parts of the stressful experience?'),
    item(
      9,
      'negative-beliefs',
      'Harsh beliefs about self, others, world',
      'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
    ),
    item(10, 'blame', 'Blame for what happened', 'Blaming yourself or someone else for the stressful experience or what happened after it?'),
    item(11, 'strong-feelings', 'Fear, anger, guilt or shame', 'Having strong negative feelings such as fear, horror, anger, guilt, or shame?'),
    item(12, 'interest', 'Loss of interest', 'Loss of interest in activities that you used to enjoy?'),
    item(13, 'distant', 'Feeling cut off from people', 'Feeling distant or cut off from other people?'),
    item(
      14,
      'positive-feelings',
      'Hard to feel good things',
      'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
    ),
    item(15, 'irritable', 'Irritability or outbursts', 'Irritable behavior, angry outbursts, or acting aggressively?'),
    item(16, 'risks', 'Risky or harmful actions', 'Taking too many risks or doing things that could cause you harm?'),
    item(17, 'on-guard', 'On guard', 'Being "superalert" or watchful or on guard?'),
    item(18, 'jumpy', 'Jumpy or startled', 'Feeling jumpy or easily startled?'),
    item(19, 'concentration', 'Concentration', 'Having difficulty concentrating?'),
    item(20, 'sleep', 'Sleep', 'Trouble falling or staying asleep?'),
  ],
  responses: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'A little bit' },
    { value: 2, label: 'Moderately' },
    { value: 3, label: 'Quite a bit' },
    { value: 4, label: 'Extremely' },
  ],
  scoring: {
    multiplier: 1,
    min: 0,
    max: 80,
    better: 'lower',
    source: { citation: 'Sum of items 1–20 (CamCOPS pcl5.py); MEASURES.md §2.4', evidence: 'V' },
  },
  subscales: [
    { id: 'B', label: 'Intrusion (cluster B)', items: [1, 2, 3, 4, 5] },
    { id: 'C', label: 'Avoidance (cluster C)', items: [6, 7] },
    { id: 'D', label: 'Negative thoughts and mood (cluster D)', items: [8, 9, 10, 11, 12, 13, 14] },
    { id: 'E', label: 'Arousal and reactivity (cluster E)', items: [15, 16, 17, 18, 19, 20] },
  ],
  subscalesSource: { citation: 'DSM-5 symptom clusters B–E (comorbidityguidelines.org.au); MEASURES.md §2.4', evidence: 'S' },
  groupings: [],
  bands: [
    { id: 'below-cut-off', label: 'Below the level for a closer look', min: 0, max: 32 },
    { id: 'at-or-above-cut-off', label: 'At or above the level where a closer look is usually suggested', min: 33, max: 80 },
  ],
  bandsKind: 'cut-off',
  bandsSource: {
    citation:
      'Two ranges either side of the preliminary cut-off 33 (CamCOPS pcl5.py [V]), not severity: "there are currently no empirically ' +
      'derived severity ranges for the PCL-5" (comorbidityguidelines.org.au); MEASURES.md §2.4',
    evidence: 'S',
  },
  caseness: {
    direction: 'at-or-above',
    cutOff: 33,
    label: 'At or above the preliminary probable-PTSD cut-off (a screen, not a diagnosis)',
    source: CUT_OFF,
  },
  // Published values disagree: 5–10 reliable and 10–20 clinically meaningful (NC-PTSD guidance as
  // reproduced by qxmd and onlinemedicaltools), an RCI of 15 and 18 in two veteran samples (Marx et
  // al. 2022), a primary-care MID of 9–12 with ≤5 likely not reliable (Blanchard et al. 2023).
  // 10 is MEASURES.md's recommended default: at the top of the guidance range, inside the MID range.
  reliableChange: {
    kind: 'points',
    points: 10,
    source: {
      citation:
        'MEASURES.md §2.4 recommended default, chosen from NC-PTSD guidance as reproduced (5–10 reliable), Blanchard et al. 2023 ' +
        'J Trauma Stress (MID 9–12) and Marx et al. 2022 Psychol Assess 34:197–203 (RCI 15–18, veterans)',
      evidence: 'S',
    },
  },
  criticalItems: [
    {
      item: 16,
      minValue: 2,
      tier: 'notice',
      reason:
        'Taking risks or doing things that could cause harm, at least "moderately": worth raising with the clinician. ' +
        'A lower-tier flag, not a crisis trigger.',
      source: { citation: 'MEASURES.md §2.4, §4 (design recommendation, not a published standard)', evidence: 'U' },
    },
  ],
  loinc: null,
  attribution:
    'PCL-5 (PTSD Checklist for DSM-5): Weathers et al. 2013, National Center for PTSD; psychometrics: Blevins et al. 2015, ' +
    'J Trauma Stress 28:489–498. A work of the US Government, in the public domain.',
  licence: {
    summary: 'US-government work, public domain and not copyrighted: free to include; cite Weathers et al. 2013 and Blevins et al. 2015.',
    source: {
      citation: 'CamCOPS docs/source/tasks/pcl5.rst (quoting Weathers et al. 2013); qxmd and mhscales.com PCL-5 pages; MEASURES.md §2.4, §9',
      evidence: 'S',
    },
  },
};
