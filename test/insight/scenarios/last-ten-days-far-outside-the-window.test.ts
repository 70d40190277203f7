/**
 * Rae was mostly within the window for two months; the last ten days have been spent
 * on alert, with distress around 8/10 and no improving trend to frame it. Right now,
 * steadying comes first: the report says "stabilise", and the mode is stabilising.
 */
import { describe, expect, it } from 'vitest';
import { buildInsightReport } from '../../../src/core/insight/engine.js';
import { addDailyCheckins, addMoments, input, journey, rng } from '../journey.js';

const DAYS = 9 * 7 - 1;
const j = journey('2026-06-30', 9);
const r = rng(21);
const hard = (d: number) => d > DAYS - 10;
addMoments(j, r, { trigger: 'Noise at night', intensity: (d) => (hard(d) ? 8 : 6), bodyState: (d) => (hard(d) ? 'hyper' : 'within') }, 30);
addDailyCheckins(j, r, { distress: (d) => (hard(d) ? 8.5 : 4), mood: () => 3, window: (d) => (hard(d) ? 'hyper' : 'within') });
const report = buildInsightReport(input(j, 9));

describe('the last ten days far outside the window', () => {
  it('puts steadying first: phase stabilise, mode stabilising', () => {
    expect(report.phase).toBe('stabilise');
    expect(report.mode).toBe('stabilising');
  });

  it('shows how little of the last two weeks was inside the window, and the distress', () => {
    expect(report.window.recentWithinShare).toBeLessThan(0.5);
    expect(report.window.recentMeanDistress).toBeGreaterThanOrEqual(7);
    expect(report.evidence.some((e) => e.source === 'window' && e.points === 'strain' && /steadying comes first/.test(e.text))).toBe(true);
  });
});
