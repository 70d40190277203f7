/**
 * Whatever a person writes in their safety plan, the links made from it dial digits and
 * nothing else: the tel: target is an optional + and 3 to 15 ASCII digits, and the sms:
 * href carries its keyword percent-encoded, so no text can make another scheme, a query
 * of its own or a quote that ends the attribute. Random text, with look-alike digits
 * (Arabic-Indic, full-width), scheme words and URL characters mixed in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, smsHref, splitPhoneNumbers } from './phone-links.js';

const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[+(]?[0-9]{1,5}([ .-]?[0-9]{1,5}){0,4}$/),
  fc.constantFrom('call ', 'text ', 'Text HOME to ', "text 'a\"b' to ", 'text "javascript:x" to ', 'javascript:', 'sms:', 'tel:', '?body=', '&', '#', '"', "'", '<', '>', '%0A', '\n', '٣٣٣٣٣٣٣', '１２３４５６７', '٠', '+', '(0)', '988', '116 123'),
);
const line = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('links made from a safety-plan line', () => {
  it('dial only digits, and the text message href stays an sms: link with its keyword encoded', () => {
    fc.assert(
      fc.property(line, (text) => {
        for (const p of findPhoneNumbers(text)) {
          expect(p.tel).toMatch(/^\+?[0-9]{3,15}$/);
          expect(text.slice(p.start, p.end)).toBe(p.text);
          if (p.sms !== null) {
            const href = smsHref(p.tel, p.sms.body);
            expect(href).toMatch(/^sms:\+?[0-9]{3,15}(\?body=[A-Za-z0-9%\-_.!~*'()]*)?$/);
          }
        }
        // Cut into parts, the line reads back whole.
        expect(splitPhoneNumbers(text).map((part) => (part.kind === 'text' ? part.text : part.phone.text)).join('')).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});
