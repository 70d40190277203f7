/**
 * Finds the phone numbers in a line a person wrote ("My sister Ana, 07700 900123",
 * "Call or text 988", "Text HOME to 741741"), so that in a hard moment each can be
 * tapped. Pure: text in, places and dialable numbers out.
 *
 * The rules are deliberately cautious: a wrong link is a small harm, but a date or a
 * dose turned into a link is confusing when someone needs to read calmly.
 * - A number with a leading + (international) or of 7 to 15 digits is a phone number,
 *   written with single spaces, hyphens, dots or brackets between its groups
 *   ("+44 (0)7700 900123", "(555) 123-4567", "0800 11 11").
 * - A short number (3 to 6 digits: "988", "116 123", "85258") only when it is a crisis
 *   or emergency number Headway knows, or follows a word such as "call", "text" or
 *   "dial" within three words.
 * - Never a date ("12/03/2026", "2026-03-12", "12.03.2026"), a time ("10:30", "10.30"),
 *   a year or a span of years, an amount ("£1,200", "20%"), a number glued to letters
 *   ("10am", "20mg") or followed by a unit ("10 minutes", "112 days").
 */
import { CRISIS_LINES } from '../crisis-lines.js';

export interface PhoneLink {
  /** Where the number is in the line, as UTF-16 offsets (text.slice(start, end)). */
  start: number;
  end: number;
  /** The number as the person wrote it; shown unchanged. */
  text: string;
  /** Digits to dial, with a leading + when the number is international ("+447700900123"). */
  tel: string;
  /** Whether to offer a call: false only when the line asks for a text and not a call. */
  call: boolean;
  /** A text message, when the line says to text; with the keyword to send, if it gives one. */
  sms: { body: string | null } | null;
}

export type LinePart = { kind: 'text'; text: string } | { kind: 'phone'; phone: PhoneLink };

/** The short crisis and emergency numbers Headway lists (988, 116123, 741741…). */
export const KNOWN_SHORT_NUMBERS: ReadonlySet<string> = new Set(
  CRISIS_LINES.flatMap((l) => [l.tel, l.sms?.number ?? null]).filter((n): n is string => n !== null && n.length <= 6),
);

