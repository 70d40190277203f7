/**
 * A list inside one item of an import file (a moment's strategies, a questionnaire's
 * answers, a plan step's lines) never holds more than a few dozen things in a file
 * Headway wrote. A damaged or hostile file can put a million there, and checking each of
 * them would build a million problems for one item before any could be counted and let
 * go. Such a list is one problem at its own path, and the item is checked without it.
 */
import { formatPath } from '../../contracts/errors.js';
import type { ProblemList } from '../../core/problems.js';

/** More items than this in a list inside one item is one problem; Headway writes at most 60 (a questionnaire's answers). */
export const MAX_LIST_ITEMS = 1000;

/** How deep lists are looked for: the deepest Headway writes is file.safetyPlan.steps.<step>. */
const DEPTH = 4;

/**
 * `value` with every list longer than MAX_LIST_ITEMS, down to DEPTH levels, replaced by
 * an empty one, and a problem added for each at `at` + its path. Returns `value` itself
 * (not a copy) when it holds no such list, so the usual case costs one walk.
 */
export function withoutHugeLists(value: unknown, at: Array<string | number>, problems: ProblemList): unknown {
  return walk(value, at, problems, DEPTH);
}

function walk(value: unknown, path: Array<string | number>, problems: ProblemList, depth: number): unknown {
  if (depth === 0 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) {
      problems.add(formatPath(path), `is a list of ${value.length.toLocaleString('en')} items, far more than Headway ever writes here`);
      return [];
    }
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const v = walk(value[i], path, problems, depth - 1);
      path.pop();
      if (v !== value[i]) (copy ??= [...value])[i] = v;
    }
    return copy ?? value;
  }
  const object = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(object)) {
    const before = object[key];
    if (typeof before !== 'object' || before === null) continue;
    path.push(key);
    const v = walk(before, path, problems, depth - 1);
    path.pop();
    if (v !== before) (copy ??= { ...object })[key] = v;
  }
  return copy ?? value;
}
