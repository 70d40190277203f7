/**
 * When the latest result holds a critical answer (PHQ-9 item 9, PCL-5 item 16), a calm
 * note comes before any total or rule of thumb: a low total never hides that answer.
 */
import type { MeasureView } from '../../../../../src/contracts/measures.js';
import { SafetyPlanLink } from '../../progress/sections/SafetyNote.js';
import { plainDay } from '../../../lib/when.js';

/** The most recent result, by when it was taken. */
export function latestOf(results: readonly MeasureView[]): MeasureView | undefined {
  return results.reduce<MeasureView | undefined>((best, r) => (best === undefined || Date.parse(r.takenAt) > Date.parse(best.takenAt) ? r : best), undefined);
}

export function CriticalNote({ latest }: { latest: MeasureView | undefined }) {
  if (latest === undefined || latest.critical.length === 0) return null;
  const urgent = latest.critical.some((c) => c.tier === 'urgent');
  return (
    <section className="report-section safety-note" aria-labelledby="critical-note-heading">
      <h2 id="critical-note-heading">An answer to look after</h2>
      <p>
        In your answers from {plainDay(latest.takenAt)}, {latest.critical.map((c) => `“${c.label}”`).join(' and ')}{' '}
        {urgent
          ? 'came up. That answer matters more than any total on this page. You do not have to carry it alone.'
          : 'came up. It may be worth mentioning to someone you trust, or in your next session.'}
      </p>
      <SafetyPlanLink />
    </section>
  );
}
