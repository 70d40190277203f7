/**
 * Standardised measures inside the insight report: each reliable change becomes a line of
 * evidence, and when scores hold still while a trigger softens, invisible progress says so
 * (PRODUCT.md: progress a person cannot feel yet).
 */
import type { CalendarDay } from '../time.js';
import { dayWords } from '../words/dates.js';
import { count } from '../words/plural.js';
import type { EvidenceLine, InvisibleProgress, MeasureSummary, TriggerReport } from './report.js';

const pts = (n: number) => count(Math.abs(n), 'point');

/** The two spans the report counts questionnaire change over, and the words that name them. */
export interface MeasureSpans {
  /** The period the person chose, from its first result. */
  period: readonly MeasureSummary[];
  /** "In these 6 weeks", "Since therapy began", "Over everything logged". */
  periodWords: string;
  /** From the first result on or after the day therapy began, or the first ever. */
  therapy: readonly MeasureSummary[];
  /** "Since therapy began", or "Since the first results" when no start day is given. */
  therapyWords: string;
}

/** "3 Mar 2026 → 1 Dec 2026": the days of the two results compared. */
export const resultDays = (m: MeasureSummary): string => `${dayWords(m.firstOn)} → ${dayWords(m.latestOn)}`;

function line(m: MeasureSummary, words: string): EvidenceLine | null {
  if (m.first === null || m.latest === null || m.change === null) return null;
  const moved = `${words} (${resultDays(m)}), ${m.instrument} went from ${m.first} to ${m.latest}`;
  switch (m.reliableChange) {
    case 'improved':
      return { source: 'measures', points: 'progress', text: `${moved}: a reliable improvement of ${pts(m.change)}.` };
    case 'deteriorated':
      return { source: 'measures', points: 'strain', text: `${moved}: a reliable change for the worse (${pts(m.change)}). Worth talking through with someone you trust.` };
    case 'no-reliable-change':
      return { source: 'measures', points: 'steady', text: `${moved}: within the questionnaire’s usual ups and downs.` };
    case null:
      return null;
  }
}

const sameCourse = (a: MeasureSummary, b: MeasureSummary | undefined) => b !== undefined && a.firstOn === b.firstOn && a.latestOn === b.latestOn;

/**
 * One line per questionnaire and span whose change can be judged, each naming its span and
 * the days of the two results: the course since therapy began first, then the chosen period
 * when it starts from a different result (a window's "9 → 8" must never stand alone for a
 * therapy that went 15 → 8).
 */
export function measureEvidence(spans: MeasureSpans): EvidenceLine[] {
  const out: EvidenceLine[] = [];
  for (const t of spans.therapy) {
    const l = line(t, spans.therapyWords);
    if (l) out.push(l);
  }
  for (const m of spans.period) {
    if (sameCourse(m, spans.therapy.find((t) => t.instrument === m.instrument))) continue;
    const l = line(m, spans.periodWords);
    if (l) out.push(l);
  }
  return out;
}

/** Words for the chosen period: by its first day, its weeks, or everything. */
export function periodWords(span: { from: CalendarDay } | number | null, therapyStartedOn: CalendarDay | null): string {
  if (span === null) return 'Over everything logged';
  if (typeof span === 'number') return `In these ${count(span, 'week')}`;
  return span.from === therapyStartedOn ? 'Since therapy began' : `Since ${dayWords(span.from)}`;
}

export const therapyWords = (startedOn: CalendarDay | null): string => (startedOn === null ? 'Since the first results' : 'Since therapy began');

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
