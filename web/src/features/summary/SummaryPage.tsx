/**
 * The session summary: the last few weeks of the report on a page or two, made to be
 * printed or saved as a PDF and brought to a therapist. Nothing is sent anywhere: the
 * browser's own print dialog does the saving.
 */
import { useState } from 'react';
import type { CalendarDay } from '../../../../src/core/time.js';
import { href } from '../../lib/route.js';
import { useSession } from '../../lib/session.js';
import { useLoad } from '../../lib/useLoad.js';
import { plainDay, today } from '../../lib/when.js';
import { dayRange, spanWords } from '../progress/days.js';
import { countsWords } from '../progress/reportWords.js';
import { isEmpty, loadReport, reportPath, reportProblem } from '../progress/loadReport.js';
import { ReportControls } from '../progress/ReportControls.js';
import { CopingLoadSection } from '../progress/sections/CopingLoadSection.js';
import { Evidence, InvisibleProgress, ModeSummary, NotEnoughYet } from '../progress/sections/Headline.js';
import { HealingSection } from '../progress/sections/HealingSection.js';
import { MeasuresSection } from '../progress/sections/MeasuresSection.js';
import { SafetyNote } from '../progress/sections/SafetyNote.js';
import { SleepMoodSection } from '../progress/sections/SleepMoodSection.js';
import { RepertoireSection } from '../progress/sections/RepertoireSection.js';
import { TriggersSection } from '../progress/sections/TriggersSection.js';
import { WindowSection } from '../progress/sections/WindowSection.js';
import { TriggerTable } from './TriggerTable.js';
import '../progress/charts/charts.css';
import '../progress/progress.css';
import './summary.css';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';

type SummaryWeeks = 4 | 6 | 8 | 12;
const SPANS: ReadonlyArray<{ value: SummaryWeeks; label: string }> = [
  { value: 4, label: 'The last 4 weeks' },
  { value: 6, label: 'The last 6 weeks' },
  { value: 8, label: 'The last 8 weeks' },
  { value: 12, label: 'The last 12 weeks' },
];

export function SummaryPage() {
  const { person } = useSession();
  const [asOf, setAsOf] = useState<CalendarDay>(today);
  const [weeks, setWeeks] = useState<SummaryWeeks>(6);
  const report = useLoad(() => loadReport(asOf, weeks), reportPath(asOf, weeks));
  const r = report.data;
  const name = person?.displayName.trim() ?? '';

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
        <ReportControls asOf={asOf} onAsOf={setAsOf} weeks={weeks} onWeeks={setWeeks} options={SPANS} busy={report.loading && r !== undefined} />
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
          <header className="sheet-head">
            <p className="sheet-title">Headway · session summary</p>
            <p className="sheet-period">
              {dayRange(r.period.from, r.period.to)} ({spanWords(r.period.from, r.period.to)})
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
              <MeasuresSection report={r} />
            </>
          ) : (
            <>
              <ModeSummary report={r} />
              <SafetyNote report={r} print />
              <InvisibleProgress report={r} />
              <Evidence report={r} />
              <section className="report-section" aria-labelledby="table-heading">
                <h2 id="table-heading">Triggers at a glance</h2>
                <TriggerTable report={r} />
              </section>
              <TriggersSection report={r} compact />
              <CopingLoadSection report={r} compact />
              <WindowSection report={r} compact />
              <SleepMoodSection report={r} compact />
              <HealingSection report={r} compact />
              <RepertoireSection report={r} limit={4} />
              <MeasuresSection report={r} />
              <NotEnoughYet report={r} />
            </>
          )}
          <p className="prepared">
            Prepared by {name !== '' ? name : 'me'} with Headway on {plainDay(today())}. It informs; it does not diagnose.
          </p>
        </article>
      )}
    </div>
  );
}
