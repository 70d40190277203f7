/**
 * Questionnaires: the standard measures a person can take (PHQ-9, GAD-7, WHO-5, PCL-5,
 * Brief COPE), each with its latest result, a gentle "ready when you are" and a rhythm.
 */
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { InstrumentCard } from './InstrumentCard.js';
import { CALENDAR_PATH, loadInstruments, loadOverview } from './measuresApi.js';
import { NhsOutcome } from './NhsOutcome.js';
import { NotWatched } from './NotWatched.js';
import './measures.css';

async function loadPage() {
  const [instruments, overview] = await Promise.all([loadInstruments(), loadOverview()]);
  return { instruments, overview };
}

export function MeasuresPage() {
  const loaded = useLoad(loadPage, 'measures-page');
  const data = loaded.data;
  const byId = new Map(data?.overview.instruments.map((o) => [o.instrument, o]));

  return (
    <div className="measures-page" aria-busy={loaded.loading}>
      <h1 tabIndex={-1}>Questionnaires</h1>
      <p className="lead">
        Short, standard questionnaires that many therapists use. Taken now and then, they give a second view of how things are moving —
        alongside what you notice yourself. A score is information, never a verdict.
      </p>
      <NotWatched />
      {loaded.error !== null && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && data === undefined && <p className="muted">Loading your questionnaires…</p>}
      {data !== undefined && (
        <>
          <ul className="instrument-list">
            {data.instruments.map((i) => (
              <InstrumentCard key={i.id} instrument={i} overview={byId.get(i.id)} onChanged={loaded.reload} />
            ))}
          </ul>
          {data.overview.nhs !== null && <NhsOutcome nhs={data.overview.nhs} />}
          <section className="card calendar" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">Reminders in your own calendar</h2>
            <p>
              A calendar file with a gentle reminder for each rhythm you set above. Your calendar app does the reminding; nothing is sent
              anywhere.
            </p>
            <a className="button secondary" href={CALENDAR_PATH} download>
              Add reminders to my calendar
            </a>
          </section>
        </>
      )}
    </div>
  );
}
