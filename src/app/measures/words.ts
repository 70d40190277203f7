/**
 * Plain sentences about questionnaire results. They state numbers and the rule used,
 * frame a rise as part of an uneven path, and never diagnose.
 */
import type { Instrument } from '../../core/measures/instrument.js';
import type { InstrumentSummary, TooClose } from '../../core/measures/summary.js';
import { localDayOf } from '../../core/time.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March" from an instant, in the person's own calendar day. */
export function dayWords(instant: string): string {
  const day = localDayOf(instant);
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
}

const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;
const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "3 minutes", "5 hours", "6 days": how far apart two results were, in the largest unit that reads naturally. */
export function apartWords(t: Pick<TooClose, 'minutesApart' | 'daysApart'>): string {
  if (t.minutesApart < 60) return count(t.minutesApart, 'minute');
  if (t.minutesApart < 48 * 60) return count(Math.round(t.minutesApart / 60), 'hour');
  return count(t.daysApart, 'day');
}

/** "at least 2 weeks apart" from 14 days; "at least 4 weeks apart" from 28. */
function minWords(days: number): string {
  return days % 7 === 0 ? `at least ${count(days / 7, 'week')} apart` : `at least ${count(days, 'day')} apart`;
}

/**
 * Why no change is claimed between two results taken close together, in plain words:
 * "These were taken 3 minutes apart; both ask about the last 2 weeks, so Headway compares results at least 2 weeks apart."
 */
export function tooCloseWords(t: TooClose): string {
  return `These were taken ${apartWords(t)} apart; both ask about ${t.recall}, so Headway compares results ${minWords(t.minDays)}.`;
}

export function summarySentence(i: Instrument, s: InstrumentSummary): string {
  const wait = s.tooClose === null ? '' : ` ${tooCloseWords(s.tooClose)}`;
  if (s.kind === 'subscales') {
    if (s.tooClose !== null) return `${s.count} answers from ${dayWords(s.first.takenAt)} to ${dayWords(s.latest.takenAt)}.${wait}`;
    return s.count === 1
      ? `You answered the ${i.id} on ${dayWords(s.first.takenAt)}. It has no total: each way of coping has its own score.`
      : `${s.count} answers from ${dayWords(s.first.takenAt)} to ${dayWords(s.latest.takenAt)}. Each way of coping is compared on its own; there is no total.`;
  }
  const band = (b: { label: string } | null) => (b ? ` (${b.label.toLowerCase()})` : '');
  if (s.count === 1) {
    return `You answered the ${i.id} once, on ${dayWords(s.first.takenAt)}: ${s.first.total}${band(s.first.band)}. Another answer later on will show how it is moving.`;
  }
  const from = `From ${s.first.total} on ${dayWords(s.first.takenAt)} to ${s.latest.total} on ${dayWords(s.latest.takenAt)}`;
  if (s.tooClose !== null) return `${from}.${wait}`;
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
