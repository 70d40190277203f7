/**
 * One questionnaire over time: what has changed (and whether it is reliable), the chart of
 * totals on their bands with a table beside it, the NHS paired outcome where it applies,
 * and every past result. Loaded lazily, with the charts (Observable Plot).
 */
import type { InstrumentId } from '../../../../../src/core/measures/instrument.js';
import { href } from '../../../lib/route.js';
import { useLoad } from '../../../lib/useLoad.js';
import { LoadProblem } from '../../../lib/ui/LoadProblem.js';
import { loadInstruments, loadOverview, loadResults } from '../measuresApi.js';
import { ABOUT, shortName } from '../measureWords.js';
import { NhsOutcome } from '../NhsOutcome.js';
import { ChangeNotes } from './ChangeNotes.js';
import { CriticalNote, latestOf } from './CriticalNote.js';
import { CopeTable } from './CopeTable.js';
import { PastResults } from './PastResults.js';
import { ScoreChart } from './ScoreChart.js';
import '../../progress/charts/charts.css';
import '../../progress/progress.css';
import '../measures.css';

async function loadAll(instrument: InstrumentId) {
  const [instruments, results, overview] = await Promise.all([loadInstruments(), loadResults(instrument), loadOverview()]);
  return { view: instruments.find((i) => i.id === instrument), results, overview };
}

export function ResultsPage({ instrument }: { instrument: InstrumentId }) {
  const loaded = useLoad(() => loadAll(instrument), `results-${instrument}`);
  const d = loaded.data;
  const name = shortName(instrument);
  const mine = d?.overview.instruments.find((o) => o.instrument === instrument);
  const latest = d === undefined ? undefined : latestOf(d.results);
  const paired = instrument === 'PHQ-9' || instrument === 'GAD-7';

  return (
    <div className="report results-page" aria-busy={loaded.loading}>
      <p className="small">
        <a href={href({ page: 'measures' })}>← Questionnaires</a>
      </p>
      <h1 tabIndex={-1}>{name} over time</h1>
      <p className="lead">
        {ABOUT[instrument]}.
      </p>
      {loaded.error !== null && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && d === undefined && <p className="muted">Loading your results…</p>}
      {d !== undefined && d.view !== undefined && (
        <>
          {d.results.length === 0 ? (
            <div className="empty">
              <p>No results yet. Once you have taken it, your results will show here — one at a time is fine.</p>
            </div>
          ) : (
            <>
              <CriticalNote latest={latest} />
              {mine !== undefined && <ChangeNotes instrument={d.view} overview={mine} reassure={(latest?.critical.length ?? 0) === 0} />}
              {d.view.total !== null ? <ScoreChart instrument={d.view} results={d.results} /> : <CopeTable results={d.results} />}
              {paired && d.overview.nhs !== null && <NhsOutcome nhs={d.overview.nhs} />}
              <PastResults instrument={d.view} results={d.results} onChanged={loaded.reload} />
            </>
          )}
          <p className="actions take-again">
            <a className="button primary" href={href({ page: 'take', instrument })}>
              {d.results.length === 0 ? `Take the ${name}` : `Take the ${name} again`}
            </a>
          </p>
          <p className="attribution">{d.view.attribution}</p>
        </>
      )}
    </div>
  );
}
