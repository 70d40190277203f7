/**
 * The week still going on the as-of day is partial: as of a Monday it holds one day. Its
 * rows say how many days they cover, and no weekly trend counts it as a whole week.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../time.js';
import { buildInsightReport } from './engine.js';
import type { CheckinFact, MomentFact, ShiftFact } from './input.js';
import { daysInPeriod, periodFor } from './period.js';

const MONDAY = '2026-12-07';
const at = (day: string, hour = 12) => ({ ms: Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000, day });

function moment(day: string, strategies: number, intensity = 6): MomentFact {
  return {
    ...at(day),
    trigger: 'Criticism at work',
    intensity,
    bodyState: null,
    settledMinutes: null,
    recognizedEarly: false,
    followedThought: null,
    handledDifferently: false,
    strategies: Array.from({ length: strategies }, (_, i) => ({ name: `S${i}`, role: 'coping' as const, helped: null })),
  };
}

/** Ten whole weeks before MONDAY, each with moments on Tuesday and Friday and two shifts; then MONDAY itself. */
function tenWeeksThenAMonday() {
  const moments: MomentFact[] = [];
  const shifts: ShiftFact[] = [];
  for (let w = 10; w >= 1; w--) {
    const monday = addDays(MONDAY, -7 * w);
    moments.push(moment(addDays(monday, 1), 2), moment(addDays(monday, 4), 2));
    shifts.push({ ...at(addDays(monday, 2)), kind: 'pattern-recognised' }, { ...at(addDays(monday, 5)), kind: 'own-words' });
  }
  // As of Monday morning: one heavy moment, no shifts yet.
  moments.push(moment(MONDAY, 6, 2));
  return { moments, shifts };
}

describe('the week in progress on the as-of day', () => {
  it('counts the days of each week inside the period', () => {
    const period = periodFor(MONDAY, 26, null);
    expect(period.from).toBe('2026-06-09'); // a Tuesday: the first week lost its Monday
    expect(daysInPeriod('2026-06-08', period)).toBe(6);
    expect(daysInPeriod('2026-06-15', period)).toBe(7);
    expect(daysInPeriod(MONDAY, period)).toBe(1);
    expect(daysInPeriod(MONDAY, { from: '2026-11-30', to: '2026-12-13' })).toBe(7);
  });

  it('is a one-day row as of a Monday, and the weekly rows never reach past the as-of day', () => {
    const { moments, shifts } = tenWeeksThenAMonday();
    const r = buildInsightReport({ asOf: MONDAY, weeks: 26, moments, checkins: [], practices: [], shifts });
    const lastLoad = r.copingLoad.weeks.at(-1);
    const lastHealing = r.healing.weeks.at(-1);
    expect(lastLoad).toMatchObject({ week: MONDAY, days: 1, moments: 1, perMoment: 6 });
    expect(lastHealing).toMatchObject({ week: MONDAY, days: 1, shifts: 0 });
    expect(r.copingLoad.weeks.slice(1, -1).every((w) => w.days === 7)).toBe(true);
    expect(r.copingLoad.weeks.every((w) => w.week <= r.asOf)).toBe(true);
  });

  it('leaves the week in progress out of the shifts trend, so "lately" is not pulled down by a day with none', () => {
    const { moments, shifts } = tenWeeksThenAMonday();
    const r = buildInsightReport({ asOf: MONDAY, weeks: 26, moments, checkins: [], practices: [], shifts });
    // Two shifts in every whole week: the recent weekly mean is 2, not (5 × 2 + 0) / 6.
    expect(r.healing.shiftsPerWeek.recent).toBe(2);
    expect(r.healing.shiftsPerWeek.status).toBe('steady');
  });

  it('leaves the week in progress out of the coping-load trend', () => {
    const { moments, shifts } = tenWeeksThenAMonday();
    const r = buildInsightReport({ asOf: MONDAY, weeks: 26, moments, checkins: [], practices: [], shifts });
    // Ten whole weeks of 2 per moment; Monday's single moment with 6 is shown, not trended.
    expect(r.copingLoad.perMoment.n).toBe(10);
    expect(r.copingLoad.perMoment.recent).toBe(2);
    expect(r.copingLoad.perMoment.status).toBe('steady');
  });

  it('counts a week ending on the as-of Sunday as whole', () => {
    const { moments, shifts } = tenWeeksThenAMonday();
    const sunday = addDays(MONDAY, -1);
    const r = buildInsightReport({ asOf: sunday, weeks: 26, moments: moments.filter((m) => m.day <= sunday), checkins: [], practices: [], shifts });
    expect(r.healing.weeks.at(-1)).toMatchObject({ week: addDays(MONDAY, -7), days: 7, shifts: 2 });
    expect(r.copingLoad.perMoment.n).toBe(10);
  });
});

describe('sleep and mood week by week', () => {
  const checkin = (day: string, sleepHours: number | null, mood: number | null): CheckinFact => ({ ...at(day, 8), distress: 3, mood, windowState: null, sleepHours });

  it('gives each week its mean hours slept and mean mood, with gaps where nothing was noted', () => {
    const checkins = [
      checkin('2026-11-23', 6, 2),
      checkin('2026-11-25', 7, 4),
      checkin('2026-11-26', null, 3),
      // the week of 30 Nov: no check-ins
      checkin(MONDAY, 8.5, null),
    ];
    const r = buildInsightReport({ asOf: MONDAY, weeks: 3, moments: [], checkins, practices: [], shifts: [] });
    expect(r.sleepMood.weeks).toEqual([
      { week: '2026-11-23', days: 7, checkins: 3, sleepHours: 6.5, mood: 3 },
      { week: '2026-11-30', days: 7, checkins: 0, sleepHours: null, mood: null },
      { week: MONDAY, days: 1, checkins: 1, sleepHours: 8.5, mood: null },
    ]);
  });

  it('states a trend in sleep only with ten check-ins over three weeks', () => {
    const few = [0, 7, 14, 21].map((d) => checkin(addDays('2026-11-09', d), 5 + d / 7, 3));
    const r = buildInsightReport({ asOf: MONDAY, weeks: 6, moments: [], checkins: few, practices: [], shifts: [] });
    expect(r.sleepMood.sleep.status).toBe('not-enough-data');
    const many = Array.from({ length: 24 }, (_, i) => checkin(addDays('2026-11-02', i + Math.floor(i / 3)), 5 + i * 0.12, 3));
    const r2 = buildInsightReport({ asOf: MONDAY, weeks: 6, moments: [], checkins: many, practices: [], shifts: [] });
    expect(r2.sleepMood.sleep.status).toBe('improving');
    expect(r2.sleepMood.mood.status).toBe('steady');
  });
});
