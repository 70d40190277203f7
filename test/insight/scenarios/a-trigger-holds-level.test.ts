/**
 * Kai's "Crowded trains" moments sit around 6/10 for eight weeks: the middle value is the
 * same early and late and the robust trend line is flat. Here, and only here, the words
 * say "holding steady".
 */
import { describe, expect, it } from 'vitest';
import { reportLines } from '../../../src/cli/report-text.js';
import { buildInsightReport } from '../../../src/core/insight/engine.js';
import { triggerLeaning } from '../../../src/core/insight/leaning.js';
import { TRIGGER_STATUS } from '../../../web/src/features/progress/reportWords.js';
import { addMoments, input, journey, rng } from '../journey.js';

const j = journey('2026-06-30', 8);
addMoments(j, rng(6), { trigger: 'Crowded trains', intensity: () => 6, noiseSd: 1.2, settled: () => 30 }, 12);
const report = buildInsightReport(input(j, 8));
const t = report.triggers[0]!;

describe('a trigger holds level', () => {
  it('has a flat line: same middle value early and late, no slope', () => {
    expect(t.status).toBe('steady');
    expect(t.intensity.early).toBe(t.intensity.recent);
    expect(t.intensity.slopePer30Days).toBe(0);
  });

  it('is the one case called "holding steady", everywhere', () => {
    expect(triggerLeaning(t)).toBe('steady');
    expect(report.evidence.find((e) => e.source === 'triggers')?.text).toBe('Crowded trains: holding steady — no clear change yet (12 moments).');
    expect(TRIGGER_STATUS.steady.label).toBe('Holding steady');
    expect(reportLines(report).find((l) => l.startsWith('Crowded trains'))).toMatch(/holding steady/);
  });
});
