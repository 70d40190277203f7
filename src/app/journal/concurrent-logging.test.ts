/**
 * Moments logged at the same moment share one commit (store/sqlite.ts), and when one of
 * them fails part-way (a new trigger already written, then a strategy that does not
 * exist) the batch is undone and run again. Whatever the mix, the journal must end up
 * exactly as if each had been logged on its own: every saved moment once, and nothing at
 * all of a refused one, not even its new trigger.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalFixture, type Fixture } from '../../../test/app-fixture.js';
import type { StrategyId } from '../../core/ids.js';
import { AppError } from '../errors.js';
import { logMoment } from './logMoment.js';

let f: Fixture;
beforeEach(async () => (f = await journalFixture()));
afterEach(async () => f.close());

const MISSING = '01900000-0000-7000-8000-000000000000' as StrategyId;

describe('moments logged at the same time', () => {
  it('keep every saved moment once and nothing of a refused one, in any mix', async () => {
    const known = (await f.deps.store.listStrategies(f.person))[0];
    if (!known) throw new Error('the fixture has a toolkit');
    let round = 0;
    const attempt = fc.record({ trigger: fc.constantFrom('Work', 'Family', 'New place', 'Late bus'), refused: fc.boolean(), intensity: fc.integer({ min: 0, max: 10 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(attempt, { minLength: 2, maxLength: 12 }), async (attempts) => {
        round += 1;
        // Names unique to this round, so a refused moment's trigger is new to the journal.
        const named = attempts.map((a) => ({ ...a, trigger: `${a.trigger} ${round}` }));
        const results = await Promise.allSettled(
          named.map((a) => logMoment(f.deps, f.person, { trigger: a.trigger, intensity: a.intensity, strategies: [{ strategyId: a.refused ? MISSING : (known.id as StrategyId) }] })),
        );
        results.forEach((r, i) => {
          expect(r.status).toBe(named[i]?.refused ? 'rejected' : 'fulfilled');
          if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(AppError);
        });
        const saved = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.id] : []));
        const moments = (await f.deps.store.listEntries('moments', f.person)).filter((m) => saved.includes(m.id));
        expect(moments.map((m) => m.id).sort()).toEqual([...saved].sort());
        const triggers = (await f.deps.store.listTriggers(f.person)).map((t) => t.name).filter((n) => n.endsWith(` ${round}`));
        const expected = [...new Set(named.filter((a) => !a.refused).map((a) => a.trigger))];
        expect(triggers.sort()).toEqual(expected.sort());
      }),
      { numRuns: 60 },
    );
    // Each refused attempt left nothing: the journal holds exactly the saved moments.
    const all = await f.deps.store.listEntries('moments', f.person);
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
  });
});
