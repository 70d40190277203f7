import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutText, describeValue, kindOf, QUOTE_CHARS, quoteText } from './quote.js';

/** A list nested `depth` levels deep, built without recursion. */
function nestedList(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('quoting a file’s value in a problem', () => {
  it('quotes short text whole', () => {
    expect(quoteText('draft')).toBe('"draft"');
    expect(quoteText('')).toBe('""');
  });

  it('cuts long text after QUOTE_CHARS characters with an ellipsis', () => {
    const quoted = quoteText('x'.repeat(700_000));
    expect(quoted).toBe(`"${'x'.repeat(QUOTE_CHARS)}…"`);
  });

  it('never cuts an emoji in half', () => {
    const text = `${'a'.repeat(QUOTE_CHARS - 1)}😀😀`;
    expect(cutText(text)).toBe(`${'a'.repeat(QUOTE_CHARS - 1)}😀…`);
  });

  it('keeps at most QUOTE_CHARS code points of any text, and the text itself when it is short enough', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const cut = cutText(text);
        const kept = cut.endsWith('…') && cut !== text ? cut.slice(0, -1) : cut;
        expect(text.startsWith(kept)).toBe(true);
        expect([...kept].length).toBeLessThanOrEqual(QUOTE_CHARS);
        if ([...text].length <= QUOTE_CHARS) expect(cut).toBe(text);
      }),
    );
  });

  it('names any other value by its kind, however deep it is nested', () => {
    expect(kindOf(nestedList(100_000))).toBe('a list');
    expect(describeValue(nestedList(100_000))).toBe('a list');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(3)).toBe('a number');
    expect(describeValue(true)).toBe('true or false');
    expect(describeValue(null)).toBe('null');
    expect(describeValue('ok')).toBe('"ok"');
  });
});
