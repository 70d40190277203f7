/**
 * Progress: the "coping or healing?" report (PRODUCT.md, "The insight"). Where things
 * stand and the progress that is easy to miss come first, in words; the charts, each with
 * its numbers as a table, come after.
 */
import { useState } from 'react';
import type { CalendarDay } from '../../../../src/core/time.js';
import { href } from '../../lib/route.js';
import { useLoad } from '../../lib/useLoad.js';
import { today } from '../../lib/when.js';
import { dayRange } from './days.js';
import { countsWords } from './reportWords.js';
import { isEmpty, loadReport, reportPath, reportProblem, type Weeks } from './loadReport.js';
import { ReportControls } from './ReportControls.js';
import { CopingLoadSection } from './sections/CopingLoadSection.js';
import { Evidence, InvisibleProgress, ModeSummary, NotEnoughYet } from './sections/Headline.js';
import { HealingSection } from './sections/HealingSection.js';
import { MeasuresSection } from './sections/MeasuresSection.js';
import { SafetyNote } from './sections/SafetyNote.js';
import { SleepMoodSection } from './sections/SleepMoodSection.js';
import { RepertoireSection } from './sections/RepertoireSection.js';
import { TriggersSection } from './sections/TriggersSection.js';
import { WindowSection } from './sections/WindowSection.js';
import './charts/charts.css';
import './progress.css';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';

const PERIODS: ReadonlyArray<{ value: Weeks; label: string }> = [
  { value: 12, label: 'The last 12 weeks' },
  { value: 26, label: 'The last 26 weeks' },
  { value: 'all', label: 'Everything so far' },
];

export function ProgressPage() {
  const [asOf, setAsOf] = useState<CalendarDay>(today);
  const [weeks, setWeeks] = useState<Weeks>(26);
  const report = useLoad(() => loadReport(asOf, weeks), reportPath(asOf, weeks));
  const r = report.data;

  return (
    <div className="report progress-page" aria-busy={report.loading}>
      <h1 tabIndex={-1}>Progress</h1>
      <p className="lead">
        Is your coping moving you forward, or keeping you stuck? Here is what your own entries say — with the numbers, and how sure
        they are.
      </p>
      <ReportControls asOf={asOf} onAsOf={setAsOf} weeks={weeks} onWeeks={setWeeks} options={PERIODS} busy={report.loading && r !== undefined} />
      {report.error !== null && <LoadProblem error={report.error} onRetry={report.reload} describe={reportProblem} />}
      {report.loading && r === undefined && <p className="muted">Putting your report together…</p>}
      {r !== undefined && isEmpty(r) && <SafetyNote report={r} />}
      {r !== undefined && isEmpty(r) && (
        <div className="empty">
          <p>Nothing noted in this period yet, so there is nothing to show. That is completely fine — this page fills in as you go.</p>
          <a className="button secondary" href={href({ page: 'log', kind: 'moments' })}>
            Note a moment
          </a>
        </div>
      )}
      {r !== undefined && isEmpty(r) && <MeasuresSection report={r} />}
      {r !== undefined && !isEmpty(r) && (
        <>
          <p className="small muted period-line">
            {dayRange(r.period.from, r.period.to)} · {countsWords(r.counts)}
          </p>
          <ModeSummary report={r} />
          <SafetyNote report={r} />
          <InvisibleProgress report={r} />
          <Evidence report={r} />
          <p className="summary-link">
            <a className="button secondary" href={href({ page: 'summary' })}>
              Prepare a summary for your therapist
            </a>
          </p>
          <TriggersSection report={r} />
          <CopingLoadSection report={r} />
          <WindowSection report={r} />
          <SleepMoodSection report={r} />
          <RepertoireSection report={r} />
          <HealingSection report={r} />
          <MeasuresSection report={r} />
          <NotEnoughYet report={r} />
          <p className="small muted informs">If something here worries you, it may help to bring it to a session.</p>
        </>
      )}
    </div>
  );
}
