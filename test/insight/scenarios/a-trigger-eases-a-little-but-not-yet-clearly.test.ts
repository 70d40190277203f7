/**
 * Robin notes twelve "Phone calls from family" moments over eight weeks. They drift from
 * about 7/10 to about 5/10, but twelve noisy moments are too few for the trend test to
 * vouch for it (p ≈ 0.15). The chart shows a falling line, so the words must not say
 * "holding steady" — and they must not claim progress either: "a little lighter lately,
 * not yet clearly".
 */
import { describe, expect, it } from 'vitest';
import { reportLines } from '../../../src/cli/report-text.js';
import { buildInsightReport } from '../../../src/core/insight/engine.js';
import { triggerLeaning } from '../../../src/core/insight/leaning.js';
import { TRIGGER_STATUS } from '../../../web/src/features/progress/reportWords.js';
import { addMoments, input, journey, rng } from '../journey.js';

const j = journey('2026-06-30', 8);
// Seed 8: the drift shows (7 → 5) while the test stays unsure; most seeds are like it or quieter.
addMoments(j, rng(8), { trigger: 'Phone calls from family', intensity: (d) => 6.5 - d / 56, noiseSd: 1.2, settled: () => 30 }, 12);
const report = buildInsightReport(input(j, 8));
const t = report.triggers[0]!;

describe('a trigger eases a little, but not yet clearly', () => {
  it('keeps the statistics honest: no clear change, no invisible progress claimed', () => {
    expect(t.status).toBe('steady');
    expect(t.intensity.p).toBeGreaterThan(0.05);
    expect(report.invisibleProgress).toEqual([]);
  });

  it('sees the line fall: the recent middle value is lower and so is the slope', () => {
    expect(t.intensity.early! - t.intensity.recent!).toBeGreaterThanOrEqual(1);
    expect(t.intensity.slopePer30Days).toBeLessThan(0);
    expect(triggerLeaning(t)).toBe('lighter-not-clear');
  });

  it('says so in the engine, on Progress and in the terminal, never "holding steady"', () => {
    const line = report.evidence.find((e) => e.source === 'triggers');
    expect(line?.points).toBe('steady');
    expect(line?.text).toBe('Phone calls from family: a little lighter lately, not yet clearly (intensity 7/10 → 5/10; settling about 30 minutes → about 30 minutes; 12 moments).');
    expect(TRIGGER_STATUS[triggerLeaning(t)].label).toBe('A little lighter, not yet clearly');
    const about = reportLines(report).filter((l) => l.includes('Phone calls from family'));
    expect(about.find((l) => l.startsWith('Phone calls from family'))).toMatch(/lighter, not clearly/);
    expect(about.join('\n')).not.toMatch(/holding steady/i);
  });
});
