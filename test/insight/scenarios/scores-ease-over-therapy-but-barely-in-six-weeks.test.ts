/**
 * Sam's PHQ-9 went 15 → 8 since therapy began in March, a reliable recovery; in the last
 * six weeks it only went 9 → 8. A six-week summary must not lead with "9 → 8" alone: it
 * names the therapy's change first, with its dates, then the window's, with its own.
 */
import { describe, expect, it } from 'vitest';
import { buildInsightReport } from '../../../src/core/insight/engine.js';
import { measureCourse, type MeasureForm } from '../../../src/core/insight/measure-course.js';
import type { InstrumentId } from '../../../src/core/measures/instrument.js';
import { input, journey } from '../journey.js';

const answers = (total: number, items: number) => Array.from({ length: items }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));
const form = (instrument: InstrumentId, day: string, total: number): MeasureForm => ({
  instrument,
  takenAt: `${day}T19:30:00+00:00`,
  answers: answers(total, instrument === 'PHQ-9' ? 9 : 7),
});
const FORMS = [
  ['2026-03-03', 15, 12],
  ['2026-07-01', 12, 10],
  ['2026-10-22', 9, 8],
  ['2026-12-01', 8, 7],
] as const;
const forms = FORMS.flatMap(([day, phq, gad]) => [form('PHQ-9', day, phq), form('GAD-7', day, gad)]);
const AS_OF = '2026-12-01';
const j = journey(AS_OF, 6);

describe('scores ease over the therapy but barely in the last six weeks', () => {
  const report = buildInsightReport({
    ...input(j, 6),
    measures: measureCourse(forms, '2026-10-21', AS_OF),
    therapy: { startedOn: '2026-03-03', measures: measureCourse(forms, '2026-03-03', AS_OF) },
  });
  const lines = report.evidence.filter((e) => e.source === 'measures').map((e) => e.text);

  it('leads with the change since therapy began, from its first result, with the days', () => {
    expect(lines[0]).toBe('Since therapy began (3 Mar 2026 → 1 Dec 2026), PHQ-9 went from 15 to 8: a reliable improvement of 7 points.');
    expect(report.evidence.findIndex((e) => e.text.includes('15 to 8'))).toBeLessThan(report.evidence.findIndex((e) => e.text.includes('9 to 8')));
  });

  it('also says what the six weeks alone show, labelled with their own days', () => {
    expect(lines).toContain('In these 6 weeks (22 Oct 2026 → 1 Dec 2026), PHQ-9 went from 9 to 8: within the questionnaire’s usual ups and downs.');
  });

  it('carries both courses in the report, each from its own first result', () => {
    expect(report.measures.find((m) => m.instrument === 'PHQ-9')).toMatchObject({ first: 9, firstOn: '2026-10-22', change: -1 });
    expect(report.therapy.startedOn).toBe('2026-03-03');
    expect(report.therapy.measures.find((m) => m.instrument === 'PHQ-9')).toMatchObject({ first: 15, firstOn: '2026-03-03', change: -7, outcome: 'reliable-recovery' });
  });

  it('says each change once when the period is the therapy itself', () => {
    const since = buildInsightReport({
      ...input(j),
      from: '2026-03-03',
      measures: measureCourse(forms, '2026-03-03', AS_OF),
      therapy: { startedOn: '2026-03-03', measures: measureCourse(forms, '2026-03-03', AS_OF) },
    });
    const texts = since.evidence.filter((e) => e.source === 'measures').map((e) => e.text);
    expect(texts.filter((t) => t.includes('PHQ-9'))).toEqual(['Since therapy began (3 Mar 2026 → 1 Dec 2026), PHQ-9 went from 15 to 8: a reliable improvement of 7 points.']);
  });

  it('names the first results instead when no start day is given', () => {
    const noDate = buildInsightReport({
      ...input(j, 6),
      measures: measureCourse(forms, '2026-10-21', AS_OF),
      therapy: { startedOn: null, measures: measureCourse(forms, null, AS_OF) },
    });
    expect(noDate.evidence[0]?.text).toMatch(/^Since the first results \(3 Mar 2026 → 1 Dec 2026\), PHQ-9 went from 15 to 8/);
  });
});
