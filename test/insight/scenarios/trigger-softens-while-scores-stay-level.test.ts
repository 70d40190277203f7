/**
 * Robin's PHQ-9 and GAD-7 barely move over half a year (13 → 12, 11 → 10), but the
 * moments set off by a partner's silence go from about 7/10 to about 4/10. Scores that
 * hold still must not hide that: invisible progress names both, side by side.
 */
import { describe, expect, it } from 'vitest';
import { buildInsightReport } from '../../../src/core/insight/engine.js';
import { addMoments, input, journey, rng } from '../journey.js';

const DAYS = 26 * 7;
const j = journey('2026-06-30', 26);
const r = rng(3);
addMoments(j, r, {
  trigger: 'Partner goes quiet',
  intensity: (d) => 7 - (3 * d) / DAYS,
  noiseSd: 0.6,
  settled: () => 60,
  bodyState: () => 'within',
  strategies: () => [{ name: 'Slow breathing', role: 'coping' }],
}, 40);
const flat = [
  { instrument: 'PHQ-9', first: 13, latest: 12, firstOn: '2026-06-01', latestOn: '2026-11-20', count: 6, change: -1, reliableChange: 'no-reliable-change' as const, outcome: 'no-reliable-change' },
  { instrument: 'GAD-7', first: 11, latest: 10, firstOn: '2026-06-01', latestOn: '2026-11-20', count: 6, change: -1, reliableChange: 'no-reliable-change' as const, outcome: 'no-reliable-change' },
];

describe('a trigger softens while questionnaire scores stay level', () => {
  const report = buildInsightReport({ ...input(j, 26), measures: flat });

  it('says so first among the invisible progress, with the scores and the trigger', () => {
    expect(report.triggers[0]?.status).toBe('improving');
    const first = report.invisibleProgress[0];
    expect(first?.trigger).toBe('Partner goes quiet');
    expect(first?.text).toContain('PHQ-9 13 → 12');
    expect(first?.text).toContain('GAD-7 11 → 10');
  });

  it('keeps the level scores as steady evidence, not strain', () => {
    const lines = report.evidence.filter((e) => e.source === 'measures');
    expect(lines.map((e) => e.points)).toEqual(['steady', 'steady']);
  });

  it('does not claim it when a score has reliably moved', () => {
    const moved = buildInsightReport({ ...input(j, 26), measures: [{ ...flat[0]!, latest: 6, change: -7, reliableChange: 'improved' }] });
    expect(moved.invisibleProgress.some((p) => p.text.includes('questionnaire scores'))).toBe(false);
    expect(moved.evidence.find((e) => e.source === 'measures')?.points).toBe('progress');
  });
});
