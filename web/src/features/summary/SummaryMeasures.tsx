/**
 * Questionnaires on the summary: change since therapy began (from the first result on or
 * after that day, or the first ever) and, when it starts from another result, change in the
 * chosen period; each titled with the days of the results compared, and each with its own
 * NHS Talking Therapies outcome. A window's "9 → 8" never stands alone for a therapy that
 * went 15 → 8.
 */
import type { InsightReport, MeasureSummary } from '../../../../src/core/insight/report.js';
import { dayWords } from '../../../../src/core/words/dates.js';
import { nhsOutcomeWords, TREATMENT_RANGE_NOTE } from '../progress/reportWords.js';
import { num } from '../progress/trendWords.js';

const MEANS: Record<NonNullable<MeasureSummary['reliableChange']>, string> = {
  improved: 'reliably better',
  deteriorated: 'reliably worse — worth talking through',
  'no-reliable-change': 'within the usual ups and downs',
};

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${num(Math.abs(x))}`;

/** "3 Mar 2026 → 1 Dec 2026": from the earliest first result to the latest one. */
function courseDays(list: readonly MeasureSummary[]): string {
  const from = list.map((m) => m.firstOn).sort()[0];
  const to = list.map((m) => m.latestOn).sort().at(-1);
  return from === undefined || to === undefined ? '' : from === to ? dayWords(from) : `${dayWords(from)} → ${dayWords(to)}`;
}

function Course({ title, list, id }: { title: string; list: readonly MeasureSummary[]; id: string }) {
  const outcome = list.find((m) => m.outcome !== null)?.outcome ?? null;
  return (
    <div className="course">
      <h3 id={id}>
        {title} ({courseDays(list)})
      </h3>
      <table className="data-table course-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">Questionnaire</th>
            <th scope="col">First → latest</th>
            <th scope="col">Change</th>
            <th scope="col">What the change means</th>
          </tr>
        </thead>
        <tbody>
          {list.map((m) => (
            <tr key={m.instrument}>
              <th scope="row">{m.instrument}</th>
              <td>
                {m.first === null || m.latest === null ? 'scales only' : m.count > 1 ? `${num(m.first)} → ${num(m.latest)}` : `${num(m.latest)} (one result)`}
                <span className="course-days"> {m.firstOn === m.latestOn ? dayWords(m.latestOn) : `${dayWords(m.firstOn)} → ${dayWords(m.latestOn)}`}</span>
              </td>
              <td>{m.change === null ? '—' : signed(m.change)}</td>
              <td>{m.reliableChange === null ? (m.count > 1 && m.change !== null ? 'too close together to compare' : '—') : MEANS[m.reliableChange]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcome !== null && (
        <p className="course-outcome">
          <strong>NHS Talking Therapies outcome</strong> (PHQ-9 with GAD-7): {nhsOutcomeWords(outcome)}.
        </p>
      )}
    </div>
  );
}

const sameCourse = (a: readonly MeasureSummary[], b: readonly MeasureSummary[]) =>
  a.length === b.length && a.every((m, i) => b[i]?.instrument === m.instrument && b[i]?.firstOn === m.firstOn && b[i]?.latestOn === m.latestOn);

export function SummaryMeasures({ report, periodLead }: { report: InsightReport; periodLead: string }) {
  const therapy = report.therapy.measures;
  const period = report.measures;
  if (therapy.length === 0 && period.length === 0) return null;
  const therapyTitle = report.therapy.startedOn !== null ? 'Since therapy began' : 'Since the first results';
  const both = !sameCourse(therapy, period) && period.length > 0;
  return (
    <section className="report-section summary-measures" aria-labelledby="summary-measures-heading">
      <h2 id="summary-measures-heading">Questionnaires</h2>
      <p className="section-lead">A second view from standard questionnaires: information, never a verdict.</p>
      {therapy.length > 0 && <Course id="course-therapy" title={therapyTitle} list={therapy} />}
      {both && <Course id="course-period" title={periodLead} list={period} />}
      {[...therapy, ...period].some((m) => m.outcome !== null) && <p className="small muted">{TREATMENT_RANGE_NOTE}</p>}
    </section>
  );
}
