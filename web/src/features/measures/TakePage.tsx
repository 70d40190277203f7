/** Take one questionnaire: a calm line first (nobody watches in real time), then the questions. */
import type { InstrumentId } from '../../../../src/core/measures/instrument.js';
import { href } from '../../lib/route.js';
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { loadInstruments } from './measuresApi.js';
import { shortName } from './measureWords.js';
import { Questionnaire } from './Questionnaire.js';
import './measures.css';

export function TakePage({ instrument }: { instrument: InstrumentId }) {
  const loaded = useLoad(loadInstruments, 'instruments');
  const view = loaded.data?.find((i) => i.id === instrument);

  return (
    <div className="take-page">
      <p className="small">
        <a href={href({ page: 'measures' })}>← Questionnaires</a>
      </p>
      <h1 tabIndex={-1}>{view?.name ?? shortName(instrument)}</h1>
      {loaded.error !== null && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && view === undefined && <p className="muted">Loading the questions…</p>}
      {view !== undefined && (
        <>
          <Questionnaire instrument={view} />
          <p className="attribution">{view.attribution}</p>
        </>
      )}
    </div>
  );
}
