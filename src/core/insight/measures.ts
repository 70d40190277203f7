/**
 * Standardised measures inside the insight report: each reliable change becomes a line of
 * evidence, and when scores hold still while a trigger softens, invisible progress says so
 * (PRODUCT.md: progress a person cannot feel yet).
 */
import type { EvidenceLine, InvisibleProgress, MeasureSummary, TriggerReport } from './report.js';

const pts = (n: number) => `${Math.abs(n)} point${Math.abs(n) === 1 ? '' : 's'}`;

export function measureEvidence(measures: readonly MeasureSummary[]): EvidenceLine[] {
  const out: EvidenceLine[] = [];
  for (const m of measures) {
    if (m.first === null || m.latest === null || m.change === null) continue;
    const moved = `${m.instrument} went from ${m.first} to ${m.latest}`;
    if (m.reliableChange === 'improved') out.push({ source: 'measures', points: 'progress', text: `${moved}: a reliable improvement of ${pts(m.change)}.` });
    else if (m.reliableChange === 'deteriorated') {
      out.push({ source: 'measures', points: 'strain', text: `${moved}: a reliable change for the worse (${pts(m.change)}). Worth talking through with someone you trust.` });
    } else if (m.reliableChange === 'no-reliable-change') {
      out.push({ source: 'measures', points: 'steady', text: `${moved}: within the questionnaire’s usual ups and downs.` });
    }
  }
  return out;
}

/**
 * When every measure with two or more scores shows no reliable change, and at least one
 * trigger's moments are softening, one sentence puts the two side by side.
 */
export function flatScoresProgress(measures: readonly MeasureSummary[], triggers: readonly TriggerReport[]): InvisibleProgress[] {
  const compared = measures.filter((m) => m.reliableChange !== null && m.first !== null && m.latest !== null);
  if (compared.length === 0 || compared.some((m) => m.reliableChange !== 'no-reliable-change')) return [];
  const softer = triggers.find((t) => t.status === 'improving');
  if (!softer) return [];
  const scores = compared.map((m) => `${m.instrument} ${m.first} → ${m.latest}`).join(', ');
  const early = softer.intensity.early;
  const recent = softer.intensity.recent;
  const how = early !== null && recent !== null ? ` (intensity ${early.toFixed(1)} → ${recent.toFixed(1)})` : '';
  return [
    {
      trigger: softer.trigger,
      text: `Your questionnaire scores have not moved beyond their usual ups and downs (${scores}), yet “${softer.trigger}” lands more softly than it did${how}. How a moment lands often changes before the scores do.`,
    },
  ];
}
