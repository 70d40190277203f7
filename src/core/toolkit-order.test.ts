import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byUse } from './toolkit-order.js';

const s = (name: string, uses: number) => ({ name, uses });

describe('strategies offered most used first', () => {
  it('keeps the given order for a person who has used none yet', () => {
    const fresh = [s('Slow breathing', 0), s('Grounding', 0), s('A walk', 0)];
    expect(byUse(fresh)).toEqual(fresh);
  });

  it('offers unused strategies in the starting toolkit’s order, then the person’s own additions as they came', () => {
    const stored = [s('A walk', 0), s('Cold water', 0), s('Music', 0), s('slow  breathing', 0), s('Drawing', 0)];
    expect(byUse(stored, ['Slow breathing', 'A walk', 'Music']).map((x) => x.name)).toEqual(['slow  breathing', 'A walk', 'Music', 'Cold water', 'Drawing']);
  });

  it('puts used strategies first, most used first, then the unused ones in their own order', () => {
    const list = [s('Slow breathing', 0), s('Grounding', 2), s('A walk', 5), s('Music', 0), s('Journaling', 1)];
    expect(byUse(list).map((x) => x.name)).toEqual(['A walk', 'Grounding', 'Journaling', 'Slow breathing', 'Music']);
  });

  it('breaks ties by name, ignoring letter case', () => {
    const list = [s('music', 3), s('A walk', 3), s('Breathing', 3)];
    expect(byUse(list).map((x) => x.name)).toEqual(['A walk', 'Breathing', 'music']);
  });

  it('does not change the list it is given', () => {
    const list = [s('B', 1), s('A', 2)];
    byUse(list);
    expect(list.map((x) => x.name)).toEqual(['B', 'A']);
  });

  it('is a reordering: every strategy once, uses never increasing along the used part', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string(), uses: fc.nat(20) })), (list) => {
        const out = byUse(list);
        expect([...out].sort((a, b) => a.name.localeCompare(b.name) || a.uses - b.uses)).toEqual(
          [...list].sort((a, b) => a.name.localeCompare(b.name) || a.uses - b.uses),
        );
        const used = out.filter((x) => x.uses > 0);
        expect(out.slice(0, used.length)).toEqual(used);
        for (let i = 1; i < used.length; i++) expect(used[i - 1]!.uses).toBeGreaterThanOrEqual(used[i]!.uses);
      }),
    );
  });
});
