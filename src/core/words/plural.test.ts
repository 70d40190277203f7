/** Counting in words: one thing is singular, everything else (including none) is plural. */
import { describe, expect, it } from 'vitest';
import { count, plural, pluralOf } from './plural.js';

describe('count', () => {
  it('says "1 check-in" and "2 check-ins", never "1 check-ins"', () => {
    expect(count(1, 'check-in')).toBe('1 check-in');
    expect(count(2, 'check-in')).toBe('2 check-ins');
    expect(count(0, 'check-in')).toBe('0 check-ins');
  });

  it('makes the regular English plurals Headway needs', () => {
    expect(count(1, 'strategy')).toBe('1 strategy');
    expect(count(3, 'strategy')).toBe('3 strategies');
    expect(count(2, 'healing practice')).toBe('2 healing practices');
    expect(count(2, 'day')).toBe('2 days');
    expect(pluralOf('match')).toBe('matches');
    expect(pluralOf('box')).toBe('boxes');
  });

  it('takes the plural it is given for phrases that do not follow the rule', () => {
    expect(count(1, 'different strategy', 'different strategies')).toBe('1 different strategy');
    expect(count(5, 'entry was', 'entries were')).toBe('5 entries were');
    expect(plural(1, 'was', 'were')).toBe('was');
  });

  it('groups thousands so a large count stays readable', () => {
    expect(count(1455, 'minute')).toBe('1,455 minutes');
  });
});
