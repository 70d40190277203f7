/**
 * Every past result, newest first (a list to act on, as the history is; the tables above
 * read oldest first), each with a delete that asks first. A deleted result waits 30 days in "recently deleted" (Undo brings it back).
 */
import { useState } from 'react';
import type { InstrumentView, MeasureView } from '../../../../../src/contracts/measures.js';
import { api } from '../../../lib/api.js';
import { friendlyError } from '../../../lib/friendly.js';
import { href } from '../../../lib/route.js';
import { useToast } from '../../../lib/toast.js';
import { plainDay, timeOf } from '../../../lib/when.js';

function summary(instrument: InstrumentView, m: MeasureView): string {
  if (m.total === null || instrument.total === null) return `${m.subscales.length} coping scales`;
  return `${m.total} out of ${instrument.total.max}${m.band !== null ? ` · ${m.band.label}` : ''}`;
}

function PastResult({ instrument, m, onChanged }: { instrument: InstrumentView; m: MeasureView; onChanged: () => void }) {
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const toast = useToast();
  const when = `${plainDay(m.takenAt)}, ${timeOf(m.takenAt)}`;

  const restore = async () => {
    try {
      await api.post<MeasureView>(`/api/measures/${encodeURIComponent(m.id)}/restore`);
      toast({ message: 'Result restored.' });
      onChanged();
    } catch (error) {
      toast({ message: friendlyError(error) });
    }
  };

  const remove = async () => {
    try {
      await api.del<unknown>(`/api/measures/${encodeURIComponent(m.id)}`);
      toast({ message: 'Result deleted. It is kept in Recently deleted for 30 days.', action: { label: 'Undo', run: () => void restore() } });
      onChanged();
    } catch (error) {
      setProblem(friendlyError(error));
    }
  };

  return (
    <li className="past-result">
      <div className="past-main">
        <span className="past-when">{when}</span>
        <span className="past-score">{summary(instrument, m)}</span>
        {m.source === 'paper' && <span className="small muted">from paper</span>}
      </div>
      {!asking ? (
        <button type="button" className="small-button quiet" onClick={() => setAsking(true)} aria-label={`Delete the result from ${when}`}>
          Delete
        </button>
      ) : (
        <div className="confirm" role="group" aria-label={`Delete the result from ${when}?`}>
          <span>
            Delete this result? You can bring it back from <a href={href({ page: 'deleted' })}>Recently deleted</a> for 30 days.
          </span>
          <button type="button" className="small-button primary" onClick={() => void remove()}>
            Yes, delete
          </button>
          <button type="button" className="small-button secondary" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </div>
      )}
      {problem !== null && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

export function PastResults({ instrument, results, onChanged }: { instrument: InstrumentView; results: readonly MeasureView[]; onChanged: () => void }) {
  return (
    <section className="report-section" aria-labelledby="past-heading">
      <h2 id="past-heading">Past results</h2>
      <ul className="past-results">
        {[...results].reverse().map((m) => (
          <PastResult key={m.id} instrument={instrument} m={m} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}
