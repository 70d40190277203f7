/**
 * Makes sure a person's journal exists: on first start it creates the person and gives
 * them the default toolkit (PRODUCT.md). Later starts change nothing.
 */
import { DEFAULT_TOOLKIT } from '../../core/default-toolkit.js';
import type { PersonId, StrategyId } from '../../core/ids.js';
import type { Person } from '../../core/records.js';
import type { Deps } from '../deps.js';

export interface OpenJournalOptions {
  personId: PersonId;
  country: string;
  /**
   * False leaves the toolkit empty, as builds before 2026-11-21 did ahead of an import (for
   * tests). Headway itself always seeds it: an import may fail, and replaces a toolkit
   * still as started anyway (app/toolkit/stillAsStarted.ts).
   */
  seedToolkit?: boolean;
}

export async function openJournal(deps: Deps, opts: OpenJournalOptions): Promise<Person> {
  const existing = await deps.store.getPerson(opts.personId);
  if (existing) return existing;
  return deps.store.transaction(async (tx) => {
    const again = await tx.getPerson(opts.personId);
    if (again) return again;
    const now = deps.clock.now();
    const person: Person = { id: opts.personId, displayName: '', country: opts.country, createdAt: now };
    await tx.insertPerson(person);
    if (opts.seedToolkit !== false) {
      for (const seed of DEFAULT_TOOLKIT) {
        await tx.insertStrategy(opts.personId, {
          id: deps.newId() as StrategyId,
          ...seed,
          archived: false,
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    return person;
  });
}
