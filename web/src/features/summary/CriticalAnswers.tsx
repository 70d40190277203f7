/**
 * Answers at a questionnaire's critical level in the period (PHQ-9 item 9 at 1 or more…),
 * each with its day, item and the answer given, so a therapist can ask about them. The
 * person has already seen the calm screen and their crisis lines for each.
 */
import type { InsightReport } from '../../../../src/core/insight/report.js';
import { dayWords } from '../../../../src/core/words/dates.js';

export function CriticalAnswers({ report }: { report: InsightReport }) {
  if (report.criticalAnswers.length === 0) return null;
  return (
    <section className="report-section critical-answers" aria-labelledby="critical-heading">
      <h2 id="critical-heading">Answers worth talking about</h2>
      <p className="section-lead">Questions where any answer above “not at all” is worth a conversation.</p>
      <ul>
        {report.criticalAnswers.map((c) => (
          <li key={`${c.instrument}-${c.day}-${c.item}`}>
            {dayWords(c.day)}: {c.instrument} question {c.item} ({c.label}): “{c.answer}” ({c.value})
          </li>
        ))}
      </ul>
    </section>
  );
}
