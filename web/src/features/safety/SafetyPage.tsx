/**
 * "I need help now": crisis lines for the person's country first, then their own safety
 * plan to read. One click from every page; the lines show even when the server cannot be
 * reached. Editing the plan is a page of its own (`edit`).
 */
import { useEffect } from 'react';
import { CrisisLines } from '../help/CrisisLines.js';
import { EditPlanPage, takeOpenAtPlan } from './EditPlanPage.js';
import { SafetyPlan } from './SafetyPlan.js';
import './safety.css';

/** Down to the plan, with the keyboard and screen reader following (a hash link would change the page). */
function toPlan() {
  const heading = document.getElementById('plan-heading');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

export function SafetyPage({ edit = false }: { edit?: boolean }) {
  return edit ? <EditPlanPage /> : <HelpPage />;
}

function HelpPage() {
  // Back from saving the plan: open at the plan, after the shell has focused the page's heading.
  useEffect(() => {
    const later = setTimeout(() => takeOpenAtPlan() && toPlan(), 0);
    return () => clearTimeout(later);
  }, []);
  return (
    <div className="safety-page">
      <p className="print-only print-title">My safety plan · Headway</p>
      <h1 tabIndex={-1} className="no-print">
        Help, right now
      </h1>
      <p className="lead no-print">
        You reached out, and that matters. If you are in danger, or might act on thoughts of hurting yourself, call the emergency number
        now. The other lines are there to listen, and you don&apos;t need to have the right words. Each card says when it is open.
      </p>
      <p className="no-print">
        <button type="button" className="small-button secondary" onClick={toPlan}>
          Go to my safety plan ↓
        </button>
      </p>
      <CrisisLines picker />
      <section className="card no-print" aria-labelledby="meanwhile">
        <h2 id="meanwhile">While you reach out</h2>
        <ul className="gentle">
          <li>Breathe out slowly, a little longer than you breathe in.</li>
          <li>Feel your feet on the floor, and name a few things you can see.</li>
          <li>If you can, move closer to someone you trust, or let them know how you are.</li>
        </ul>
      </section>
      <SafetyPlan />
    </div>
  );
}
