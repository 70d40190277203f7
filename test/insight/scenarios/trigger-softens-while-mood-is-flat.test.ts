/**
 * Sam's criticism-at-work moments go from about 8/10 and three hours to settle, to about
 * 5/10 and forty minutes, over half a year. Day-to-day mood stays flat around 3/5.
 * The report must find the change anyway — this is the progress Sam cannot feel yet.
 */
import { describe, expect, it } from 'vitest';
import { buildInsightReport } from '../../../src/core/insight/engine.js';
import { addDailyCheckins, addMoments, input, journey, rng } from '../journey.js';

const DAYS = 26 * 7;
const j = journey('2026-06-30', 26);
const r = rng(11);
const lerp = (a: number, b: number) => (d: number) => a + ((b - a) * d) / DAYS;
addMoments(j, r, {
  trigger: 'Criticism at work',
  intensity: lerp(8, 5),
  noiseSd: 0.8,
  settled: (d) => Math.round(Math.exp(lerp(Math.log(180), Math.log(40))(d) + (r() - 0.5) * 0.4)),
  bodyState: () => 'within',
  strategies: () => [{ name: 'A walk', role: 'coping' }],
}, 52);
addDailyCheckins(j, r, { distress: () => 5, mood: () => 3, window: () => 'within' });
const report = buildInsightReport(input(j, 26));
const trigger = report.triggers.find((t) => t.trigger === 'Criticism at work');

describe('a trigger softens while mood stays flat', () => {
  it('calls the trigger improving, on intensity and on settling time', () => {
    expect(trigger?.status).toBe('improving');
    expect(trigger?.intensity.status).toBe('improving');
    expect(trigger?.settling.status).toBe('improving');
    expect(trigger?.intensity.slopeCi?.[1]).toBeLessThanOrEqual(0);
    expect(trigger?.intensity.early).toBeGreaterThan(trigger?.intensity.recent ?? 10);
  });

  it('puts the change into words with its numbers: then and now', () => {
    const line = report.invisibleProgress.find((p) => p.trigger === 'Criticism at work');
    expect(line?.text).toMatch(/^Criticism at work used to hit [78](\.5)?\/10 and take about [2-4]½? hours to settle; in the last six weeks it's [45](\.5)?\/10 and about \d+ minutes\.$/);
  });

  it('says that mood has not moved, so the change may not be felt yet', () => {
    expect(report.evidence.some((e) => /mood has stayed about the same/.test(e.text))).toBe(true);
  });

  it('calls the mode shifting', () => {
    expect(report.mode).toBe('shifting');
    expect(report.phase).toBe('ready');
  });
});
