/**
 * Sky's "Deadlines" moments creep up from about 6/10 to about 7/10 over eight weeks, twelve
 * moments in all. The trend test cannot tell that from ordinary ups and downs (p ≈ 0.4),
 * but the line on the chart rises: the words say "a little heavier, not yet clearly",
 * not "holding steady", and raise no alarm ("harder lately" needs a clear change).
 */
import { describe, expect, it } from 'vitest';
import { reportLines } from '../../../src/cli/report-text.js';
import { buildInsightReport } from '../../../src/core/insight/engine.js';
import { triggerLeaning } from '../../../src/core/insight/leaning.js';
import { TRIGGER_STATUS } from '../../../web/src/features/progress/reportWords.js';
import { addMoments, input, journey, rng } from '../journey.js';

const j = journey('2026-06-30', 8);
addMoments(j, rng(9), { trigger: 'Deadlines', intensity: (d) => 5 + d / 56, noiseSd: 1.2, settled: () => 30 }, 12);
const report = buildInsightReport(input(j, 8));
const t = report.triggers[0]!;

describe('a trigger gets a little heavier, but not yet clearly', () => {
  it('calls no clear change and no strain', () => {
    expect(t.status).toBe('steady');
    expect(report.evidence.some((e) => e.points === 'strain' && e.source === 'triggers')).toBe(false);
  });

  it('names the rising line for what it is', () => {
    expect(t.intensity.recent! - t.intensity.early!).toBeGreaterThanOrEqual(1);
    expect(t.intensity.slopePer30Days).toBeGreaterThan(0);
    expect(triggerLeaning(t)).toBe('heavier-not-clear');
    expect(report.evidence.find((e) => e.source === 'triggers')?.text).toMatch(/^Deadlines: a little heavier lately, not yet clearly \(intensity 6\/10 → 7\/10;/);
    expect(TRIGGER_STATUS[triggerLeaning(t)].label).toBe('A little heavier, not yet clearly');
    expect(reportLines(report).find((l) => l.startsWith('Deadlines'))).toMatch(/heavier, not clearly/);
  });
});
