/**
 * Fills a journal with many moments quickly, straight through the store (one
 * transaction), for tests that need a long history behind a report.
 */
import { randomIds } from '../../src/app/deps.js';
import type { EntryId, PersonId, TriggerId } from '../../src/core/ids.js';
import { mulberry32 } from '../../src/core/stats/prng.js';
import { addDays, formatInstant, type CalendarDay } from '../../src/core/time.js';
import type { Store } from '../../src/store/port.js';

/**
 * `count` moments spread over the `days` days that end with `lastDay`, over `triggers`
 * triggers named "Trigger 1", "Trigger 2", … (made if missing), the first trigger
 * taking every moment when there is one.
 */
export async function fillMoments(store: Store, personId: PersonId, opts: { count: number; days: number; lastDay: CalendarDay; triggers: number; seed?: number }): Promise<void> {
  const r = mulberry32(opts.seed ?? 7);
  const start = Date.parse(`${addDays(opts.lastDay, -opts.days + 1)}T08:00:00Z`);
  await store.transaction(async (tx) => {
    const ids: TriggerId[] = [];
    for (let i = 1; i <= opts.triggers; i++) {
      const name = `Trigger ${i}`;
      const found = await tx.findTriggerByName(personId, name);
      if (found) ids.push(found.id);
      else {
        const id = randomIds() as TriggerId;
        await tx.insertTrigger(personId, { id, name, createdAt: formatInstant(start, 0) });
        ids.push(id);
      }
    }
    for (let i = 0; i < opts.count; i++) {
      const occurredAt = formatInstant(start + Math.floor(((i + r()) / opts.count) * (opts.days - 1) * 86_400_000), 0);
      await tx.insertEntry('moments', personId, {
        id: randomIds() as EntryId,
        occurredAt,
        triggerId: ids[i % ids.length] as TriggerId,
        intensity: Math.round(r() * 10),
        bodyState: 'hyper',
        thought: null,
        followedThought: null,
        recognizedEarly: r() < 0.4,
        handledDifferently: false,
        settledMinutes: r() < 0.5 ? null : Math.round(r() * 90),
        strategies: [],
        note: null,
        createdAt: occurredAt,
        updatedAt: occurredAt,
        deletedAt: null,
      });
    }
  });
}
