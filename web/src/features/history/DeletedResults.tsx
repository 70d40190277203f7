/**
 * Questionnaire results in "recently deleted": kept 30 days like entries, counted nowhere
 * meanwhile, and restorable with one button each.
 */
import type { DeletedMeasureView } from '../../../../src/contracts/measures.js';
import { plainDay, timeOf } from '../../lib/when.js';
import { shortName } from '../measures/measureWords.js';

function score(m: DeletedMeasureView): string {
  if (m.total === null) return `${m.subscales.length} coping scales`;
  return `${m.total}${m.totalMax !== null ? ` out of ${m.totalMax}` : ''}${m.band !== null ? ` · ${m.band.label}` : ''}`;
}

interface Props {
  results: readonly DeletedMeasureView[];
  onRestore: (m: DeletedMeasureView) => void;
}

export function DeletedResults({ results, onRestore }: Props) {
  if (results.length === 0) return null;
  return (
    <section className="day" aria-labelledby="deleted-results">
      <h2 id="deleted-results">Questionnaire results</h2>
      <ul className="entries">
        {results.map((m) => {
          const what = `${shortName(m.instrument)} from ${plainDay(m.takenAt)}, ${timeOf(m.takenAt)}`;
          return (
            <li key={m.id} className="entry entry-result" data-result-id={m.id}>
              <div className="entry-head">
                <span className="badge">Questionnaire</span>
                <span className="muted">
                  {plainDay(m.takenAt)}, {timeOf(m.takenAt)}
                </span>
              </div>
              <h3 className="entry-title">
                {shortName(m.instrument)}: {score(m)}
              </h3>
              <p className="small muted">
                Deleted {plainDay(m.deletedAt)} · kept until {plainDay(m.restorableUntil)}
              </p>
              <div className="entry-actions">
                <button type="button" className="small-button secondary" onClick={() => onRestore(m)} aria-label={`Restore the ${what}`}>
                  Restore
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
