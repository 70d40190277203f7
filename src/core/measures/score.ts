/**
 * Scoring one completed questionnaire (MEASURES.md §2 per instrument, §4 for critical items).
 */
import {
  bandOf,
  isCase,
  subscaleRange,
  type CriticalTier,
  type Instrument,
  type SeverityBand,
  type TotalScoredInstrument,
} from './instrument.js';

export interface CriticalAnswer {
  /** 1-based item number. */
  item: number;
  value: number;
  /** 'urgent' (PHQ-9 item 9) or 'notice' (PCL-5 item 16); see CriticalTier. */
  tier: CriticalTier;
}

/** A subscale's raw item sum, with its possible range (PCL-5 cluster C 0–8, Brief COPE scale 2–8). */
export interface SubscaleScore {
  id: string;
  label: string;
  score: number;
  min: number;
  max: number;
}

type Refusal =
  | { ok: false; reason: 'missing-items'; missing: number[]; criticalItems: CriticalAnswer[] }
  | { ok: false; reason: 'out-of-range'; items: number[]; criticalItems: CriticalAnswer[] };

/** Result for any instrument: the total and what hangs on it are null when the instrument has none. */
export type ScoreResult =
  | {
      ok: true;
      /** Reported total: raw sum × the instrument's multiplier (WHO-5: percentage 0–100); null for the Brief COPE. */
      total: number | null;
      rawTotal: number | null;
      band: SeverityBand | null;
      caseness: boolean | null;
      subscales: SubscaleScore[];
      criticalItems: CriticalAnswer[];
    }
  | Refusal;

/** Result for an instrument with a total, bands and caseness (PHQ-9, GAD-7, WHO-5, PCL-5). */
export type TotalScoreResult =
  | {
      ok: true;
      total: number;
      rawTotal: number;
      band: SeverityBand;
      caseness: boolean;
      subscales: SubscaleScore[];
      criticalItems: CriticalAnswer[];
    }
  | Refusal;

/**
 * Scores one administration. `answers[i]` is the value given for item i + 1, or null if unanswered.
 *
 * - Total = sum of item values × `scoring.multiplier` (PHQ-9 0–27, GAD-7 0–21, WHO-5 raw 0–25 × 4,
 *   PCL-5 0–80). Null, with band and caseness, for an instrument without a total (Brief COPE).
 * - `subscales`: each subscale's raw item sum, in the instrument's order (PCL-5 clusters B–E;
 *   Brief COPE's 14 scales, 2–8 each). Groupings of subscales are never summed.
 * - Any missing item refuses the score (`missing-items`, 1-based item numbers). There is no
 *   pro-rating: no rule is verified (MEASURES.md §2.1), and a PHQ-9 without item 9 must never
 *   pass as a silent PHQ-8 (§4). The same holds for subscales: no partial subscale scores.
 * - A value that is not one of the instrument's answer values (a Brief COPE 0 included, since it
 *   is coded 1–4), or an answer beyond the last item, refuses the score (`out-of-range`). It is
 *   checked before missing items, because it means the data are wrong, not merely incomplete.
 * - `criticalItems` lists every valid answer that meets a critical-item rule, with the rule's tier
 *   (PHQ-9 item 9 ≥ 1 urgent, PCL-5 item 16 ≥ 2 notice; §4). It is present on refusals too, so an
 *   incomplete form can never hide a critical answer.
 */
export function scoreAdministration(instrument: TotalScoredInstrument, answers: ReadonlyArray<number | null>): TotalScoreResult;
export function scoreAdministration(instrument: Instrument, answers: ReadonlyArray<number | null>): ScoreResult;
export function scoreAdministration(instrument: Instrument, answers: ReadonlyArray<number | null>): ScoreResult {
  const allowed = new Set(instrument.responses.map((r) => r.value));
  const outOfRange: number[] = [];
  const missing: number[] = [];
  const criticalItems: CriticalAnswer[] = [];

  answers.forEach((value, i) => {
    if (i >= instrument.items.length || (value !== null && !allowed.has(value))) outOfRange.push(i + 1);
  });
  instrument.items.forEach((item, i) => {
    const value = answers[i];
    if (value === null || value === undefined) missing.push(item.number);
  });
  for (const rule of instrument.criticalItems) {
    const value = answers[rule.item - 1];
    if (value !== null && value !== undefined && allowed.has(value) && value >= rule.minValue) {
      criticalItems.push({ item: rule.item, value, tier: rule.tier });
    }
  }

  if (outOfRange.length > 0) return { ok: false, reason: 'out-of-range', items: outOfRange, criticalItems };
  if (missing.length > 0) return { ok: false, reason: 'missing-items', missing, criticalItems };

  const valueOf = (itemNumber: number): number => answers[itemNumber - 1] ?? 0;
  const subscales = instrument.subscales.map((s) => ({
    id: s.id,
    label: s.label,
    score: s.items.reduce((sum, n) => sum + valueOf(n), 0),
    ...subscaleRange(instrument, s),
  }));

  if (instrument.scoring === null) {
    return { ok: true, total: null, rawTotal: null, band: null, caseness: null, subscales, criticalItems };
  }
  let rawTotal = 0;
  for (const value of answers) rawTotal += value ?? 0;
  const total = rawTotal * instrument.scoring.multiplier;
  const band = bandOf(instrument, total);
  // Unreachable while the bands cover the whole range (checked by instruments.test.ts). The
  // message names the instrument only: errors never carry scores (STYLE.md §14).
  if (band === null && instrument.bands.length > 0) throw new Error(`${instrument.id}: a possible total falls in no band`);
  return { ok: true, total, rawTotal, band, caseness: isCase(instrument, total), subscales, criticalItems };
}
