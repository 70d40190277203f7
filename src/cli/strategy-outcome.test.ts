import { describe, expect, it } from 'vitest';
import { outcomeOf, parseStrategyFlag } from './strategy-outcome.js';

describe('--strategy outcomes: the obvious spellings of helped, not helped and not sure', () => {
  it.each(['helped', 'Helped', 'HELPED', 'yes', 'Y', 'h', '+', ' helped '])('"%s" is helped', (text) => {
    expect(outcomeOf(text)).toBe(true);
  });
  it.each(['not helped', 'Not Helped', 'not-helped', 'not_helped', "didn't help", 'didn’t help', 'did not help', 'didnt help', 'no', 'N', '-', 'not  helped'])(
    '"%s" is not helped',
    (text) => {
      expect(outcomeOf(text)).toBe(false);
    },
  );
  it.each(['not sure', 'Not-Sure', 'unsure', '?', 'maybe', "don't know"])('"%s" is not sure', (text) => {
    expect(outcomeOf(text)).toBeNull();
  });
  it.each(['', 'sometimes', 'helpedd', '--', 'yes no'])('"%s" is no outcome', (text) => {
    expect(outcomeOf(text)).toBeUndefined();
  });
});

describe('parseStrategyFlag', () => {
  it('splits at "=" or ":" when an outcome follows', () => {
    expect(parseStrategyFlag('A walk=not helped')).toEqual({ name: 'A walk', outcome: false, spelled: true });
    expect(parseStrategyFlag('A walk: helped')).toEqual({ name: 'A walk', outcome: true, spelled: true });
    expect(parseStrategyFlag('A walk=?')).toEqual({ name: 'A walk', outcome: null, spelled: true });
  });

  it('splits at the last sign, so a name may hold one', () => {
    expect(parseStrategyFlag('Breathing: box=yes')).toEqual({ name: 'Breathing: box', outcome: true, spelled: true });
  });

  it('keeps the whole flag as the name without a sign, and hands back an unknown outcome with both halves', () => {
    expect(parseStrategyFlag('A walk')).toEqual({ name: 'A walk', spelled: false, unknown: null });
    expect(parseStrategyFlag('A walk=sort of')).toEqual({ name: 'A walk=sort of', spelled: false, unknown: { before: 'A walk', after: 'sort of', sign: '=' } });
    expect(parseStrategyFlag('=helped')).toEqual({ name: '=helped', spelled: false, unknown: null });
  });
});
