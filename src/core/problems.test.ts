import { describe, expect, it } from 'vitest';
import { PROBLEM_LIMIT, ProblemList } from './problems.js';

describe('a problem list', () => {
  it('keeps the first hundred problems in order and counts every one', () => {
    const list = new ProblemList();
    for (let i = 0; i < 250; i++) list.add(`moments[${i}].intensity`, 'must be 0–10');
    expect(PROBLEM_LIMIT).toBe(100);
    expect(list.count).toBe(250);
    expect(list.problems).toHaveLength(100);
    expect(list.problems[0]).toEqual({ path: 'moments[0].intensity', message: 'must be 0–10' });
    expect(list.problems[99]?.path).toBe('moments[99].intensity');
    expect(list.full).toBe(true);
  });

  it('counts problems it is not told the words of', () => {
    const list = new ProblemList(2);
    list.add('a', 'x');
    expect(list.full).toBe(false);
    list.countMore(5);
    expect(list.count).toBe(6);
    expect(list.problems).toEqual([{ path: 'a', message: 'x' }]);
  });

  it('appends another list after its own, up to its limit, counting all of both', () => {
    const first = new ProblemList(3);
    first.add('a', '1');
    first.add('b', '2');
    const second = new ProblemList(3);
    for (const p of ['c', 'd', 'e', 'f']) second.add(p, '3');
    first.append(second);
    expect(first.problems.map((p) => p.path)).toEqual(['a', 'b', 'c']);
    expect(first.count).toBe(6);
  });
});
