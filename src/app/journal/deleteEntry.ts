/**
 * Deleting moves an entry to "recently deleted", where it can be restored for
 * RESTORE_DAYS; after that it is removed for good (purgeExpired).
 */
import type { EntryId, PersonId } from '../../core/ids.js';
import { formatInstant, instantToMs, offsetMinutesOf, type IsoInstant } from '../../core/time.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { singular } from './editEntry.js';

export const RESTORE_DAYS = 30;

export interface Deleted {
  id: EntryId;
  deletedAt: IsoInstant;
  restorableUntil: IsoInstant;
}

/** Whether an entry deleted at `deletedAt` is past its RESTORE_DAYS by `now`. */
export function isExpired(deletedAt: IsoInstant, now: IsoInstant): boolean {
  const deleted = instantToMs(deletedAt);
  const at = instantToMs(now);
  return deleted !== null && at !== null && at > deleted + RESTORE_DAYS * 86_400_000;
}

export function restorableUntil(deletedAt: IsoInstant): IsoInstant {
  const ms = instantToMs(deletedAt) ?? 0;
  return formatInstant(ms + RESTORE_DAYS * 86_400_000, offsetMinutesOf(deletedAt));
}

export async function deleteEntry(deps: Deps, personId: PersonId, kind: EntryKind, id: EntryId): Promise<Deleted> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const entry = await tx.getEntry(kind, personId, id);
    if (!entry || entry.deletedAt !== null) throw notFound(singular(kind));
    await tx.setEntryDeleted(kind, personId, id, now);
    return { id, deletedAt: now, restorableUntil: restorableUntil(now) };
  });
}

/** Removes for good every entry deleted more than RESTORE_DAYS ago. */
export async function purgeExpired(deps: Deps): Promise<number> {
  const ms = instantToMs(deps.clock.now()) ?? Date.now();
  const cutoff = new Date(ms - RESTORE_DAYS * 86_400_000).toISOString();
  return deps.store.transaction((tx) => tx.purgeDeleted(cutoff));
}
