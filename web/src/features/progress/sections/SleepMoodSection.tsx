/**
 * "Sleep and mood": the hours slept and the mood noted at check-ins, week by week, each
 * chart with its numbers as a table. Used on Progress and in the session summary.
 */
import { useCallback } from 'react';
import { leaningOf } from '../../../../../src/core/insight/leaning.js';
import type { InsightReport, Trend } from '../../../../../src/core/insight/report.js';
import { ChartFigure } from '../charts/ChartFigure.js';
import { PlotChart } from '../charts/PlotChart.js';
import { drawMood, drawSleep } from '../charts/sleepMoodCharts.js';
import { soFarWords, weekRowLabel } from '../charts/weekSpans.js';
import { shortDayYear } from '../days.js';
import { earlyToRecent, num } from '../trendWords.js';

/** Half an hour a night, a third of a mood point: the smallest changes worth a word (core/insight/leaning.ts). */
const SLEEP_VISIBLE = 0.5;
const MOOD_VISIBLE = 0.3;

/** A steady trend whose line still visibly moves is said as such, never as "no clear change" under a rising line. */
function notYetClearly(t: Trend, minVisible: number, up: string, down: string): string {
  const lean = leaningOf(t, minVisible);
  return lean === 'rising' ? `${up}, not yet clearly` : lean === 'falling' ? `${down}, not yet clearly` : 'no clear change';
}

/** Sleep has no good direction of its own (too little and too much both matter): more or less, never better or worse. */
function sleepStatus(t: Trend): string {
  switch (t.status) {
    case 'improving':
      return 'more sleep lately, clearly';
    case 'worsening':
      return 'less sleep lately, clearly';
    case 'steady':
      return notYetClearly(t, SLEEP_VISIBLE, 'a little more sleep lately', 'a little less sleep lately');
    case 'not-enough-data':
      return 'not enough check-ins yet for a trend';
  }
}

function moodStatus(t: Trend): string {
  switch (t.status) {
    case 'improving':
      return 'brighter lately, clearly';
    case 'worsening':
      return 'lower lately, clearly — worth bringing to a session';
    case 'steady':
      return notYetClearly(t, MOOD_VISIBLE, 'a little brighter lately', 'a little lower lately');
    case 'not-enough-data':
      return 'not enough check-ins yet for a trend';
  }
}

// The label says "hours a night": the numbers stand alone, so the page keeps one style for durations.
const hours = (x: number) => num(x);

export function SleepMoodSection({ report, compact = false }: { report: InsightReport; compact?: boolean }) {
  const { sleepMood: sm, period } = report;
  const sleep = useCallback((w: number) => drawSleep(sm, period, w, compact), [sm, period, compact]);
  const mood = useCallback((w: number) => drawMood(sm, period, w, compact), [sm, period, compact]);
  const anySleep = sm.weeks.some((w) => w.sleepHours !== null);
  const anyMood = sm.weeks.some((w) => w.mood !== null);
  const soFar = soFarWords(sm.weeks, period, false);
  return (
    <section className="report-section" aria-labelledby="sleep-mood-heading">
      <h2 id="sleep-mood-heading">Sleep and mood</h2>
      {!anySleep && !anyMood ? (
        <p className="section-lead">No sleep or mood noted at check-ins in this period. They show here once a check-in notes them.</p>
      ) : (
        <>
          <p className="section-lead">From your check-ins, week by week: the hours you slept a night and your mood, 1 (very low) to 5 (very good).</p>
          <ChartFigure
            caption={compact ? (soFar ?? undefined) : `Each point is a week’s average; a gap is a week without a check-in, which is fine.${soFar !== null ? ` ${soFar}` : ''}`}
            table={{
              caption: 'Sleep and mood by week',
              head: ['Week of', 'Check-ins', 'Sleep (hours a night)', 'Mood (1–5)'],
              rows: sm.weeks.map((w) => [weekRowLabel(w, period, shortDayYear), w.checkins, w.sleepHours === null ? '—' : num(w.sleepHours), w.mood === null ? '—' : num(w.mood)]),
            }}
          >
            {anySleep && (
              <>
                <p className="chart-sub">
                  Sleep, hours a night: {earlyToRecent(sm.sleep, hours)} <span className="muted">({sleepStatus(sm.sleep)})</span>
                </p>
                <PlotChart draw={sleep} label={`Hours slept a night, week by week: ${earlyToRecent(sm.sleep, hours)} from the early weeks to the recent ones, ${sleepStatus(sm.sleep)}.`} />
              </>
            )}
            {anyMood && (
              <>
                <p className="chart-sub">
                  Mood, 1 to 5: {earlyToRecent(sm.mood)} <span className="muted">({moodStatus(sm.mood)})</span>
                </p>
                <PlotChart draw={mood} label={`Mood from 1 to 5, week by week: ${earlyToRecent(sm.mood)} from the early weeks to the recent ones, ${moodStatus(sm.mood)}.`} />
              </>
            )}
          </ChartFigure>
        </>
      )}
    </section>
  );
}
