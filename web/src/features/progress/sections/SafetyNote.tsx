/**
 * When the report's safety field raises an alert, a calm note with its reasons (numbers,
 * dates and categories, never the person's words) and the way to the safety plan. On the
 * printed summary it is a line to bring to the session.
 */
import type { InsightReport } from '../../../../../src/core/insight/report.js';
import { href } from '../../../lib/route.js';

export function SafetyNote({ report, print = false }: { report: InsightReport; print?: boolean }) {
  if (!report.safety.alert && report.safety.reasons.length === 0) return null;
  return (
    <section className="report-section safety-note" aria-labelledby="safety-note-heading">
      <h2 id="safety-note-heading">{print ? 'Worth talking about' : 'Something to look after'}</h2>
      <p>
        {report.safety.alert
          ? 'Some recent answers or words sounded really heavy. You do not have to carry that alone.'
          : 'One recent answer may be worth mentioning to someone you trust.'}
      </p>
      <ul>
        {report.safety.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {!print && <SafetyPlanLink />}
    </section>
  );
}

/** The way from a note of concern to the safety plan and the crisis lines. */
export function SafetyPlanLink() {
  return (
    <p>
      <a className="button secondary" href={href({ page: 'safety' })}>
        Open my safety plan and crisis lines
      </a>
    </p>
  );
}
