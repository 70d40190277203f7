/**
 * The Brief COPE has no total to chart: its fourteen scales, for each time taken, oldest
 * first like every other table of results (the latest SHOWN times when there are more).
 */
import type { MeasureView } from '../../../../../src/contracts/measures.js';
import { plainDay, timeOf } from '../../../lib/when.js';
import { DataTable } from '../../progress/charts/ChartFigure.js';

const SHOWN = 6;

export function CopeTable({ results }: { results: readonly MeasureView[] }) {
  const recent = results.slice(-SHOWN);
  const scales = recent[recent.length - 1]?.subscales ?? [];
  if (scales.length === 0) return null;
  // Two on one day are told apart by their time (the column names must differ).
  const days = recent.map((m) => plainDay(m.takenAt));
  const columns = recent.map((m, i) => (days.indexOf(days[i] ?? '') !== i || days.lastIndexOf(days[i] ?? '') !== i ? `${days[i]}, ${timeOf(m.takenAt)}` : (days[i] ?? '')));
  return (
    <section className="report-section cope-scales" aria-labelledby="scales-heading">
      <h2 id="scales-heading">Your coping scales</h2>
      <p className="section-lead">
        Each scale runs from {scales[0]?.min} (not at all) to {scales[0]?.max} (a lot). There is no good or bad total: it shows which ways of
        coping you have leaned on, and how that changes.
      </p>
      <DataTable
        caption={recent.length < results.length ? `The latest ${SHOWN} times` : 'Each time you took it'}
        head={['Scale', ...columns]}
        rows={scales.map((s) => [s.label, ...recent.map((m) => m.subscales.find((x) => x.id === s.id)?.score ?? '—')]).filter((row) => row.slice(1).some((cell) => cell !== '—'))}
      />
    </section>
  );
}
