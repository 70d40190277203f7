import { describe, expect, it } from 'vitest';
import { FALLBACK_LINE_DATA } from './crisis-lines-data.js';
import { CRISIS_COUNTRIES, CRISIS_LINES, countryFromLocale, crisisLinesFor, hasOwnCrisisLines } from './crisis-lines.js';

const OWN = CRISIS_COUNTRIES.filter((c) => c !== 'EU');

describe('crisis lines', () => {
  it('covers at least 25 countries, each with a support line and an emergency number', () => {
    expect(OWN.length).toBeGreaterThanOrEqual(25);
    for (const country of CRISIS_COUNTRIES) {
      const { lines, exact } = crisisLinesFor(country);
      expect(exact, country).toBe(true);
      expect(lines.some((l) => !l.emergency), country).toBe(true);
      expect(lines.filter((l) => l.emergency), country).toHaveLength(1);
    }
  });

  it('names each country by a two-letter code', () => {
    for (const country of CRISIS_COUNTRIES) expect(country).toMatch(/^[A-Z]{2}$/);
  });

  it('records for every line where it came from and the day it was checked', () => {
    for (const line of [...CRISIS_LINES, ...FALLBACK_LINE_DATA]) {
      const where = `${'country' in line ? line.country : 'fallback'} ${line.service}`;
      expect(new URL(line.sourceUrl).protocol, where).toMatch(/^https?:$/);
      expect(line.lastVerified, where).toMatch(/^2026-(11-20|12-08)$/);
    }
  });

  it('has well-formed numbers, each written in the words a person reads', () => {
    for (const line of CRISIS_LINES) {
      const where = `${line.country} ${line.service}`;
      expect(line.tel !== null || line.sms !== null, where).toBe(true);
      for (const digits of [line.tel, line.sms?.number]) {
        if (digits === null || digits === undefined) continue;
        expect(digits, where).toMatch(/^\d{3,12}$/);
        // The number on the button is the one in the text, as the line writes it.
        const written = line.contact.match(/\d[\d ]*\d/g)?.map((m) => m.replace(/ /g, '')) ?? [];
        expect(written, where).toContain(digits);
      }
      if (line.sms?.body) expect(line.contact, where).toContain(line.sms.body);
    }
  });

  it('gives no service twice in one country', () => {
    const keys = CRISIS_LINES.map((l) => `${l.country}/${l.service}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists the emergency number first, then the lines in the order of the data', () => {
    const gb = crisisLinesFor('gb').lines.map((l) => l.service);
    expect(gb).toEqual(['Emergency services', 'Samaritans', 'Shout', 'NHS 111, mental health option (England)']);
    const no = crisisLinesFor('NO').lines.map((l) => l.tel);
    expect(no).toEqual(['113', '116123', '22400040']);
  });

  it('gives EU members without their own list the EU-wide numbers and the directory', () => {
    const gr = crisisLinesFor('gr');
    expect(gr).toMatchObject({ exact: false, shownFor: 'EU' });
    expect(gr.lines.map((l) => l.tel)).toEqual(['112', '116123', null]);
    expect(gr.lines.every((l) => l.country === 'EU')).toBe(true);
  });

  it('falls back for an unknown country: the local emergency number and an international directory', () => {
    const ke = crisisLinesFor('KE');
    expect(ke).toMatchObject({ exact: false, shownFor: 'KE' });
    expect(ke.lines).toHaveLength(2);
    expect(ke.lines[0]).toMatchObject({ emergency: true, tel: '112', country: 'KE' });
    expect(ke.lines[0]?.contact).toMatch(/local emergency number.*not everywhere/);
    expect(ke.lines[1]).toMatchObject({ emergency: false, tel: null, sourceUrl: 'https://findahelpline.com/' });
    // Never the whole list: a person abroad must not scroll past 29 countries.
    expect(crisisLinesFor('XX').lines).toHaveLength(2);
  });

  it('knows which countries have a list of their own', () => {
    expect(hasOwnCrisisLines('jp')).toBe(true);
    expect(hasOwnCrisisLines('KE')).toBe(false);
    expect(hasOwnCrisisLines('EU')).toBe(false);
  });

  it('guesses the country from a locale, and falls back to US', () => {
    expect(countryFromLocale('en_GB.UTF-8')).toBe('GB');
    expect(countryFromLocale('en-nz')).toBe('NZ');
    expect(countryFromLocale('C.UTF-8')).toBe('US');
    expect(countryFromLocale(undefined)).toBe('US');
  });
});
