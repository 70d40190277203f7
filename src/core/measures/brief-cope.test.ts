import { describe, expect, it } from 'vitest';
import { BRIEF_COPE } from './brief-cope.js';
import { reliableChange } from './change.js';
import { isCase } from './instrument.js';
import { scoreAdministration } from './score.js';

/** MEASURES.md §2.6 item → scale map, restated independently of brief-cope.ts. */
const MAP: Record<string, [number, number]> = {
  'self-distraction': [1, 19],
  'active-coping': [2, 7],
  denial: [3, 8],
  'substance-use': [4, 11],
  'emotional-support': [5, 15],
  'instrumental-support': [10, 23],
  'behavioural-disengagement': [6, 16],
  venting: [9, 21],
  'positive-reframing': [12, 17],
  planning: [14, 25],
  humour: [18, 28],
  acceptance: [20, 24],
  religion: [22, 27],
  'self-blame': [13, 26],
};

describe('Brief COPE structure (MEASURES.md §2.6)', () => {
  it('has 28 items in 14 two-item scales, exactly as the published map', () => {
    expect(BRIEF_COPE.items).toHaveLength(28);
    expect(Object.fromEntries(BRIEF_COPE.subscales.map((s) => [s.id, [...s.items]]))).toEqual(MAP);
  });

  it('puts each of the 28 items in exactly one scale', () => {
    const counts = new Map<number, number>();
    for (const s of BRIEF_COPE.subscales) for (const n of s.items) counts.set(n, (counts.get(n) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
  });

  it.each(Object.entries(MAP))('scores %s from items %j and no others', (id, items) => {
    // Answer 4 on this scale's two items and 1 everywhere else: only this scale reaches 8.
    const answers = Array.from({ length: 28 }, (_, i) => (items.includes(i + 1) ? 4 : 1));
    const result = scoreAdministration(BRIEF_COPE, answers);
    if (!result.ok) throw new Error(result.reason);
    for (const s of result.subscales) expect(s.score, s.id).toBe(s.id === id ? 8 : 2);
  });

  it('uses Headway\'s own time-limited wording for every item ("I\'ve been …")', () => {
    for (const item of BRIEF_COPE.items) expect(item.text, `item ${item.number}`).toMatch(/^I've been /);
    expect(new Set(BRIEF_COPE.items.map((i) => i.text)).size).toBe(28);
  });

  it('codes answers 1–4, from "not at all" to "a lot", over the last 2 weeks', () => {
    expect(BRIEF_COPE.responses.map((r) => r.value)).toEqual([1, 2, 3, 4]);
    expect(BRIEF_COPE.responses[0]?.label).toBe("I haven't been doing this at all");
    expect(BRIEF_COPE.responses[3]?.label).toBe("I've been doing this a lot");
    expect(BRIEF_COPE.recallPeriod.days).toBe(14);
  });

  it('has no total, bands, caseness, reliable-change rule or critical items', () => {
    expect(BRIEF_COPE).toMatchObject({
      scoring: null, bands: [], bandsKind: null, bandsSource: null, caseness: null, reliableChange: null, criticalItems: [],
    });
  });
});

describe('Brief COPE scoring', () => {
  it('reports 14 scale sums and no total (worked example)', () => {
    const answers = [2, 3, 1, 1, 4, 1, 3, 1, 2, 3, 1, 2, 3, 4, 4, 1, 2, 1, 3, 3, 2, 1, 2, 4, 3, 3, 1, 1];
    const result = scoreAdministration(BRIEF_COPE, answers);
    expect(result).toMatchObject({ ok: true, total: null, rawTotal: null, band: null, caseness: null, criticalItems: [] });
    if (!result.ok) return;
    expect(Object.fromEntries(result.subscales.map((s) => [s.id, s.score]))).toEqual({
      'self-distraction': 5, 'active-coping': 6, denial: 2, 'substance-use': 2, 'emotional-support': 8, 'instrumental-support': 5,
      'behavioural-disengagement': 2, venting: 4, 'positive-reframing': 4, planning: 7, humour: 2, acceptance: 7, religion: 2,
      'self-blame': 6,
    });
    expect(result.subscales.every((s) => s.min === 2 && s.max === 8)).toBe(true);
  });

  it('refuses 0, which is not on the 1–4 coding', () => {
    expect(scoreAdministration(BRIEF_COPE, [0, ...Array(27).fill(1)])).toMatchObject({ ok: false, reason: 'out-of-range', items: [1] });
  });

  it('refuses a form with a missing item, with no partial scale sums', () => {
    const form: Array<number | null> = Array(28).fill(2);
    form[18] = null;
    expect(scoreAdministration(BRIEF_COPE, form)).toEqual({ ok: false, reason: 'missing-items', missing: [19], criticalItems: [] });
  });

  it('makes no reliable-change or caseness claim', () => {
    expect(reliableChange(BRIEF_COPE, 2, 8)).toBeNull();
    expect(isCase(BRIEF_COPE, 8)).toBeNull();
  });
});

describe('Brief COPE groupings: labelled views, never totals', () => {
  it('offers the BMC Med Educ 2021 and Poulus 2020 groupings, each sourced', () => {
    expect(BRIEF_COPE.groupings.map((g) => g.id)).toEqual(['adaptive-maladaptive', 'problem-emotion-avoidant']);
    expect(BRIEF_COPE.groupings[0]?.source.citation).toMatch(/BMC Med Educ 2021/);
    expect(BRIEF_COPE.groupings[1]?.source.citation).toMatch(/Poulus et al\. 2020/);
    for (const g of BRIEF_COPE.groupings) expect(g.source.evidence).toBe('S');
  });

  it.each(BRIEF_COPE.groupings.map((g) => [g.id, g] as const))('%s puts each of the 14 scales in exactly one group', (_, grouping) => {
    const used = grouping.groups.flatMap((g) => g.subscales).sort();
    expect(used).toEqual(Object.keys(MAP).sort());
  });

  it('follows the published compositions, which disagree on venting, self-blame and positive reframing', () => {
    const groupOf = (groupingId: string, scale: string) =>
      BRIEF_COPE.groupings.find((g) => g.id === groupingId)?.groups.find((g) => g.subscales.includes(scale))?.id;
    expect(groupOf('adaptive-maladaptive', 'venting')).toBe('maladaptive-avoidant');
    expect(groupOf('problem-emotion-avoidant', 'venting')).toBe('emotion-focused');
    expect(groupOf('adaptive-maladaptive', 'self-blame')).toBe('maladaptive-avoidant');
    expect(groupOf('problem-emotion-avoidant', 'self-blame')).toBe('emotion-focused');
    expect(groupOf('adaptive-maladaptive', 'positive-reframing')).toBe('adaptive-emotion');
    expect(groupOf('problem-emotion-avoidant', 'positive-reframing')).toBe('problem-focused');
    expect(groupOf('adaptive-maladaptive', 'instrumental-support')).toBe('adaptive-problem');
    expect(groupOf('problem-emotion-avoidant', 'self-distraction')).toBe('avoidant');
  });

  it('never sums a grouping into the score', () => {
    const result = scoreAdministration(BRIEF_COPE, Array(28).fill(3));
    if (!result.ok) throw new Error(result.reason);
    expect(result.total).toBeNull();
    expect(result.subscales.map((s) => s.id)).toEqual(BRIEF_COPE.subscales.map((s) => s.id));
    expect(Object.keys(result)).not.toContain('groupings');
  });
});
