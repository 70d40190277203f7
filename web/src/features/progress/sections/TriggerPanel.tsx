/** One trigger: how it is doing in words, its intensity and settling charts, and the numbers behind them. */
import { useCallback, useId } from 'react';
import type { InsightReport, TriggerReport } from '../../../../../src/core/insight/report.js';
import { ChartFigure } from '../charts/ChartFigure.js';
import { PlotChart } from '../charts/PlotChart.js';
import { drawIntensity, drawSettling, MAX_DOTS } from '../charts/triggerCharts.js';
import { dayRange, shortDayYear } from '../days.js';
import { missingWords, TRIGGER_STATUS } from '../reportWords.js';
import { earlyToRecent, INTENSITY, minutes, num, percent, SETTLING, slopeSentence } from '../trendWords.js';

interface Props {
  trigger: TriggerReport;
  period: InsightReport['period'];
  maxMinutes: number;
  compact?: boolean;
}

function chartLabel(what: string, t: TriggerReport, early: number | null, recent: number | null, fmt: (x: number) => string): string {
  const medians = early !== null && recent !== null ? ` The middle value was ${fmt(early)} early on and ${fmt(recent)} recently.` : '';
  return `${what} for "${t.trigger}", ${t.n} moment${t.n === 1 ? '' : 's'}.${medians}`;
}

export function TriggerPanel({ trigger: t, period, maxMinutes, compact = false }: Props) {
  const status = TRIGGER_STATUS[t.status];
  const enough = t.status !== 'not-enough-data';
  const intensity = useCallback((w: number) => drawIntensity(t, period, w, compact), [t, period, compact]);
  const settling = useCallback((w: number) => drawSettling(t, period, w, maxMinutes, compact), [t, period, maxMinutes, compact]);
  const hasSettling = t.points.some((p) => p.settledMinutes !== null);
  const aware = t.awareness;
  const headingId = useId();

  return (
    <article className={`trigger-panel status-${t.status}`} aria-labelledby={headingId}>
      <header className="trigger-head">
        <h3 id={headingId}>{t.trigger}</h3>
        <p className="status-pill">{status.label}</p>
      </header>
      <p className="small muted">
        {t.n} moment{t.n === 1 ? '' : 's'}
        {t.firstDay !== null && t.lastDay !== null && `, ${dayRange(t.firstDay, t.lastDay)}`}
        {enough && !compact && ` · ${status.about}`}
        {t.points.length > MAX_DOTS && ' · Dots are weekly medians.'}
      </p>
      {!enough && <p className="not-yet">{missingWords(t.missing)}</p>}
      <ChartFigure
        table={{
          caption: `Moments with "${t.trigger}"`,
          head: ['Day', 'Intensity (0–10)', 'Minutes to settle'],
          rows: t.points.map((p) => [shortDayYear(p.day), p.intensity, p.settledMinutes ?? 'not noted']),
        }}
      >
        <p className="chart-sub">
          Intensity <span className="muted">(0–10, early → recent)</span>: {earlyToRecent(t.intensity)}
        </p>
        <PlotChart draw={intensity} label={chartLabel('Intensity over time', t, t.intensity.early, t.intensity.recent, num)} />
        {enough && <p className="trend-words">{slopeSentence(t.intensity, INTENSITY)}</p>}
        {enough && hasSettling && !compact && (
          <>
            <p className="chart-sub">
              Time to settle <span className="muted">(early → recent)</span>: {earlyToRecent(t.settling, minutes)}
            </p>
            <PlotChart draw={settling} label={chartLabel('Minutes to settle over time', t, t.settling.early, t.settling.recent, minutes)} />
            <p className="trend-words">{slopeSentence(t.settling, SETTLING)}</p>
          </>
        )}
        {enough && !compact && aware.early !== null && aware.recent !== null && (
          <p className="small">
            Spotted early, or the thought let pass: {percent(aware.early)} of moments at first, {percent(aware.recent)} lately
            {aware.status === 'steady' ? ' (no clear change yet).' : '.'}
          </p>
        )}
      </ChartFigure>
    </article>
  );
}
