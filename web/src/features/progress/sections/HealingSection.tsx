/** "Healing work and shifts": practice and noticed shifts, week by week, and which shifts came up. */
import { useCallback } from 'react';
import type { InsightReport } from '../../../../../src/core/insight/report.js';
import { SHIFT_KIND_LABELS, SHIFT_KINDS, type ShiftKind } from '../../../../../src/core/vocabulary.js';
import { ChartFigure } from '../charts/ChartFigure.js';
import { PlotChart } from '../charts/PlotChart.js';
import { soFarWords, weekRowLabel } from '../charts/weekSpans.js';
import { drawHealing } from '../charts/weeklyCharts.js';
import { shortDayYear } from '../days.js';
import { count } from '../../../../../src/core/words/plural.js';
import { earlyToRecent, minutes, perWeek, slopeSentence } from '../trendWords.js';

const isShiftKind = (k: string): k is ShiftKind => (SHIFT_KINDS as readonly string[]).includes(k);

export function HealingSection({ report, compact = false }: { report: InsightReport; compact?: boolean }) {
  const { healing: h, period } = report;
  const draw = useCallback((w: number) => drawHealing(h, period, w, compact), [h, period, compact]);
  const practices = h.weeks.reduce((s, w) => s + w.practices, 0);
  const shifts = h.weeks.reduce((s, w) => s + w.shifts, 0);
  const practiceSlope = slopeSentence(h.practicesPerWeek, perWeek('practice'));
  const shiftSlope = slopeSentence(h.shiftsPerWeek, perWeek('shift'));
  return (
    <section className="report-section" aria-labelledby="healing-heading">
      <h2 id="healing-heading">Healing work and shifts</h2>
      <p className="section-lead">
        {practices === 0 && shifts === 0
          ? 'No healing practice or shifts noted in this period. They count whenever they happen — there is no schedule to keep.'
          : `${count(practices, 'healing practice')}${h.practiceMinutes > 0 ? ` (${minutes(h.practiceMinutes)} in all)` : ''} and ${count(shifts, 'shift')} noted. Each one counts.`}
      </p>
      <ChartFigure
        legend={
          <ul className="legend" aria-label="Legend">
            <li>
              <span className="swatch swatch-practice" aria-hidden="true" />
              practices (bars)
            </li>
            <li>
              <span className="swatch swatch-shift" aria-hidden="true">
                ◆
              </span>
              shifts (line)
            </li>
          </ul>
        }
        caption={soFarWords(h.weeks, period, true) ?? undefined}
        table={{
          caption: 'Healing work by week',
          head: ['Week of', 'Practices', 'Practice minutes', 'Shifts'],
          rows: h.weeks.map((w) => [weekRowLabel(w, period, shortDayYear), w.practices, w.practiceMinutes, w.shifts]),
        }}
      >
        <p className="chart-sub">
          Per week — practices {earlyToRecent(h.practicesPerWeek)}, shifts {earlyToRecent(h.shiftsPerWeek)}
        </p>
        <PlotChart
          draw={draw}
          label={`Healing practices and shifts per week. Practices ${earlyToRecent(h.practicesPerWeek)}, shifts ${earlyToRecent(h.shiftsPerWeek)}, early weeks to recent ones.`}
        />
        {practiceSlope !== null && <p className="trend-words">Practices: {practiceSlope}</p>}
        {shiftSlope !== null && <p className="trend-words">Shifts: {shiftSlope}</p>}
      </ChartFigure>
      {h.shiftKinds.length > 0 && !compact && (
        <>
          <h3>The shifts you noticed</h3>
          <ul className="shift-kinds">
            {h.shiftKinds.map((k) => (
              <li key={k.kind}>
                <span className="shift-count">{k.count}×</span> {isShiftKind(k.kind) ? SHIFT_KIND_LABELS[k.kind] : k.kind}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
