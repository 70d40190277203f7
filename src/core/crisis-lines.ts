/**
 * National crisis lines (data in crisis-lines-data.ts, how each was checked in
 * docs/CRISIS-LINES.md). Numbers change: each line carries where it was sourced and when that
 * was checked, and the UI shows that date. Every list comes in one order, the web's and the terminal's alike: the
 * emergency number first, then the lines in the order the data gives them.
 */
import { CRISIS_LINE_DATA, FALLBACK_LINE_DATA } from './crisis-lines-data.js';

export interface CrisisLine {
  country: string; // ISO 3166-1 alpha-2, or "EU"
  service: string;
  contact: string;
  /** Digits to put behind a tel: link, when the line can be called. */
  tel: string | null;
  /** Number to text and what to send, when the line takes texts. */
  sms: { number: string; body: string | null } | null;
  hours: string | null;
  emergency: boolean;
  sourceUrl: string;
  lastVerified: string; // YYYY-MM-DD
}

/** Emergency services first (what matters most when someone is in danger), then the data's order. */
function ordered(lines: readonly CrisisLine[]): CrisisLine[] {
  return [...lines.filter((l) => l.emergency), ...lines.filter((l) => !l.emergency)];
}

export const CRISIS_LINES: readonly CrisisLine[] = CRISIS_LINE_DATA;

const EU_MEMBERS = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

/** The countries with their own list, in the data's order, then "EU" (members without their own). */
export const CRISIS_COUNTRIES: readonly string[] = [...new Set(CRISIS_LINES.map((l) => l.country))];

/** True when Headway has a list of its own for `country` (a two-letter code, any case). */
export function hasOwnCrisisLines(country: string): boolean {
  const code = country.toUpperCase();
  return code !== 'EU' && CRISIS_COUNTRIES.includes(code);
}

export interface CrisisLinesFor {
  /** The country whose lines are shown; "EU" for member states without their own list. */
  shownFor: string;
  /** False when Headway has no list for the person's country and shows a fallback. */
  exact: boolean;
  lines: CrisisLine[];
}

/**
 * The crisis lines for a person's country, emergency number first. A country Headway has no
 * list for gets, if it is an EU member, the EU-wide 112 and 116 123; otherwise its local
 * emergency number (with 112, said carefully) and an international directory of helplines.
 * The person is never shown nothing.
 */
export function crisisLinesFor(country: string): CrisisLinesFor {
  const code = country.toUpperCase();
  const own = CRISIS_LINES.filter((l) => l.country === code);
  if (own.length > 0) return { shownFor: code, exact: true, lines: ordered(own) };
  if (EU_MEMBERS.has(code)) {
    const directory = FALLBACK_LINE_DATA.filter((l) => !l.emergency).map((l) => ({ ...l, country: 'EU' }));
    return { shownFor: 'EU', exact: false, lines: ordered([...CRISIS_LINES.filter((l) => l.country === 'EU'), ...directory]) };
  }
  return { shownFor: code, exact: false, lines: ordered(FALLBACK_LINE_DATA.map((l) => ({ ...l, country: code }))) };
}

/** Guesses a country from a locale tag such as "en-GB" or "en_NZ.UTF-8"; US when unknown. */
export function countryFromLocale(locale: string | undefined): string {
  const m = /^[a-z]{2,3}[-_]([A-Z]{2})/i.exec(locale ?? '');
  return m?.[1] ? m[1].toUpperCase() : 'US';
}
