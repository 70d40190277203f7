/**
 * Plain sentences about questionnaire results. They state numbers and the rule used,
 * frame a rise as part of an uneven path, and never diagnose.
 */
import type { Instrument } from '../../core/measures/instrument.js';
import type { InstrumentSummary } from '../../core/measures/summary.js';
import { localDayOf } from '../../core/time.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March" from an instant, in the person's own calendar day. */
export function dayWords(instant: string): string {
  const day = localDayOf(instant);
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
}

const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;

export function summarySentence(i: Instrument, s: InstrumentSummary): string {
  if (s.kind === 'subscales') {
    return s.count === 1
      ? `You answered the ${i.id} on ${dayWords(s.first.takenAt)}. It has no total: each way of coping has its own score.`
      : `${s.count} answers from ${dayWords(s.first.takenAt)} to ${dayWords(s.latest.takenAt)}. Each way of coping is compared on its own; there is no total.`;
  }
  const band = (b: { label: string } | null) => (b ? ` (${b.label.toLowerCase()})` : '');
  if (s.count === 1) {
    return `You answered the ${i.id} once, on ${dayWords(s.first.takenAt)}: ${s.first.total}${band(s.first.band)}. Another answer later on will show how it is moving.`;
  }
  const from = `From ${s.first.total} on ${dayWords(s.first.takenAt)} to ${s.latest.total} on ${dayWords(s.latest.takenAt)}`;
  if (s.change === 0) return `${from}: the same score. Scores often hold still for a while before they move.`;
  const better = i.scoring?.better === 'higher' ? s.change > 0 : s.change < 0;
  const size = points(Math.abs(s.change));
  const dir = s.change > 0 ? 'higher' : 'lower';
  const threshold = s.reliableChangeThreshold ? ` (the rule used: ${points(Math.ceil(s.reliableChangeThreshold.points))} or more)` : '';
  switch (s.reliableChange) {
    case 'improved':
      return `${from}: ${size} ${dir}, a change big enough to count as reliable improvement${threshold}.`;
    case 'deteriorated':
      return `${from}: ${size} ${dir}, a reliable change for the worse${threshold}. Harder stretches are part of an uneven path, and worth talking through with someone you trust.`;
    case 'no-reliable-change':
    case null:
      return `${from}: ${size} ${dir}${better ? ', a step in a good direction' : ''}, though not yet bigger than the questionnaire’s own ups and downs${threshold}.`;
  }
}

export const NHS_NOTE =
  'This uses the NHS Talking Therapies convention for routine outcomes (first and latest PHQ-9 and GAD-7). It describes change in scores, not whether a treatment worked.';
