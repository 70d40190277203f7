/** "Trigger by trigger": a small multiple per trigger, same axes throughout, with how to read them. */
import type { InsightReport } from '../../../../../src/core/insight/report.js';
import { windowWords } from '../../../../../src/core/words/dates.js';
import { TriggerPanel } from './TriggerPanel.js';

/** The key to the small multiples, drawn with the same marks as the charts. */
export function TrendKey({ grouped = false }: { grouped?: boolean }) {
  return (
    <ul className="legend" aria-label="Key to the charts">
      <li>
        <span className="key-dot" aria-hidden="true" />
        {grouped ? 'one moment (on a long history, the middle value of a week)' : 'one moment'}
      </li>
      <li>
        <span className="key-trend" aria-hidden="true" />
        robust trend
      </li>
      <li>
        <span className="key-median" aria-hidden="true" />
        middle value, early and recent
      </li>
    </ul>
  );
}

function HowToRead({ period, compact, grouped }: { period: InsightReport['period']; compact: boolean; grouped: boolean }) {
  const early = windowWords('first', period.from, period.earlyUntil);
  const recent = windowWords('last', period.recentFrom, period.to);
  if (compact) {
    return (
      <p className="section-lead">
        Intensity of each moment (0–10), the robust (Theil–Sen) trend, and the middle values of {early} and {recent}.
        Triggers with too few moments appear in the table only.
      </p>
    );
  }
  return (
    <p className="section-lead">
      Does the same trigger still unravel you the way it used to? Each dot is one moment
      {grouped && ' (where a trigger has too many to show one by one, the middle value of a week; “Show each moment” lists them all)'}. The solid line is the{' '}
      <strong>robust trend</strong> (Theil–Sen: the typical slope between pairs of moments, so one rough day can’t swing it). The
      dashed lines are the middle value of {early} (“early”) and of {recent} (“recent”).
    </p>
  );
}

export function TriggersSection({ report, compact = false }: { report: InsightReport; compact?: boolean }) {
  const { period, triggers } = report;
  const maxMinutes = Math.max(0, ...triggers.flatMap((t) => t.points.map((p) => p.settledMinutes ?? 0)));
  // The printed summary keeps its charts for triggers with a trend; the table lists the rest.
  const shown = compact ? triggers.filter((t) => t.status !== 'not-enough-data') : triggers;
  const grouped = shown.some((t) => t.pointDays !== null);
  return (
    <section className="report-section triggers-section" aria-labelledby="triggers-heading">
      <h2 id="triggers-heading">Trigger by trigger</h2>
      {triggers.length === 0 ? (
        <p className="empty">No moments in this period yet. When you note a moment, its trigger shows up here.</p>
      ) : (
        <>
          <HowToRead period={period} compact={compact} grouped={grouped} />
          <TrendKey grouped={grouped} />
          <div className="trigger-grid">
            {shown.map((t) => (
              <TriggerPanel key={t.trigger} trigger={t} period={period} maxMinutes={maxMinutes} compact={compact} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
