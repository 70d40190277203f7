/**
 * Counting in words, for every screen and the terminal: "1 check-in", "2 check-ins",
 * "1 strategy", "3 strategies". The one place Headway makes a plural, so "1 check-ins"
 * or "the first 1 days" cannot come back one sentence at a time.
 */

/** The regular English plural: strategy → strategies, practice → practices, match → matches. */
export function pluralOf(one: string): string {
  if (/[^aeiou]y$/i.test(one)) return `${one.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(one)) return `${one}es`;
  return `${one}s`;
}

/** The noun for `n` things: plural('strategy', 2) → "strategies". `many` for irregular nouns. */
export function plural(n: number, one: string, many: string = pluralOf(one)): string {
  return n === 1 ? one : many;
}

/** A count with its noun: count(1, 'check-in') → "1 check-in"; count(1455, 'minute') → "1,455 minutes". */
export function count(n: number, one: string, many?: string): string {
  const number = Number.isInteger(n) && Math.abs(n) >= 1000 ? n.toLocaleString('en-GB') : String(n);
  return `${number} ${plural(n, one, many)}`;
}
