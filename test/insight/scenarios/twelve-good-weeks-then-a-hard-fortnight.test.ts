/**
 * Kim's trigger eased steadily for twelve weeks; then a hard fortnight: intensity back
 * up, more time on alert. The report must frame this as a setback inside an improving
 * path — part of a non-linear journey, not failure, and not a reset.
 */
import { describe, expect, it } from 'vitest';
import { buildInsightReport } from '../../../src/core/insight/engine.js';
import { addDailyCheckins, addMoments, input, journey, rng } from '../journey.js';

const j = journey('2026-06-30', 14);
const r = rng(8);
const GOOD = 12 * 7;
addMoments(j, r, { trigger: 'Calls with my father', intensity: (d) => 8 - (3.5 * d) / GOOD, noiseSd: 0.8, bodyState: () => 'within' }, 36, 0, GOOD - 1);
addMoments(j, r, { trigger: 'Calls with my father', intensity: () => 7.5, noiseSd: 0.8, bodyState: () => 'hyper' }, 6, GOOD, 14 * 7 - 1);
addDailyCheckins(j, r, { distress: (d) => (d >= GOOD ? 6 : 4), mood: () => 3, window: (d) => (d >= GOOD ? 'hyper' : 'within') });
const report = buildInsightReport(input(j, 14));

describe('twelve good weeks, then a hard fortnight', () => {
  it('calls it a setback, not a failure or a new baseline', () => {
    expect(report.mode).toBe('setback');
  });

  it('leads the evidence with the hard stretch, framed inside the longer path', () => {
    expect(report.evidence[0]?.points).toBe('strain');
    expect(report.evidence[0]?.text).toMatch(/harder .* Before that, things were easing — a hard stretch is part of a non-linear path, not a reset\./);
  });

  it('never uses words of blame', () => {
    for (const e of report.evidence) expect(e.text).not.toMatch(/\b(fail|failure|relapse|bad|should)\b/i);
  });
});
