/**
 * National crisis lines, from MEASURES.md §7. Numbers change: each entry carries where it
 * was sourced and when that was checked, and the UI shows that date. Emergency numbers are
 * listed last for each country.
 */

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

const CHECKED = '2026-11-20';

export const CRISIS_LINES: readonly CrisisLine[] = [
  { country: 'US', service: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988, or chat at 988lifeline.org', tel: '988', sms: { number: '988', body: null }, hours: '24/7', emergency: false, sourceUrl: 'https://www.mhn.com/members/news/988_Introduction.html', lastVerified: CHECKED },
  { country: 'US', service: 'Crisis Text Line', contact: 'Text HOME to 741741', tel: null, sms: { number: '741741', body: 'HOME' }, hours: '24/7', emergency: false, sourceUrl: 'https://internationalmentalhealth.org/resources/', lastVerified: CHECKED },
  { country: 'US', service: 'Emergency services', contact: 'Call 911', tel: '911', sms: null, hours: '24/7', emergency: true, sourceUrl: 'https://internationalmentalhealth.org/resources/', lastVerified: CHECKED },
  { country: 'CA', service: '9-8-8 Suicide Crisis Helpline', contact: 'Call or text 988 (English and French)', tel: '988', sms: { number: '988', body: null }, hours: '24/7', emergency: false, sourceUrl: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html', lastVerified: CHECKED },
  { country: 'CA', service: 'Emergency services', contact: 'Call 911', tel: '911', sms: null, hours: '24/7', emergency: true, sourceUrl: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html', lastVerified: CHECKED },
  { country: 'GB', service: 'Samaritans', contact: 'Call 116 123 free, or email jo@samaritans.org', tel: '116123', sms: null, hours: '24/7', emergency: false, sourceUrl: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', lastVerified: CHECKED },
  { country: 'GB', service: 'Shout', contact: 'Text 85258', tel: null, sms: { number: '85258', body: null }, hours: '24/7', emergency: false, sourceUrl: 'https://www.crisistextline.uk/how-it-works/', lastVerified: CHECKED },
  { country: 'GB', service: 'NHS 111, mental health option (England)', contact: 'Call 111 and choose option 2', tel: '111', sms: null, hours: '24/7', emergency: false, sourceUrl: 'https://www.tewv.nhs.uk/?p=26449', lastVerified: CHECKED },
  { country: 'GB', service: 'Emergency services', contact: 'Call 999 or go to A&E', tel: '999', sms: null, hours: '24/7', emergency: true, sourceUrl: 'https://www.norwoodmc.co.uk/2024/08/14/nhs-111-option-2-for-crisis-mental-health-support/', lastVerified: CHECKED },
  { country: 'IE', service: 'Samaritans', contact: 'Call 116 123 free', tel: '116123', sms: null, hours: '24/7', emergency: false, sourceUrl: 'http://www.newstalk.com/reader/47.301/69999/0/', lastVerified: CHECKED },
  { country: 'IE', service: 'Pieta', contact: 'Call 1800 247 247 free', tel: '1800247247', sms: null, hours: '24/7', emergency: false, sourceUrl: 'https://avondhupress.ie/having-someone-to-talk-to-in-the-middle-of-the-night-actually-keeps-you-alive/', lastVerified: CHECKED },
  { country: 'IE', service: '50808 text service', contact: 'Text TALK to 50808', tel: null, sms: { number: '50808', body: 'TALK' }, hours: '24/7', emergency: false, sourceUrl: 'https://todayfm.com/news/247-mental-health-text-support-service-officially-launched-1031466', lastVerified: CHECKED },
  { country: 'IE', service: 'Emergency services', contact: 'Call 112 or 999', tel: '112', sms: null, hours: '24/7', emergency: true, sourceUrl: 'https://todayfm.com/news/247-mental-health-text-support-service-officially-launched-1031466', lastVerified: CHECKED },
  { country: 'AU', service: 'Lifeline', contact: 'Call 13 11 14, text 0477 13 11 14, or chat online', tel: '131114', sms: { number: '0477131114', body: null }, hours: '24/7', emergency: false, sourceUrl: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7', lastVerified: CHECKED },
  { country: 'AU', service: 'Emergency services', contact: 'Call 000', tel: '000', sms: null, hours: '24/7', emergency: true, sourceUrl: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7', lastVerified: CHECKED },
  { country: 'NZ', service: '1737 Need to talk?', contact: 'Call or text 1737 free', tel: '1737', sms: { number: '1737', body: null }, hours: '24/7', emergency: false, sourceUrl: 'https://www.pegasus.health.nz/?p=6300', lastVerified: CHECKED },
  { country: 'NZ', service: 'Lifeline Aotearoa', contact: 'Call 0800 543 354 or text HELP to 4357', tel: '0800543354', sms: { number: '4357', body: 'HELP' }, hours: null, emergency: false, sourceUrl: 'https://nzfamilies.org.nz/?p=1578', lastVerified: CHECKED },
  { country: 'NZ', service: 'Suicide Crisis Helpline', contact: 'Call 0508 828 865 (0508 TAUTOKO)', tel: '0508828865', sms: null, hours: null, emergency: false, sourceUrl: 'https://nzfamilies.org.nz/?p=1578', lastVerified: CHECKED },
  { country: 'NZ', service: 'Emergency services', contact: 'Call 111', tel: '111', sms: null, hours: '24/7', emergency: true, sourceUrl: 'https://www.pegasus.health.nz/?p=6300', lastVerified: CHECKED },
  { country: 'EU', service: 'Emotional-support helpline', contact: 'Call 116 123 (who answers varies by country)', tel: '116123', sms: null, hours: null, emergency: false, sourceUrl: 'http://www.newstalk.com/reader/47.301/69999/0/', lastVerified: CHECKED },
  { country: 'EU', service: 'Emergency services', contact: 'Call 112', tel: '112', sms: null, hours: '24/7', emergency: true, sourceUrl: 'http://www.newstalk.com/reader/47.301/69999/0/', lastVerified: CHECKED },
];

const EU_MEMBERS = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

export const CRISIS_COUNTRIES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'EU'] as const;

export interface CrisisLinesFor {
  /** The country whose lines are shown; "EU" for member states without their own list. */
  shownFor: string;
  /** False when Headway has no list for the person's country and shows a fallback. */
  exact: boolean;
  lines: CrisisLine[];
}

/**
 * The crisis lines for a person's country. Countries Headway has no list for get the
 * EU-wide 116 123 / 112 when they are EU members, and otherwise every list, so the person
 * is never shown nothing.
 */
export function crisisLinesFor(country: string): CrisisLinesFor {
  const code = country.toUpperCase();
  const own = CRISIS_LINES.filter((l) => l.country === code);
  if (own.length > 0) return { shownFor: code, exact: true, lines: own };
  if (EU_MEMBERS.has(code)) {
    return { shownFor: 'EU', exact: false, lines: CRISIS_LINES.filter((l) => l.country === 'EU') };
  }
  return { shownFor: code, exact: false, lines: [...CRISIS_LINES] };
}

/** Guesses a country from a locale tag such as "en-GB" or "en_NZ.UTF-8"; US when unknown. */
export function countryFromLocale(locale: string | undefined): string {
  const m = /^[a-z]{2,3}[-_]([A-Z]{2})/i.exec(locale ?? '');
  return m?.[1] ? m[1].toUpperCase() : 'US';
}
