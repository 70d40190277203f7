/**
 * The session summary: the report since therapy began (or the last few weeks, or
 * everything) on a few pages, made to be printed or saved as a PDF and brought to a
 * therapist. Nothing is sent anywhere: the browser's own print dialog does the saving.
 */
import { useState } from 'react';
import type { CalendarDay } from '../../../../src/core/time.js';
import { href } from '../../lib/route.js';
import { useSession } from '../../lib/session.js';
import { useLoad } from '../../lib/useLoad.js';
import { today } from '../../lib/when.js';
import { dayWords } from '../../../../src/core/words/dates.js';
import { dayRange, spanWords } from '../progress/days.js';
import { countsWords } from '../progress/reportWords.js';
import type { InsightReport } from '../../../../src/core/insight/report.js';
import { api } from '../../lib/api.js';
import { isEmpty, reportProblem } from '../progress/loadReport.js';
import { ReportControls } from '../progress/ReportControls.js';
import { CopingLoadSection } from '../progress/sections/CopingLoadSection.js';
import { Evidence, InvisibleProgress, ModeSummary, NotEnoughYet } from '../progress/sections/Headline.js';
import { HealingSection } from '../progress/sections/HealingSection.js';
import { SafetyNote } from '../progress/sections/SafetyNote.js';
import { SleepMoodSection } from '../progress/sections/SleepMoodSection.js';
import { RepertoireSection } from '../progress/sections/RepertoireSection.js';
import { TriggersSection } from '../progress/sections/TriggersSection.js';
import { WindowSection } from '../progress/sections/WindowSection.js';
import { CriticalAnswers } from './CriticalAnswers.js';
import { PrintMargins } from './PrintMargins.js';
import { SummaryMeasures } from './SummaryMeasures.js';
import { defaultSpan, spanLead, spanOptions, spanTitle, summaryPath, type SummarySpan } from './summarySpan.js';
import { TriggerTable } from './TriggerTable.js';
import '../progress/charts/charts.css';
import '../progress/progress.css';
import './summary.css';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';

export function SummaryPage() {
  const { person, loadError } = useSession();
  const [asOf, setAsOf] = useState<CalendarDay>(today);
  const startedOn = person?.therapyStartedOn ?? null;
  const [chosen, setChosen] = useState<SummarySpan | null>(null);
  // "Since therapy began" is the default once the day is known; wait for the session to know.
  const span = chosen ?? defaultSpan(startedOn);
  const ready = person !== null || loadError !== null;
  const path = summaryPath(asOf, span, startedOn);
  const report = useLoad(() => (ready ? api.get<InsightReport>(path) : new Promise<InsightReport>(() => undefined)), ready ? path : 'session');
  const r = report.data;
  const name = person?.displayName.trim() ?? '';
  const title = spanTitle(span, startedOn);

  return (
    <div className="report summary-page">
      <div className="no-print">
        <p className="small">
          <a href={href({ page: 'progress' })}>← Back to Progress</a>
        </p>
        <h1 tabIndex={-1}>Session summary</h1>
        <p className="lead">
          A short version of your progress to bring to a session. It stays on this computer: “Print or save as PDF” opens your browser’s own
          print window, where you can choose “Save as PDF”.
        </p>
        <ReportControls asOf={asOf} onAsOf={setAsOf} weeks={span} onWeeks={setChosen} options={spanOptions(startedOn)} busy={report.loading && r !== undefined} />
        {startedOn === null && person !== null && (
          <p className="small">
            To see change since therapy began, add the day it began in <a href={href({ page: 'settings' })}>Settings</a>.
          </p>
        )}
        <p className="actions">
          <button type="button" className="primary" onClick={() => window.print()} disabled={r === undefined}>
            Print or save as PDF
          </button>
        </p>
      </div>
      {report.error !== null && <LoadProblem error={report.error} onRetry={report.reload} describe={reportProblem} />}
      {report.loading && r === undefined && <p className="muted">Putting your summary together…</p>}
      {r !== undefined && (
        <article className="sheet" aria-label="Summary to print">
          <PrintMargins name={name} period={`${title}: ${dayRange(r.period.from, r.period.to)}`} />
          <header className="sheet-head">
            <p className="sheet-title">Headway · session summary</p>
            <p className="sheet-period">
              {title}: {dayRange(r.period.from, r.period.to)} ({spanWords(r.period.from, r.period.to)})
            </p>
            <p className="sheet-counts">
              Logged in this period: {countsWords(r.counts)}.
            </p>
          </header>
          {isEmpty(r) ? (
            <>
              {/* Questionnaires and the safety note stand on their own, journal or not. */}
              <SafetyNote report={r} print />
              <p>Nothing was noted in the journal in these weeks. That is fine — there is no need to have logged anything to have a good session.</p>
              <SummaryMeasures report={r} periodLead={spanLead(span, startedOn)} />
              <CriticalAnswers report={r} />
            </>
          ) : (
            <>
              <ModeSummary report={r} />
              <SafetyNote report={r} print />
              <SummaryMeasures report={r} periodLead={spanLead(span, startedOn)} />
              <CriticalAnswers report={r} />
              <InvisibleProgress report={r} />
              <Evidence report={r} />
              <section className="report-section" aria-labelledby="table-heading">
                <h2 id="table-heading">Triggers at a glance</h2>
                <TriggerTable report={r} />
              </section>
              {/* Printed, the summary keeps to three pages: the table above carries each
                  trigger's numbers, and the evidence says what the coping, healing and toolkit
                  charts show; on screen they all stay. */}
              <div className="screen-only">
                <TriggersSection report={r} compact />
                <CopingLoadSection report={r} compact />
              </div>
              <WindowSection report={r} compact />
              <SleepMoodSection report={r} compact />
              <div className="screen-only">
                <HealingSection report={r} compact />
                <RepertoireSection report={r} limit={4} />
                <NotEnoughYet report={r} />
              </div>
            </>
          )}
          <p className="prepared">
            Prepared by {name !== '' ? name : 'me'} with Headway on {dayWords(today())}. It informs; it does not diagnose.
          </p>
        </article>
      )}
    </div>
  );
}
