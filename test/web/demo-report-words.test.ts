/**
 * The demo journal's report, read as a person reads it: every Progress section and the
 * session summary's table rendered to text (visible words and accessible names), and the
 * terminal's `headway report`, over several periods — the half-year, six weeks, everything,
 * and a two-day period — with a heavy PHQ-9 answer so the safety note shows. None of it may
 * carry the words issue 11 found: "1 check-ins", ISO dates, "About 0%", a bare p-value,
 * "entries" meaning weeks, two styles of duration, or jargon.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemo } from '../../src/app/demo/fillDemo.js';
import { buildReport } from '../../src/app/insight/buildReport.js';
import { takeMeasure } from '../../src/app/measures/takeMeasure.js';
import { reportLines } from '../../src/cli/report-text.js';
import type { InsightReport } from '../../src/core/insight/report.js';
import { addDays } from '../../src/core/time.js';
import { dayRange, spanWords } from '../../web/src/features/progress/days.js';
import { countsWords } from '../../web/src/features/progress/reportWords.js';
import { CopingLoadSection } from '../../web/src/features/progress/sections/CopingLoadSection.js';
import { Evidence, InvisibleProgress, ModeSummary, NotEnoughYet } from '../../web/src/features/progress/sections/Headline.js';
import { HealingSection } from '../../web/src/features/progress/sections/HealingSection.js';
import { MeasuresSection } from '../../web/src/features/progress/sections/MeasuresSection.js';
import { RepertoireSection } from '../../web/src/features/progress/sections/RepertoireSection.js';
import { SafetyNote } from '../../web/src/features/progress/sections/SafetyNote.js';
import { SleepMoodSection } from '../../web/src/features/progress/sections/SleepMoodSection.js';
import { TriggersSection } from '../../web/src/features/progress/sections/TriggersSection.js';
import { WindowSection } from '../../web/src/features/progress/sections/WindowSection.js';
import { TriggerTable } from '../../web/src/features/summary/TriggerTable.js';
import { journalFixture, type Fixture } from '../app-fixture.js';
import { bareP, wordProblems } from '../fixtures/report-word-checks.js';

const TODAY = '2026-12-08';

/** Visible text and accessible names (aria-label), entities decoded. */
function textOf(el: ReactElement): string {
  return renderToStaticMarkup(el)
    .replace(/aria-label="([^"]*)"/g, '> $1 <')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function webText(r: InsightReport): string {
  const sections = [
    createElement(ModeSummary, { report: r }),
    createElement(SafetyNote, { report: r }),
    createElement(SafetyNote, { report: r, print: true }),
    createElement(InvisibleProgress, { report: r }),
    createElement(Evidence, { report: r }),
    createElement(TriggersSection, { report: r }),
    createElement(TriggersSection, { report: r, compact: true }),
    createElement(TriggerTable, { report: r }),
    createElement(CopingLoadSection, { report: r }),
    createElement(WindowSection, { report: r }),
    createElement(SleepMoodSection, { report: r }),
    createElement(RepertoireSection, { report: r }),
    createElement(HealingSection, { report: r }),
    createElement(MeasuresSection, { report: r }),
    createElement(NotEnoughYet, { report: r }),
  ];
  const header = `${dayRange(r.period.from, r.period.to)} (${spanWords(r.period.from, r.period.to)}) · ${countsWords(r.counts)}`;
  return [header, ...sections.map(textOf)].join('\n');
}

let f: Fixture;
const reports: Array<{ name: string; report: InsightReport }> = [];
beforeAll(async () => {
  f = await journalFixture(`${TODAY}T09:00:00+00:00`);
  await fillDemo(f.deps, f.person);
  // A heavy answer on the last PHQ-9 question two days ago, so the safety note shows its reasons.
  await takeMeasure(f.deps, f.person, { instrument: 'PHQ-9', answers: [1, 1, 1, 1, 0, 1, 0, 0, 1], takenAt: `${addDays(TODAY, -2)}T20:00:00+00:00` });
  const all = await buildReport(f.deps, f.person, { weeks: null });
  reports.push(
    { name: 'the half-year', report: await buildReport(f.deps, f.person, {}) },
    { name: 'six weeks', report: await buildReport(f.deps, f.person, { weeks: 6 }) },
    { name: 'everything', report: all },
    { name: 'the first two days', report: await buildReport(f.deps, f.person, { asOf: addDays(all.period.from, 1), weeks: null }) },
  );
}, 60_000);
afterAll(async () => f.close());

describe('the demo report in words', () => {
  it('shows the safety note with its day in words', () => {
    const r = reports[0]!.report;
    expect(r.safety.alert).toBe(true);
    expect(webText(r)).toMatch(/On \d{1,2} Dec 2026, PHQ-9 question 9/);
  });

  it('has none of the words issue 11 found, on Progress and the summary', () => {
    const found = reports.flatMap(({ name, report }) => {
      const text = webText(report);
      return [...wordProblems(text, `web, ${name}`), ...bareP(text, `web, ${name}`, null)];
    });
    expect(found).toEqual([]);
  });

  it('has none of them in the terminal either', () => {
    const found = reports.flatMap(({ name, report }) => {
      const text = reportLines(report).join('\n');
      return [...wordProblems(text, `terminal, ${name}`), ...bareP(text, `terminal, ${name}`, /^p: how easily ordinary ups and downs/m)];
    });
    expect(found).toEqual([]);
  });

  it('names a period by the days it really covers', () => {
    const short = reports[3]!.report;
    expect(reportLines(short)[0]).toMatch(/^Headway report, \d{1,2}–\d{1,2} [A-Z][a-z]{2} \d{4} \(2 days\)$/);
    expect(webText(short)).toMatch(/\(2 days\)/);
    expect(webText(short)).toMatch(/the first day/);
  });
});
