/**
 * Scoring one completed questionnaire (MEASURES.md §2 per instrument, §4 for critical items).
 */
import { bandOf, isCase, type Instrument, type SeverityBand } from './instrument.js';

export interface CriticalAnswer {
  /** 1-based item number. */
  item: number;
  value: number;
}

export type ScoreResult =
  | {
      ok: true;
      /** Reported total: raw sum × the instrument's multiplier (WHO-5: percentage 0–100). */
      total: number;
      rawTotal: number;
      band: SeverityBand;
      caseness: boolean;
      criticalItems: CriticalAnswer[];
    }
  | { ok: false; reason: 'missing-items'; missing: number[]; criticalItems: CriticalAnswer[] }
  | { ok: false; reason: 'out-of-range'; items: number[]; criticalItems: CriticalAnswer[] };

/**
 * Scores one administration. `answers[i]` is the value given for item i + 1, or null if unanswered.
 *
 * - Total = sum of item values × `scoring.multiplier` (PHQ-9 0–27, GAD-7 0–21, WHO-5 raw 0–25 × 4).
 * - Any missing item refuses the score (`missing-items`, 1-based item numbers). There is no
 *   pro-rating: no rule is verified (MEASURES.md §2.1), and a PHQ-9 without item 9 must never
 *   pass as a silent PHQ-8 (§4).
 * - A value that is not one of the instrument's answer values, or an answer beyond the last
 *   item, refuses the score (`out-of-range`). It is checked before missing items, because
 *   it means the data are wrong, not merely incomplete.
 * - `criticalItems` lists every valid answer that meets a critical-item rule (PHQ-9 item 9 ≥ 1,
 *   §4). It is present on refusals too, so an incomplete form can never hide a critical answer.
 */
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
      criticalItems.push({ item: rule.item, value });
    }
  }

  if (outOfRange.length > 0) return { ok: false, reason: 'out-of-range', items: outOfRange, criticalItems };
  if (missing.length > 0) return { ok: false, reason: 'missing-items', missing, criticalItems };

  let rawTotal = 0;
  for (const value of answers) rawTotal += value ?? 0;
  const total = rawTotal * instrument.scoring.multiplier;
  const band = bandOf(instrument, total);
  // Unreachable while the bands cover the whole range (checked by instruments.test.ts).
  if (band === null) throw new Error(`${instrument.id}: no severity band holds total ${total}`);
  return { ok: true, total, rawTotal, band, caseness: isCase(instrument, total), criticalItems };
}
