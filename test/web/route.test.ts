import { describe, expect, it } from 'vitest';
import { parseHash } from '../../web/src/lib/route.js';

describe('parseHash', () => {
  it('reads the questionnaire pages and the safety plan, old address included', () => {
    expect(parseHash('#/questionnaires/PHQ-9/take')).toEqual({ page: 'take', instrument: 'PHQ-9' });
    expect(parseHash('#/questionnaires/Brief-COPE')).toEqual({ page: 'results', instrument: 'Brief-COPE' });
    expect(parseHash('#/help')).toEqual({ page: 'safety' });
  });

  it('falls back to the list for a mangled or unknown questionnaire, never throwing', () => {
    expect(parseHash('#/questionnaires/%E0')).toEqual({ page: 'measures' });
    expect(parseHash('#/questionnaires/PHQ-8/take')).toEqual({ page: 'measures' });
  });
});
