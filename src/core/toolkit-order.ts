/**
 * The order a person's strategies are offered in when logging a moment: the ones they use
 * most come first, so the usual choice is a tap away. Used strategies go by how many
 * moments used them (most first), ties by name (case-insensitive, then as written).
 * Strategies not used yet follow in the default order: those from the starting toolkit
 * in its own order (everyday coping first), then the person's additions as they came.
 *
 * Input: strategies in their stored order, each with `uses` (moments that used it), and
 * the names of the starting toolkit in order. Output: a new array; the input is unchanged.
 */
import { nameKey } from './names.js';

export function byUse<T extends { name: string; uses: number }>(strategies: readonly T[], defaultOrder: readonly string[] = []): T[] {
  const place = new Map(defaultOrder.map((name, i) => [nameKey(name), i]));
  const rank = (s: T) => place.get(nameKey(s.name)) ?? defaultOrder.length;
  const used = strategies.filter((s) => s.uses > 0).sort((a, b) => b.uses - a.uses || byName(a.name, b.name));
  // Array.prototype.sort is stable, so additions outside the default list keep their stored order.
  const unused = strategies.filter((s) => s.uses <= 0).sort((a, b) => rank(a) - rank(b));
  return [...used, ...unused];
}

function byName(a: string, b: string): number {
  const folded = a.localeCompare(b, 'en', { sensitivity: 'base' });
  if (folded !== 0) return folded;
  return a < b ? -1 : a > b ? 1 : 0;
}
