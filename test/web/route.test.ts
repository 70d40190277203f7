import { describe, expect, it } from 'vitest';
import { href, parseHash } from '../../web/src/lib/route.js';

describe('parseHash', () => {
  it('reads the questionnaire pages and the safety plan, old address included', () => {
    expect(parseHash('#/questionnaires/PHQ-9/take')).toEqual({ page: 'take', instrument: 'PHQ-9' });
    expect(parseHash('#/questionnaires/Brief-COPE')).toEqual({ page: 'results', instrument: 'Brief-COPE' });
    expect(parseHash('#/help')).toEqual({ page: 'safety' });
  });

  it('reads the safety plan to edit as its own address, and writes it back the same', () => {
    expect(parseHash('#/safety-plan/edit')).toEqual({ page: 'safety', edit: true });
    expect(parseHash('#/safety-plan/other')).toEqual({ page: 'safety' });
    expect(href({ page: 'safety', edit: true })).toBe('#/safety-plan/edit');
    expect(href({ page: 'safety' })).toBe('#/safety-plan');
  });

  it('falls back to the list for a mangled or unknown questionnaire, never throwing', () => {
    expect(parseHash('#/questionnaires/%E0')).toEqual({ page: 'measures' });
    expect(parseHash('#/questionnaires/PHQ-8/take')).toEqual({ page: 'measures' });
  });
});
