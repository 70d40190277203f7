/**
 * What the summary covers: since therapy began (the default once the day is known), the
 * last few weeks, or everything; how each is asked of the report, and named on the page.
 */
import type { CalendarDay } from '../../../../src/core/time.js';
import { dayWords } from '../../../../src/core/words/dates.js';

export type SummarySpan = 'therapy' | 4 | 6 | 8 | 12 | 'all';

const WEEKS = [4, 6, 8, 12] as const;

export function spanOptions(startedOn: CalendarDay | null): Array<{ value: SummarySpan; label: string }> {
  return [
    ...(startedOn !== null ? [{ value: 'therapy' as const, label: `Since therapy began (${dayWords(startedOn)})` }] : []),
    ...WEEKS.map((w) => ({ value: w, label: `The last ${w} weeks` })),
    { value: 'all' as const, label: 'Everything' },
  ];
}

export const defaultSpan = (startedOn: CalendarDay | null): SummarySpan => (startedOn !== null ? 'therapy' : 6);

/** GET /api/report for the span; "since therapy began" is the period from that day. */
export function summaryPath(asOf: CalendarDay, span: SummarySpan, startedOn: CalendarDay | null): string {
  const params = new URLSearchParams({ asOf });
  if (span === 'therapy' && startedOn !== null) params.set('from', startedOn > asOf ? asOf : startedOn);
  else params.set('weeks', span === 'therapy' ? '6' : String(span));
  return `/api/report?${params.toString()}`;
}

/** "Since therapy began", "The last 6 weeks", "Everything": the period's name on every printed page. */
export function spanTitle(span: SummarySpan, startedOn: CalendarDay | null): string {
  if (span === 'therapy') return startedOn !== null ? 'Since therapy began' : 'The last 6 weeks';
  return span === 'all' ? 'Everything' : `The last ${span} weeks`;
}

/** How the period's own questionnaire change is introduced: "In these 6 weeks", "Since therapy began". */
export function spanLead(span: SummarySpan, startedOn: CalendarDay | null): string {
  if (span === 'therapy') return startedOn !== null ? 'Since therapy began' : 'In these 6 weeks';
  return span === 'all' ? 'Over everything logged' : `In these ${span} weeks`;
}
