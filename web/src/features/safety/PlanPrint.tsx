/** The plan as plain text, for paper: shown only when printing (the editor is hidden then). */
import type { SafetyPlanView } from '../../../../src/contracts/safety.js';
import { MATTERS_MOST_GUIDE } from '../../../../src/core/safety/plan-guide.js';

export function PlanPrint({ plan }: { plan: SafetyPlanView }) {
  return (
    <div className="plan-print print-only">
      <ol className="plan-print-steps">
        {plan.guide.map((g) => (
          <li key={g.step}>
            <h3>{g.title}</h3>
            {plan.steps[g.step].length > 0 ? (
              <ul>
                {plan.steps[g.step].map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : (
              <p className="write-in" aria-hidden="true" />
            )}
          </li>
        ))}
      </ol>
      <h3>{MATTERS_MOST_GUIDE.title}</h3>
      {plan.mattersMost.trim() !== '' ? <p className="matters-most">{plan.mattersMost}</p> : <p className="write-in" aria-hidden="true" />}
    </div>
  );
}
