/**
 * Jo reaches for scrolling in almost every moment, and it rarely helps. The report
 * should say so plainly and gently: one strategy carries most of the coping, and most of
 * the coping is avoidant — as information, not as a judgement.
 */
import { describe, expect, it } from 'vitest';
import { buildInsightReport } from '../../../src/core/insight/engine.js';
import { addMoments, input, journey, rng } from '../journey.js';

const j = journey('2026-06-30', 12);
const r = rng(3);
addMoments(j, r, {
  trigger: 'Evenings alone',
  intensity: () => 6,
  strategies: (d) => (d % 5 === 0 ? [{ name: 'Scrolling', role: 'avoidant', helped: false }, { name: 'A walk', role: 'coping', helped: true }] : [{ name: 'Scrolling', role: 'avoidant', helped: false }]),
}, 40);
const report = buildInsightReport(input(j, 12));

describe('one avoidant strategy carries everything', () => {
  it('names the strategy that carries the repertoire and its share', () => {
    expect(report.repertoire.overReliance?.strategy).toBe('Scrolling');
    expect(report.repertoire.overReliance?.share).toBeGreaterThan(0.8);
  });

  it('measures the avoidant share and a low diversity', () => {
    expect(report.repertoire.avoidantShare).toBeGreaterThan(0.8);
    expect(report.repertoire.diversity).toBeLessThan(0.7);
    const scrolling = report.repertoire.strategies.find((s) => s.strategy === 'Scrolling');
    expect(scrolling?.notHelped).toBe(scrolling?.uses);
  });

  it('says it gently, without blame', () => {
    const line = report.evidence.find((e) => e.source === 'repertoire');
    expect(line?.text).toMatch(/Scrolling carries \d+% of your coping — good to know/);
    for (const e of report.evidence) expect(e.text).not.toMatch(/\b(bad|wrong|fail|should)\b/i);
  });
});
