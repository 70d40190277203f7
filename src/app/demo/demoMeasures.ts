/**
 * The demo's questionnaires: a PHQ-9 and GAD-7 every two weeks that ease over the half
 * year (with one harder fortnight), a monthly WHO-5, two Brief COPEs, reminder rhythms
 * and a filled-in safety plan. Deterministic for a given day (ids aside); no critical answers.
 */
import type { MeasureId } from '../../core/ids.js';
import type { InstrumentId } from '../../core/measures/instrument.js';
import type { MeasureResponse, SafetyPlan } from '../../core/safety/records.js';
import { addDays, formatInstant, type CalendarDay } from '../../core/time.js';

/** Spreads `total` over `items` answers of at most `max` each, leaving `zeroLast` items at 0. */
function spread(total: number, items: number, max: number, zeroLast = 0): number[] {
  const usable = items - zeroLast;
  const answers = Array.from({ length: items }, () => 0);
  for (let i = 0, left = total; left > 0; i = (i + 1) % usable) {
    if ((answers[i] ?? 0) < max) {
      answers[i] = (answers[i] ?? 0) + 1;
      left--;
    }
  }
  return answers;
}

const PLAN: Omit<SafetyPlan, 'updatedAt'> = {
  steps: {
    warningSigns: ['Staying in bed past noon', 'Cancelling on friends two weekends running', 'Thinking "what is the point"'],
    onMyOwn: ['A slow walk round the park', 'Cold water on my face, then tea', 'The playlist Jo made me'],
    distractions: ['The café on Mill Street', 'Calling my sister about nothing in particular'],
    askForHelp: ['Jo (sister): 07700 900 123', 'Sam from work: 07700 900 456'],
    professionals: ['Dr Patel, therapist: Tuesdays, 01632 960 000', 'GP surgery: 01632 960 111', 'Samaritans: 116 123'],
    saferSurroundings: ['Ask Jo to keep the spare medication at hers'],
  },
  mattersMost: 'Jo and the kids, and the allotment in spring.',
};

export interface DemoCare {
  measures: MeasureResponse[];
  safetyPlan: SafetyPlan & { updatedAt: string };
  schedules: Array<{ instrument: InstrumentId; everyDays: number }>;
}

/** The demo's questionnaires, plan and rhythms, in the export format's shape, up to `nowMs`. */
export function demoCare(newId: () => string, today: CalendarDay, offsetMinutes: number, nowMs: number): DemoCare {
  const start = addDays(today, -26 * 7 + 3);
  const forms: Array<{ instrument: InstrumentId; day: CalendarDay; answers: number[] }> = [];
  for (let k = 0; k <= 12; k++) {
    const day = addDays(start, k * 14);
    const hard = k === 8 ? 3 : 0; // a harder fortnight: part of an uneven path
    forms.push({ instrument: 'PHQ-9', day, answers: spread(Math.round(15 - (7 * k) / 12) + hard, 9, 3, 1) });
    forms.push({ instrument: 'GAD-7', day, answers: spread(Math.round(12 - (5 * k) / 12) + hard, 7, 3) });
  }
  for (let k = 0; k <= 5; k++) forms.push({ instrument: 'WHO-5', day: addDays(start, k * 30 + 1), answers: spread(9 + k, 5, 5) });
  forms.push({ instrument: 'Brief-COPE', day: addDays(start, 2), answers: [3, 2, 2, 1, 2, 2, 2, 1, 3, 1, 1, 1, 3, 2, 2, 2, 1, 2, 3, 1, 3, 1, 1, 1, 2, 3, 1, 1] });
  forms.push({ instrument: 'Brief-COPE', day: addDays(start, 150), answers: [2, 3, 1, 1, 3, 1, 3, 1, 2, 2, 1, 2, 2, 3, 3, 1, 2, 2, 3, 2, 2, 1, 2, 3, 3, 1, 1, 2] });

  const measures: MeasureResponse[] = forms
    .map((f) => ({ f, ms: Date.parse(`${f.day}T19:30:00Z`) - offsetMinutes * 60_000 }))
    .filter(({ ms }) => ms <= nowMs)
    .sort((a, b) => a.ms - b.ms)
    .map(({ f, ms }) => {
      const at = formatInstant(ms, offsetMinutes);
      return { id: newId() as MeasureId, instrument: f.instrument, takenAt: at, answers: f.answers, source: 'app', createdAt: at };
    });
  return {
    measures,
    safetyPlan: { ...PLAN, updatedAt: formatInstant(nowMs, offsetMinutes) },
    schedules: [
      { instrument: 'PHQ-9', everyDays: 14 },
      { instrument: 'GAD-7', everyDays: 14 },
    ],
  };
}
