/** The chart of totals with its key, its direction, and the same numbers as a table. */
import { useCallback, useMemo } from 'react';
import type { InstrumentView, MeasureView } from '../../../../../src/contracts/measures.js';
import { plainDay } from '../../../lib/when.js';
import { ChartFigure } from '../../progress/charts/ChartFigure.js';
import { PlotChart } from '../../progress/charts/PlotChart.js';
import { directionNote, shortName } from '../measureWords.js';
import { bandRects, bandTint, drawScores, scorePoints } from './scoreChart.js';

function Key({ instrument }: { instrument: InstrumentView }) {
  return (
    <ul className="legend">
      <li>
        <span className="key-dot" aria-hidden="true" /> Your total
      </li>
      {instrument.caseness !== null && (
        <li>
          <span className="key-median" aria-hidden="true" /> Cut-off ({instrument.caseness.direction === 'at-or-above' ? '≥' : '≤'}
          {instrument.caseness.cutOff}): {instrument.caseness.label}
        </li>
      )}
      {bandRects(instrument).map((b) => (
        <li key={b.label}>
          <span className="swatch band-swatch" style={{ background: bandTint(b.weight) }} aria-hidden="true" /> {b.label} ({b.min}–{b.max})
        </li>
      ))}
    </ul>
  );
}

export function ScoreChart({ instrument, results }: { instrument: InstrumentView; results: readonly MeasureView[] }) {
  const points = useMemo(() => scorePoints(results), [results]);
  const draw = useCallback((width: number) => drawScores(instrument, points, width), [instrument, points]);
  if (points.length === 0 || instrument.total === null) return null;
  const name = shortName(instrument.id);
  const firstPoint = points[0];
  const lastPoint = points[points.length - 1];
  const label =
    points.length === 1 || firstPoint === undefined || lastPoint === undefined
      ? `${name} total: one result so far, ${lastPoint?.total ?? ''} out of ${instrument.total.max}.`
      : `${name} totals over time: ${points.length} results, from ${firstPoint.total} to ${lastPoint.total} out of ${instrument.total.max}.`;
  return (
    <ChartFigure
      title={`Your ${name} totals`}
      legend={
        <>
          <p className="chart-direction">{directionNote(instrument)}</p>
          <Key instrument={instrument} />
        </>
      }
      caption="The shaded bands are the questionnaire’s published ranges: lighter where scores mean less difficulty, darker where they mean more." 
      table={{
        caption: `${name} results`,
        head: ['Date', 'Total', 'Band', 'Cut-off'],
        rows: results.map((m) => [
          plainDay(m.takenAt),
          m.total ?? '—',
          m.band?.label ?? '—',
          m.caseness === null ? '—' : m.caseness ? 'At or past it' : 'Not at it',
        ]),
      }}
    >
      <PlotChart draw={draw} label={label} />
    </ChartFigure>
  );
}
