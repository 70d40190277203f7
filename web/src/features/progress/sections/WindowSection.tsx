/** "Inside your window": the day calendar of body states, with a legend that does not rely on colour. */
import { useCallback } from 'react';
import type { InsightReport } from '../../../../../src/core/insight/report.js';
import { addDays } from '../../../../../src/core/time.js';
import { BODY_STATES } from '../../../../../src/core/vocabulary.js';
import { calendarWeeks, drawCalendar, STATE_LOOK } from '../charts/calendarChart.js';
import { ChartFigure } from '../charts/ChartFigure.js';
import { PlotChart } from '../charts/PlotChart.js';
import { shortDayYear } from '../days.js';
import { shareWords as shareOf } from '../../../../../src/core/insight/words.js';
import { percent } from '../trendWords.js';

export function WindowLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      {BODY_STATES.map((s) => (
        <li key={s}>
          <span className={`swatch swatch-${s}`} aria-hidden="true">
            {STATE_LOOK[s].glyph}
          </span>
          {STATE_LOOK[s].words}
        </li>
      ))}
      <li>
        <span className="swatch swatch-none" aria-hidden="true" />
        nothing recorded
      </li>
    </ul>
  );
}

function shareWords(w: InsightReport['window']): string {
  const { recentWithinShare: recent, earlyWithinShare: early } = w;
  if (recent === null) return 'Not enough check-ins or moments with a body state yet to say how often you were inside your window.';
  const then = early !== null ? ` (${percent(early)} in the early weeks)` : '';
  const share = shareOf(recent);
  if (share === 'none') return `Not inside your window on any recorded day lately${then}.`;
  if (share === 'all') return `Inside your window on every recorded day lately${then}.`;
  return `Inside your window on ${share} of recorded days lately${then}.`;
}

export function WindowSection({ report, compact = false }: { report: InsightReport; compact?: boolean }) {
  const { window: w, period } = report;
  const draw = useCallback((width: number) => drawCalendar(w, period, width), [w, period]);
  const byDay = new Map(w.days.map((d) => [d.day, d]));
  const weeks = calendarWeeks(period);
  return (
    <section className="report-section" aria-labelledby="window-heading">
      <h2 id="window-heading">Inside your window</h2>
      <p className="section-lead">
        {shareWords(w)}
        {w.recentMeanDistress !== null && ` Recent distress averaged ${Math.round(w.recentMeanDistress * 10) / 10} out of 10.`}
      </p>
      <ChartFigure
        legend={<WindowLegend />}
        caption={
          compact
            ? undefined
            : 'One square per day, from your check-ins and moments (the state you noted most that day). Days with nothing recorded are simply empty.'
        }
        table={{
          caption: 'Body state by day',
          head: ['Week of', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
          rows: weeks.map((week) => [
            shortDayYear(week),
            ...Array.from({ length: 7 }, (_, i) => {
              const d = byDay.get(addDays(week, i));
              return d === undefined ? '—' : STATE_LOOK[d.state].words;
            }),
          ]),
        }}
      >
        <PlotChart draw={draw} label={`Calendar of body states by day. ${shareWords(w)}`} className="chart-calendar" />
      </ChartFigure>
    </section>
  );
}
