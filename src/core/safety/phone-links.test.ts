import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../crisis-lines.js';
import { findPhoneNumbers, smsHref, splitPhoneNumbers } from './phone-links.js';

const tels = (text: string) => findPhoneNumbers(text).map((p) => p.tel);
const shown = (text: string) => findPhoneNumbers(text).map((p) => p.text);

describe('finding phone numbers in a line of a safety plan', () => {
  it.each([
    ['My sister Ana, 07700 900123', '07700 900123', '07700900123'],
    ['Ana on +44 7700 900123', '+44 7700 900123', '+447700900123'],
    ['Ana: +44 (0)7700 900123', '+44 (0)7700 900123', '+447700900123'],
    ['Dr Patel (555) 123-4567 weekdays', '(555) 123-4567', '5551234567'],
    ['Dr Patel +1 (555) 123-4567', '+1 (555) 123-4567', '+15551234567'],
    ['Samaritans 116 123', '116 123', '116123'],
    ['Telefonseelsorge 0800 11 11', '0800 11 11', '08001111'],
    ['Call 988', '988', '988'],
    ['Old lifeline 1-800-273-8255', '1-800-273-8255', '18002738255'],
    ['Clinic 0161.496.0000', '0161.496.0000', '01614960000'],
    ['GP surgery 01632 960 123.', '01632 960 123', '01632960123'],
    ['Ana (07700 900123)', '07700 900123', '07700900123'],
    ['Ana tel:07700900123', '07700900123', '07700900123'],
    ['Mum +33 1 23 45 67 89', '+33 1 23 45 67 89', '+33123456789'],
    ['Lifeline 13 11 14', '13 11 14', '131114'],
    ['Pieta 1800 247 247', '1800 247 247', '1800247247'],
    ['Dial 111 and choose option 2', '111', '111'],
    ['From abroad 0044 7700 900123', '0044 7700 900123', '00447700900123'],
    ['Ana\u00a007700\u00a0900123', '07700\u00a0900123', '07700900123'],
  ])('%s → the link shows "%s" and dials %s', (line, text, tel) => {
    const found = findPhoneNumbers(line);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe(text);
    expect(found[0]?.tel).toBe(tel);
    expect(line.slice(found[0]?.start, found[0]?.end)).toBe(text);
  });

  it('finds every number in a line, each with its own place', () => {
    expect(tels('Mum 07700 900123, Dad 07700 900456 or the GP on 01632 960123')).toEqual(['07700900123', '07700900456', '01632960123']);
    expect(tels('Call 999 or 112')).toEqual(['999', '112']);
    expect(tels('Ring 0800 58 58 58 / 07700 900123')).toEqual(['0800585858', '07700900123']);
  });

  it.each([
    'Appointment on 12/03/2026',
    'Since 2026-03-12',
    'Started 12.03.2026',
    'Started 3.12.2026',
    'The 12 03 2026 session',
    'At 10:30 every day',
    'Bus at 10.30 or 14.45',
    'Wait 10 minutes and breathe',
    'Walk for 120 minutes',
    'I have been sober 112 days',
    'Back in 2019',
    'Between 1990-2020',
    'It cost £1,200 a month',
    'About 1,000,000 steps',
    '100% of the time',
    'Room 101 at the clinic',
    'Take 500mg with food',
    'Asleep by 10pm',
    'Version 1.2.3',
    'Breathe in 4, hold 7, out 8',
    'Count to 100 slowly',
    '24/7 support',
    'Flat 12, 34 Green Road',
    'Level 3.5 out of 10',
    'Drink 2 litres',
    'Text back within 100 days',
    'Ref 2026-12-08T01:30',
    '1st and 2nd of May',
    'Give it 3 times 20',
  ])('leaves "%s" as words', (line) => {
    expect(shown(line)).toEqual([]);
  });

  it('links a short number only when it is a crisis line Headway knows, or a word like "call" comes just before', () => {
    expect(tels('Samaritans: 116 123')).toEqual(['116123']);
    expect(tels('Shout 85258')).toEqual(['85258']);
    expect(tels('Call the ward on 4321')).toEqual(['4321']);
    expect(tels('Dial 0 for the operator')).toEqual([]);
    expect(tels('The ward is bed 4321')).toEqual([]);
    // A cue too far back does not reach the number.
    expect(tels('Call my friend when the walk is over after 4321')).toEqual([]);
  });

  it('offers a text, not a call, where the line says to text', () => {
    const [shout] = findPhoneNumbers('Text 85258');
    expect(shout).toMatchObject({ tel: '85258', call: false, sms: { body: null } });
    const [ana] = findPhoneNumbers('Text my sister Ana on 07700 900123');
    expect(ana).toMatchObject({ call: false, sms: { body: null } });
    const [both] = findPhoneNumbers('Call or text 988');
    expect(both).toMatchObject({ tel: '988', call: true, sms: { body: null } });
    const [sms] = findPhoneNumbers('Ana 07700 900123 (text only)');
    expect(sms).toMatchObject({ call: false, sms: { body: null } });
    const [plain] = findPhoneNumbers('Ana 07700 900123');
    expect(plain).toMatchObject({ call: true, sms: null });
  });

  it('sends the keyword the line gives, written in capitals or quotes', () => {
    expect(findPhoneNumbers('Text HOME to 741741')[0]).toMatchObject({ tel: '741741', call: false, sms: { body: 'HOME' } });
    expect(findPhoneNumbers('text "talk" to 50808')[0]).toMatchObject({ sms: { body: 'talk' } });
    expect(findPhoneNumbers('text her to 07700 900123')[0]).toMatchObject({ sms: { body: null } });
    expect(smsHref('741741', 'HOME')).toBe('sms:741741?body=HOME');
    expect(smsHref('85258', null)).toBe('sms:85258');
    expect(smsHref('50808', 'TALK NOW')).toBe('sms:50808?body=TALK%20NOW');
  });

  it('lets a number joined by "or" keep the way of reaching the one before it', () => {
    const found = findPhoneNumbers('Text 85258 or 07700 900123. Then call 07700 900456');
    expect(found.map((p) => [p.tel, p.call, p.sms !== null])).toEqual([
      ['85258', false, true],
      ['07700900123', false, true],
      ['07700900456', true, false],
    ]);
  });

  it('finds the number of every crisis line Headway lists in that line’s own words', () => {
    for (const line of CRISIS_LINES) {
      const found = tels(line.contact);
      if (line.tel !== null) expect(found, line.service).toContain(line.tel);
      if (line.sms !== null) expect(found, line.service).toContain(line.sms.number);
    }
  });

  it('cuts a line into words and numbers that join back into the same line', () => {
    const line = 'Ana 07700 900123, or Shout: text 85258 any time';
    const parts = splitPhoneNumbers(line);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : p.phone.text)).join('')).toBe(line);
    expect(parts.filter((p) => p.kind === 'phone')).toHaveLength(2);
    expect(splitPhoneNumbers('No numbers here')).toEqual([{ kind: 'text', text: 'No numbers here' }]);
    expect(splitPhoneNumbers('')).toEqual([]);
  });
});
