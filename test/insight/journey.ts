/**
 * A small language for simulated journeys: deterministic (seeded) moments and check-ins
 * over a number of weeks, for scenario tests and the calibration simulations.
 */
import { mulberry32 } from '../../src/core/stats/prng.js';
import { addDays, formatInstant } from '../../src/core/time.js';
import type { CheckinFact, InsightInput, MomentFact, PracticeFact, ShiftFact } from '../../src/core/insight/input.js';
import type { BodyState, ShiftKind, StrategyRole } from '../../src/core/vocabulary.js';

export const rng = mulberry32;

export function normal(r: () => number): number {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export interface Journey {
  start: string;
  asOf: string;
  moments: MomentFact[];
  checkins: CheckinFact[];
  practices: PracticeFact[];
  shifts: ShiftFact[];
}

export function journey(asOf: string, weeks: number): Journey {
  return { start: addDays(asOf, -weeks * 7 + 1), asOf, moments: [], checkins: [], practices: [], shifts: [] };
}

const at = (day: string, hour: number): { ms: number; day: string } => {
  const ms = Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000;
  return { ms, day: formatInstant(ms, 0).slice(0, 10) };
};

export interface MomentSpec {
  trigger: string;
  /** Intensity on day d (0-based from the start), before noise. */
  intensity: (d: number) => number;
  noiseSd?: number;
  settled?: (d: number) => number | null;
  bodyState?: (d: number) => BodyState | null;
  aware?: (d: number) => boolean;
  strategies?: (d: number) => Array<{ name: string; role: StrategyRole; helped?: boolean | null }>;
}

/** `count` moments spread evenly (with jitter) over days [fromDay, toDay]. */
export function addMoments(j: Journey, r: () => number, spec: MomentSpec, count: number, fromDay = 0, toDay?: number): void {
  const last = toDay ?? Math.round((Date.parse(`${j.asOf}T00:00:00Z`) - Date.parse(`${j.start}T00:00:00Z`)) / 86_400_000);
  for (let i = 0; i < count; i++) {
    const d = Math.min(last, Math.max(fromDay, Math.round(fromDay + ((i + r()) / count) * (last - fromDay))));
    const base = at(addDays(j.start, d), 9 + Math.floor(r() * 12));
    const awareNow = spec.aware?.(d) ?? false;
    j.moments.push({
      ...base,
      trigger: spec.trigger,
      intensity: Math.round(clamp(spec.intensity(d) + normal(r) * (spec.noiseSd ?? 1.5), 0, 10)),
      bodyState: spec.bodyState?.(d) ?? null,
      settledMinutes: spec.settled?.(d) ?? null,
      recognizedEarly: awareNow,
      followedThought: awareNow ? false : true,
      handledDifferently: false,
      strategies: (spec.strategies?.(d) ?? []).map((s) => ({ name: s.name, role: s.role, helped: s.helped ?? null })),
    });
  }
}

export function addDailyCheckins(
  j: Journey,
  r: () => number,
  spec: { distress: (d: number) => number; mood?: (d: number) => number; window?: (d: number) => BodyState; skipDays?: (d: number) => boolean },
  fromDay = 0,
): void {
  const days = Math.round((Date.parse(`${j.asOf}T00:00:00Z`) - Date.parse(`${j.start}T00:00:00Z`)) / 86_400_000);
  for (let d = fromDay; d <= days; d++) {
    if (spec.skipDays?.(d)) continue;
    j.checkins.push({
      ...at(addDays(j.start, d), 21),
      distress: Math.round(clamp(spec.distress(d) + normal(r), 0, 10)),
      mood: spec.mood ? Math.round(clamp(spec.mood(d) + normal(r) * 0.6, 1, 5)) : null,
      windowState: spec.window?.(d) ?? null,
    });
  }
}

export function addShift(j: Journey, d: number, kind: ShiftKind): void {
  j.shifts.push({ ...at(addDays(j.start, d), 20), kind });
}

export function addPractice(j: Journey, d: number, kind: string, minutes: number): void {
  j.practices.push({ ...at(addDays(j.start, d), 18), kind, minutes });
}

export function input(j: Journey, weeks: number | null = null): InsightInput {
  return { asOf: j.asOf, weeks, moments: j.moments, checkins: j.checkins, practices: j.practices, shifts: j.shifts };
}
