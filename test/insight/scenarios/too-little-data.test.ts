/**
 * Two weeks in, four moments with one trigger and two with another, and no check-ins.
 * Nothing can be claimed yet, and the report says exactly what would help.
 */
import { describe, expect, it } from 'vitest';
import { buildInsightReport } from '../../../src/core/insight/engine.js';
import { addMoments, input, journey, rng } from '../journey.js';

const j = journey('2026-06-30', 2);
const r = rng(1);
addMoments(j, r, { trigger: 'Exams', intensity: (d) => 9 - d / 2 }, 4);
addMoments(j, r, { trigger: 'Dentist', intensity: () => 5 }, 2);
const report = buildInsightReport(input(j, 26));

describe('too little data', () => {
  it('marks every trigger not-enough-data and claims no progress', () => {
    expect(report.triggers.map((t) => t.status)).toEqual(['not-enough-data', 'not-enough-data']);
    expect(report.invisibleProgress).toEqual([]);
    expect(report.mode).toBe('coping');
  });

  it('makes no claim about the phase: no body states noted, so neither "stabilise" nor "ready"', () => {
    expect(report.phase).toBe('not-enough-data');
    expect(report.window.recentWithinShare).toBeNull();
  });

  it('puts steadying first while a safety alert is raised, whatever else the journal shows', () => {
    const alerted = buildInsightReport({ ...input(j, 26), safety: { alert: true, reasons: ['PHQ-9 question 9 answered 1 on 2026-06-29'] } });
    expect(alerted.phase).toBe('stabilise');
    expect(alerted.mode).toBe('stabilising');
    expect(alerted.safety.alert).toBe(true);
  });

  it('says what is missing, per trigger and overall', () => {
    expect(report.triggers.find((t) => t.trigger === 'Exams')?.missing).toBe('2 more moments with this trigger');
    expect(report.notEnoughData).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/trends need about three weeks/),
        'Exams: not enough yet to see a trend — it needs 2 more moments with this trigger.',
        'Dentist: not enough yet to see a trend — it needs 4 more moments with this trigger.',
        expect.stringMatching(/No check-ins in this period/),
      ]),
    );
  });

  it('starts the period at the first entry, not 26 weeks back', () => {
    expect(report.period.from).toBe(j.moments.map((m) => m.day).sort()[0]);
  });
});
