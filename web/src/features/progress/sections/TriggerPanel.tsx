/** One trigger: how it is doing in words, its intensity and settling charts, and the numbers behind them. */
import { useCallback, useId } from 'react';
import type { InsightReport, TriggerReport } from '../../../../../src/core/insight/report.js';
import { ChartFigure, type TableData } from '../charts/ChartFigure.js';
import { PlotChart } from '../charts/PlotChart.js';
import { drawIntensity, drawSettling } from '../charts/triggerCharts.js';
import { dayRange, shortDayYear } from '../days.js';
import { triggerLeaning, VISIBLE } from '../../../../../src/core/insight/leaning.js';
import { missingWords, TRIGGER_STATUS } from '../reportWords.js';
import { count } from '../../../../../src/core/words/plural.js';
import { earlyToRecent, INTENSITY, minutes, num, percent, SETTLING, slopeSentence, statusWords } from '../trendWords.js';
import { TriggerMoments } from './TriggerMoments.js';

interface Props {
  trigger: TriggerReport;
  period: InsightReport['period'];
  maxMinutes: number;
  compact?: boolean;
}

/** A steady awareness share, said by the way its line goes: "rising a little, not yet clearly" or "no clear change yet". */
function awareWords(t: TriggerReport['awareness']): string {
  const words = statusWords(t, VISIBLE.share, true);
  return words === 'holding steady' ? 'no clear change yet' : words;
}

/** "week", "2 weeks": what one grouped point sums up. */
export const runWords = (days: number): string => (days === 7 ? 'week' : `${days / 7} weeks`);

/** The numbers behind the chart: each moment, or each run of weeks with how many moments it holds. */
function tableOf(t: TriggerReport): TableData {
  if (t.pointDays === null) {
    return {
      caption: `Moments with "${t.trigger}"`,
      head: ['Day', 'Intensity (0–10)', 'Minutes to settle'],
      rows: t.points.map((p) => [shortDayYear(p.day), p.intensity, p.settledMinutes ?? 'not noted']),
    };
  }
  return {
    caption: `"${t.trigger}", ${runWords(t.pointDays)} by ${runWords(t.pointDays)}: the middle values of its moments`,
    head: [t.pointDays === 7 ? 'Week of' : 'From', 'Moments', 'Intensity (0–10)', 'Minutes to settle'],
    rows: t.points.map((p) => [shortDayYear(p.day), p.moments ?? 0, p.intensity, p.settledMinutes ?? 'not noted']),
  };
}

function chartLabel(what: string, t: TriggerReport, early: number | null, recent: number | null, fmt: (x: number) => string): string {
  const medians = early !== null && recent !== null ? ` The middle value was ${fmt(early)} early on and ${fmt(recent)} recently.` : '';
  return `${what} for "${t.trigger}", ${count(t.n, 'moment')}.${medians}`;
}

export function TriggerPanel({ trigger: t, period, maxMinutes, compact = false }: Props) {
  const status = TRIGGER_STATUS[triggerLeaning(t)];
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
        {count(t.n, 'moment')}
        {t.firstDay !== null && t.lastDay !== null && `, ${dayRange(t.firstDay, t.lastDay)}`}
        {enough && !compact && ` · ${status.about}`}
        {t.pointDays !== null && ` · Each dot is the middle value of a ${runWords(t.pointDays)}.`}
      </p>
      {!enough && <p className="not-yet">{missingWords(t.missing)}</p>}
      <ChartFigure table={tableOf(t)}>
        <p className="chart-sub">
          Intensity <span className="muted">(0–10, early → recent)</span>: {earlyToRecent(t.intensity)}
        </p>
        <PlotChart draw={intensity} label={chartLabel('Intensity over time', t, t.intensity.early, t.intensity.recent, num)} />
        {enough && <p className="trend-words">{slopeSentence(t.intensity, INTENSITY)}</p>}
        {enough && hasSettling && compact && (
          // The printed summary draws intensity only; the status pill also weighs settling, so its numbers stay in view.
          <p className="chart-sub">
            Time to settle <span className="muted">(early → recent)</span>: {earlyToRecent(t.settling, minutes)}
          </p>
        )}
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
            {aware.status === 'steady' ? ` (${awareWords(aware)}).` : '.'}
          </p>
        )}
      </ChartFigure>
      {t.pointDays !== null && !compact && <TriggerMoments trigger={t.trigger} period={period} />}
    </article>
  );
}