// Groups of digits (or a bracketed group) joined by at most one space, hyphen or dot.
const CANDIDATE = /(?:\+[ \u00A0]?)?(?:\(\d{1,5}\)|\d+)(?:[ \u00A0.-]?(?:\(\d{1,5}\)|\d+))*/g;
const YEAR = /^(19|20)\d\d$/;
const UNIT =
  /^[ \u00A0]*(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?|seconds?|secs?|times|x|mg|mcg|ml|g|kg|lbs?|km|miles?|steps|pages|people|pounds|dollars|euros|percent|am|pm|o'clock)\b/i;
const CALL_WORD = /\b(?:call|calls|calling|ring|phone|phoned|dial|tel|telephone)\b/i;
const TEXT_WORD = /\b(?:text|texts|texting|txt|sms)\b/i;
// A cue word, then at most three words (no digits), then the number.
const CUE_NEAR = /\b(?:call|ring|phone|dial|tel|telephone|mobile|cell|number|helpline|hotline|text|txt|sms)\b(?:[\s:,]+[^\s\d]{1,20}){0,3}[\s:,.-]*$/i;
const CONNECTOR = /^[\s,/;&]*(?:or|and)?[\s,/;&]*$/i;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const SYMBOL_BEFORE = /[£$€¥#@_%^&*=~\\|]/;
const SYMBOL_AFTER = /[%°£$€¥#@_*=~\\|]/;

function groupsOf(candidate: string): string[] {
  return candidate.split(/[^\d]+/).filter((g) => g !== '');
}

function looksLikeDate(groups: string[]): boolean {
  const [a = '', b = '', c = ''] = groups;
  if (groups.length === 3 && a.length <= 2 && b.length <= 2 && YEAR.test(c)) return true;
  if (groups.length === 3 && YEAR.test(a) && b.length <= 2 && c.length <= 2) return true;
  // 1990-2020, 2019 2020: a span of years.
  return groups.length >= 1 && groups.every((g) => YEAR.test(g));
}

/** Whether the characters around [start, end) show the digits belong to something else. */
function gluedToOther(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const beforeThat = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const afterThat = text[end + 1] ?? '';
  if (LETTER.test(before) || DIGIT.test(before) || SYMBOL_BEFORE.test(before)) return true;
  // "12/03", "10:30", "1,000", "1.5": joined to more digits.
  if ('/:,.'.includes(before) && before !== '' && DIGIT.test(beforeThat)) return true;
  if (LETTER.test(after) || SYMBOL_AFTER.test(after)) return true;
  if ('/:,.'.includes(after) && after !== '' && DIGIT.test(afterThat)) return true;
  return false;
}

/** The digits to dial: "+44 (0)7700 900123" → "+447700900123". */
function dialable(candidate: string): string {
  const international = candidate.startsWith('+');
  const body = international ? candidate.replace(/\(0\)/, '') : candidate;
  return (international ? '+' : '') + body.replace(/\D/g, '');
}

/** The words since the previous number, within the same sentence: they say call or text. */
function leadOf(text: string, from: number, start: number): string {
  const lead = text.slice(from, start);
  const cut = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('! '), lead.lastIndexOf('? '), lead.lastIndexOf(';'));
  return cut >= 0 ? lead.slice(cut + 1) : lead;
}

/** "Text HOME to", "text 'talk' to": the keyword to send. Only a capitalised or quoted word counts. */
function keywordIn(lead: string): string | null {
  const m = /\btext\s+(["'“‘]?)([^\s"'“”‘’]{1,20})(["'”’]?)\s+to[\s:]*$/i.exec(lead);
  if (m === null) return null;
  const [, open = '', word = '', close = ''] = m;
  const quoted = open !== '' && close !== '';
  return quoted || (word === word.toUpperCase() && LETTER.test(word)) ? word : null;
}

interface Mode {
  call: boolean;
  sms: { body: string | null } | null;
}

function modeFrom(lead: string, after: string): Mode | null {
  const texting = TEXT_WORD.test(lead) || /^\s*\(?\s*(?:text|sms)(?: only)?\b/i.test(after);
  const calling = CALL_WORD.test(lead);
  if (!texting && !calling) return null;
  return { call: calling || !texting, sms: texting ? { body: keywordIn(lead) } : null };
}

/**
 * The phone numbers in `text`, in order. `known` are short numbers to link even without
 * a word such as "call" before them (by default the crisis lines Headway lists).
 */
export function findPhoneNumbers(text: string, known: ReadonlySet<string> = KNOWN_SHORT_NUMBERS): PhoneLink[] {
  const found: PhoneLink[] = [];
  let previous: { end: number; mode: Mode } | null = null;
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index;
    let raw = m[0];
    // "07700 900123 10 minutes away": the last group belongs to the minutes.
    if (UNIT.test(text.slice(start + raw.length)) && /[ \u00A0]\d{1,3}$/.test(raw)) raw = raw.replace(/[ \u00A0]\d{1,3}$/, '');
    const end = start + raw.length;
    const link = judge(text, start, end, raw, known, previous);
    if (link !== null) {
      found.push(link);
      previous = { end, mode: { call: link.call, sms: link.sms } };
    }
  }
  return found;
}

function judge(
  text: string,
  start: number,
  end: number,
  raw: string,
  known: ReadonlySet<string>,
  previous: { end: number; mode: Mode } | null,
): PhoneLink | null {
  if (gluedToOther(text, start, end)) return null;
  const groups = groupsOf(raw);
  if (looksLikeDate(groups)) return null;
  const tel = dialable(raw);
  const digits = tel.replace('+', '').length;
  const lead = leadOf(text, previous?.end ?? 0, start);
  const after = text.slice(end);
  const chained = previous !== null && CONNECTOR.test(lead);
  const mode = modeFrom(lead, after) ?? (chained ? previous.mode : null);

  if (raw.startsWith('+')) {
    if (digits < 7 || digits > 15) return null;
  } else if (digits >= 7) {
    if (digits > 15) return null;
  } else {
    if (digits < 3 || raw.includes('.') || UNIT.test(after)) return null;
    const cued = CUE_NEAR.test(lead) || chained;
    if (!cued && !known.has(tel)) return null;
  }
  const { call, sms } = mode ?? { call: true, sms: null };
  return { start, end, text: raw, tel, call, sms };
}

/** The line cut into plain text and phone numbers, for showing each number as a link. */
export function splitPhoneNumbers(text: string, known: ReadonlySet<string> = KNOWN_SHORT_NUMBERS): LinePart[] {
  const parts: LinePart[] = [];
  let at = 0;
  for (const phone of findPhoneNumbers(text, known)) {
    if (phone.start > at) parts.push({ kind: 'text', text: text.slice(at, phone.start) });
    parts.push({ kind: 'phone', phone });
    at = phone.end;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** The href for a text message to `tel`, with its keyword as the body (RFC 5724). */
export function smsHref(tel: string, body: string | null): string {
  return body === null ? `sms:${tel}` : `sms:${tel}?body=${encodeURIComponent(body)}`;
}
