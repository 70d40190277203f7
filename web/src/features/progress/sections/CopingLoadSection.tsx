/** "How much coping it takes": strategies per moment, week by week, against how intense the moments were. */
import { useCallback } from 'react';
import type { InsightReport } from '../../../../../src/core/insight/report.js';
import { ChartFigure } from '../charts/ChartFigure.js';
import { PlotChart } from '../charts/PlotChart.js';
import { soFarWords, weekRowLabel } from '../charts/weekSpans.js';
import { drawPerMoment, drawWeekIntensity } from '../charts/weeklyCharts.js';
import { shortDayYear } from '../days.js';
import { leaningOf, VISIBLE } from '../../../../../src/core/insight/leaning.js';
import { earlyToRecent, num, PER_MOMENT, slopeSentence, statusWords } from '../trendWords.js';

function loadWords(report: InsightReport): string {
  const { perMoment, relativeToDistress } = report.copingLoad;
  switch (perMoment.status) {
    case 'improving':
      return relativeToDistress.status === 'improving'
        ? 'You are needing fewer strategies to get through a moment, even allowing for how intense the moments were. Healing often shows up like this: needing less.'
        : 'You are using fewer strategies per moment. Some of that may be calmer weeks, so it is one sign among several.';
    case 'steady':
      switch (leaningOf(perMoment, VISIBLE.perMoment)) {
        case 'falling':
          return 'A few fewer strategies per moment lately, though not by enough yet to tell apart from ordinary ups and downs. Coping is doing its job.';
        case 'rising':
          return 'A few more strategies per moment lately, though not by enough yet to tell apart from ordinary ups and downs. Reaching for support is a good thing.';
        case 'flat':
        case null:
          return 'About the same number of strategies per moment throughout. Coping is doing its job.';
      }
    case 'worsening':
      return 'You have reached for more strategies per moment lately. That usually means the moments have been heavier — reaching for support is a good thing.';
    case 'not-enough-data':
      return 'Not enough weeks with moments yet to see a trend in how much coping it takes.';
  }
}

export function CopingLoadSection({ report, compact = false }: { report: InsightReport; compact?: boolean }) {
  const { copingLoad: load, period } = report;
  const perMoment = useCallback((w: number) => drawPerMoment(load, period, w, compact), [load, period, compact]);
  const intensity = useCallback((w: number) => drawWeekIntensity(load, period, w, compact), [load, period, compact]);
  const slope = slopeSentence(load.perMoment, PER_MOMENT);
  const soFar = soFarWords(load.weeks, period, true);
  const status =
    load.perMoment.status === 'improving' ? 'needing less coping' : load.perMoment.status === 'worsening' ? 'needing more lately' : statusWords(load.perMoment, VISIBLE.perMoment);
  return (
    <section className="report-section" aria-labelledby="load-heading">
      <h2 id="load-heading">How much coping it takes</h2>
      <p className="section-lead">{loadWords(report)}</p>
      <ChartFigure
        caption={
          compact
            ? (soFar ?? undefined)
            : `Dots: strategies used per moment, week by week. Solid line: the robust trend. Grey bars: how intense that week’s moments were on average (0–10), for context.${soFar !== null ? ` ${soFar}` : ''}`
        }
        table={{
          caption: 'Coping load by week',
          head: ['Week of', 'Moments', 'Strategies', 'Per moment', 'Mean intensity'],
          rows: load.weeks.map((w) => [weekRowLabel(w, period, shortDayYear), w.moments, w.strategies, w.perMoment === null ? '—' : num(w.perMoment), w.meanIntensity === null ? '—' : num(w.meanIntensity)]),
        }}
      >
        <p className="chart-sub">
          Strategies per moment: {earlyToRecent(load.perMoment)} <span className="muted">({status})</span>
        </p>
        <PlotChart
          draw={perMoment}
          label={`Strategies per moment by week: ${earlyToRecent(load.perMoment)} from the early weeks to the recent ones, ${status}.`}
        />
        <p className="chart-sub">Mean intensity that week</p>
        <PlotChart draw={intensity} label="Mean intensity of each week’s moments, 0 to 10, for context." className="chart-context" />
        {slope !== null && <p className="trend-words">{slope}</p>}
      </ChartFigure>
    </section>
  );
}
