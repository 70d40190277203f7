/**
 * Standardized questionnaires (PHQ-9, GAD-7…): first and latest score and whether the
 * change is reliable by each questionnaire's own rule (docs/MEASURES.md). Shown once there are results.
 */
import type { InsightReport, MeasureSummary } from '../../../../../src/core/insight/report.js';
import { DataTable } from '../charts/ChartFigure.js';
import { nhsOutcomeWords, TREATMENT_RANGE_NOTE } from '../reportWords.js';
import { num } from '../trendWords.js';

const RELIABLE_WORDS: Record<NonNullable<MeasureSummary['reliableChange']>, string> = {
  improved: 'reliably better',
  deteriorated: 'reliably worse — worth talking through',
  'no-reliable-change': 'no reliable change yet',
};

const score = (x: number | null) => (x === null ? '—' : num(x));

export function MeasuresSection({ report }: { report: InsightReport }) {
  // A questionnaire without a total (the Brief COPE's fourteen scales) has no first or latest score: a row of dashes says nothing.
  const scored = report.measures.filter((m) => m.first !== null || m.latest !== null);
  if (scored.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="measures-heading">
      <h2 id="measures-heading">Questionnaires</h2>
      <p className="section-lead">A second view from standard questionnaires. A score is information, never a verdict.</p>
      <DataTable
        caption="First and latest scores"
        head={['Questionnaire', 'First', 'Latest', 'Change', 'What the change means', 'Outcome']}
        rows={scored.map((m) => [
          m.instrument,
          score(m.first),
          score(m.latest),
          m.change === null ? '—' : `${m.change > 0 ? '+' : m.change < 0 ? '−' : ''}${num(Math.abs(m.change))}`,
          m.reliableChange === null ? '—' : RELIABLE_WORDS[m.reliableChange],
          m.outcome === null ? '—' : nhsOutcomeWords(m.outcome),
        ])}
      />
      {scored.some((m) => m.outcome !== null) && <p className="small muted">{TREATMENT_RANGE_NOTE}</p>}
    </section>
  );
}
