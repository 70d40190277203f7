/** Saving the day therapy began, shared by Settings and the one-time question. */
import { personUpdateSchema, type PersonView } from '../../../../src/contracts/toolkit.js';
import type { CalendarDay } from '../../../../src/core/time.js';
import { dayWords } from '../../../../src/core/words/dates.js';
import { api } from '../../lib/api.js';
import type { FieldErrors } from '../../lib/form.js';
import type { Submitter } from '../../lib/useSubmit.js';
import { today } from '../../lib/when.js';

export const THERAPY_FIELD = 'therapyStartedOn';

/**
 * The browser's date box gives '' both when empty and when what was typed is not a whole
 * date; `typed` (the box's validity) tells them apart, so a half-typed date is not taken as
 * "clear it".
 */
export function earlyProblems(value: string, incomplete: boolean): FieldErrors {
  if (incomplete) return { [THERAPY_FIELD]: 'needs a whole date: day, month and year.' };
  if (value !== '' && value > today()) return { [THERAPY_FIELD]: "can't be in the future: give the day it began, or leave it empty." };
  return {};
}

/** PATCH /api/person with the day (or null to clear it); null when the form shows a problem. */
export function saveTherapyStart(form: Submitter, value: string, incomplete: boolean): Promise<PersonView | null> {
  const body = { therapyStartedOn: value === '' ? null : value };
  return form.submit(personUpdateSchema, body, () => api.patch<PersonView>('/api/person', body), earlyProblems(value, incomplete));
}

/** "3 Mar 2026". */
export const startWords = (day: CalendarDay): string => dayWords(day);

/** True for a practice the person named a therapy session, in any letter case or spacing. */
export function isTherapySession(kind: string): boolean {
  return kind.trim().replace(/\s+/g, ' ').toLowerCase() === 'therapy session';
}
