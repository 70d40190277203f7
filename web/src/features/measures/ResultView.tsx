/**
 * The result of one questionnaire: the total and its band in plain words (or, for the
 * Brief COPE, its fourteen scales and no total), with the reminder that a score is a
 * snapshot and never a diagnosis.
 */
import { useEffect, useRef } from 'react';
import type { InstrumentView, MeasureView } from '../../../../src/contracts/measures.js';
import { href } from '../../lib/route.js';
import { AskTherapyStart } from '../therapy/AskTherapyStart.js';
import { bandMeaning, shortName, snapshotWords } from './measureWords.js';

function Scales({ measure }: { measure: MeasureView }) {
  return (
    <>
      <p>
        There is no total and no good or bad score here: it is a picture of which ways of coping you have leaned on lately. Each scale
        runs from {measure.subscales[0]?.min ?? 2} (not at all) to {measure.subscales[0]?.max ?? 8} (a lot).
      </p>
      <ul className="scales">
        {measure.subscales.map((s) => (
          <li key={s.id}>
            <span className="scale-name">{s.label}</span>
            <span className="scale-bar" aria-hidden="true">
              <span style={{ width: `${((s.score - s.min) / Math.max(1, s.max - s.min)) * 100}%` }} />
            </span>
            <span className="scale-score">
              {s.score} <span className="muted">of {s.max}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

interface Props {
  instrument: InstrumentView;
  measure: MeasureView;
  hadCritical: boolean;
  note: string | null;
}

export function ResultView({ instrument, measure, hadCritical, note }: Props) {
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const meaning = measure.band === null ? null : bandMeaning(instrument.id, measure.band.id);
  const name = shortName(instrument.id);

  return (
    <section className="result" aria-labelledby="result-heading">
      {note !== null && <p className="notice">{note}</p>}
      {measure.total !== null && instrument.total !== null ? (
        <>
          <h2 id="result-heading" ref={headingRef} tabIndex={-1}>
            Your {name} score: <span className="result-total">{measure.total} out of {instrument.total.max}</span>
          </h2>
          {measure.band !== null && <p className="result-band">{measure.band.label}</p>}
          {meaning !== null && <p>{meaning}</p>}
        </>
      ) : (
        <>
          <h2 id="result-heading" ref={headingRef} tabIndex={-1}>
            Your {name} scales
          </h2>
          <Scales measure={measure} />
        </>
      )}
      <p className="snapshot">{snapshotWords(instrument)}</p>
      {hadCritical && (
        <p className="small">
          Your <a href={href({ page: 'safety' })}>safety plan and crisis lines</a> are always one click away, under “I need help now”.
        </p>
      )}
      <div className="actions">
        <a className="button primary" href={href({ page: 'results', instrument: instrument.id })}>
          See how it has changed
        </a>
        <a className="button secondary" href={href({ page: 'measures' })}>
          Back to questionnaires
        </a>
      </div>
      {/* Not straight after heavy answers: the calm screen comes first, this can wait. */}
      {!hadCritical && <AskTherapyStart />}
    </section>
  );
}
