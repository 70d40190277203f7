import { describe, expect, it } from 'vitest';
import { CRISIS_COUNTRIES, CRISIS_LINES, countryFromLocale, crisisLinesFor } from './crisis-lines.js';

describe('crisis lines', () => {
  it('has, for every country it lists, at least one support line and an emergency number', () => {
    for (const country of CRISIS_COUNTRIES) {
      const { lines, exact } = crisisLinesFor(country);
      expect(exact, country).toBe(true);
      expect(lines.some((l) => !l.emergency), country).toBe(true);
      expect(lines.some((l) => l.emergency), country).toBe(true);
    }
  });

  it('records for every line where it came from and when it was checked', () => {
    for (const line of CRISIS_LINES) {
      expect(line.sourceUrl).toMatch(/^https?:\/\//);
      expect(line.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(line.tel ?? line.sms?.number ?? '').toMatch(/^\d+$/);
    }
  });

  it('gives EU members without their own list the EU-wide numbers', () => {
    const fr = crisisLinesFor('fr');
    expect(fr.exact).toBe(false);
    expect(fr.shownFor).toBe('EU');
    expect(fr.lines.map((l) => l.tel)).toEqual(['116123', '112']);
  });

  it('never shows nothing: an unknown country gets every list', () => {
    const jp = crisisLinesFor('JP');
    expect(jp.exact).toBe(false);
    expect(jp.lines).toHaveLength(CRISIS_LINES.length);
  });

  it('guesses the country from a locale, and falls back to US', () => {
    expect(countryFromLocale('en_GB.UTF-8')).toBe('GB');
    expect(countryFromLocale('en-nz')).toBe('NZ');
    expect(countryFromLocale('C.UTF-8')).toBe('US');
    expect(countryFromLocale(undefined)).toBe('US');
  });
});
