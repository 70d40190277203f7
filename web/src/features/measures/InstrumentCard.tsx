/**
 * One questionnaire on the list: what it asks about, whether it is suggested now (an
 * invitation, never a debt), the latest result in a sentence, "Take it", and its rhythm.
 */
import type { InstrumentOverview, InstrumentView } from '../../../../src/contracts/measures.js';
import { href } from '../../lib/route.js';
import { plainDay } from '../../lib/when.js';
import { ABOUT, bandLabel, shortName } from './measureWords.js';
import { ReminderControl } from './ReminderControl.js';

function DueNote({ due }: { due: InstrumentOverview['due'] }) {
  if (due === null) return null;
  if (due.due) return <p className="due-pill">Ready when you are</p>;
  if (due.nextOn === null) return null;
  return <p className="small muted next-on">Next suggested around {plainDay(due.nextOn)}</p>;
}

function Latest({ instrument, overview }: { instrument: InstrumentView; overview: InstrumentOverview | undefined }) {
  if (overview === undefined || overview.count === 0) return <p className="muted">Not taken yet.</p>;
  const latest = overview.latest;
  if (latest === null || instrument.total === null) {
    return <p>Taken {overview.count === 1 ? 'once' : `${overview.count} times`}. Open the results to see your coping scales.</p>;
  }
  const band = bandLabel(instrument, latest.band);
  return (
    <>
      <p className="latest">
        Latest: <strong>{latest.total}</strong> out of {instrument.total.max}
        {band !== null && <> · {band}</>} · {plainDay(latest.takenAt)}
      </p>
      {overview.summary !== null && <p className="change-sentence">{overview.summary}</p>}
    </>
  );
}

interface Props {
  instrument: InstrumentView;
  overview: InstrumentOverview | undefined;
  onChanged: () => void;
}

export function InstrumentCard({ instrument, overview, onChanged }: Props) {
  const headingId = `instrument-${instrument.id}`;
  const count = overview?.count ?? 0;
  return (
    <li className={`instrument-card${overview?.due?.due === true ? ' is-due' : ''}`} aria-labelledby={headingId}>
      <div className="instrument-head">
        <h2 id={headingId}>
          {shortName(instrument.id)}
          {instrument.name !== shortName(instrument.id) && <span className="instrument-name"> · {instrument.name}</span>}
        </h2>
        <DueNote due={overview?.due ?? null} />
      </div>
      <p className="small muted">
        {ABOUT[instrument.id]} · {instrument.items.length} questions · looks back over {instrument.recallPeriod.label}
      </p>
      <Latest instrument={instrument} overview={overview} />
      <div className="actions">
        <a className="button primary" href={href({ page: 'take', instrument: instrument.id })} aria-label={`Take it: ${shortName(instrument.id)}`}>
          Take it
        </a>
        {count > 0 && (
          <a className="button secondary" href={href({ page: 'results', instrument: instrument.id })}>
            See results over time
          </a>
        )}
      </div>
      <ReminderControl instrument={instrument} schedule={overview?.schedule ?? null} onChanged={onChanged} />
    </li>
  );
}
