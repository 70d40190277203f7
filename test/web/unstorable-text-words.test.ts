/**
 * What the web app says beside a field holding a character Headway cannot store, whether
 * its own check finds it (the contracts' schemas) or the server does: one plain sentence
 * naming the field, no code words, no blame.
 */
import { describe, expect, it } from 'vitest';
import { momentCreateSchema } from '../../src/contracts/entries.js';
import { safetyPlanBodySchema } from '../../src/contracts/safety.js';
import { personUpdateSchema } from '../../src/contracts/toolkit.js';
import { ApiError } from '../../web/src/lib/api.js';
import { check, errorsFromApi, sentence } from '../../web/src/lib/form.js';

const SAYS = 'has a character Headway can’t store (a hidden control character, or part of a broken letter or emoji). Please take it out and try again';

describe('a field holding a character Headway cannot store', () => {
  it('is named in one kind sentence beside it, found by the form itself', () => {
    const moment = check(momentCreateSchema, { trigger: 'Work\ud83d', intensity: 3, note: 'clear\u001b[2J' });
    expect(sentence('Note', moment['note']!)).toBe(`Note ${SAYS}.`);
    expect(sentence('Trigger', moment['trigger']!)).toBe(`Trigger ${SAYS}.`);
    const plan = check(safetyPlanBodySchema, { steps: { askForHelp: ['Sam\u0000'] } });
    expect(sentence('Line 1', plan['steps.askForHelp[0]']!)).toBe(`Line 1 ${SAYS}.`);
    expect(check(personUpdateSchema, { displayName: 'Ana\u0085', country: 'GB' })['displayName']).toBe(SAYS);
  });

  it('is placed beside its field when the server finds it', () => {
    const error = new ApiError('validation_failed', `note: ${SAYS}`, 400, 'note', [{ path: 'note', message: SAYS }]);
    expect(errorsFromApi(error)).toEqual({ fields: { note: SAYS }, form: null });
  });
});
