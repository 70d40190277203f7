/**
 * Edits any journal entry. The patch holds only the fields to change; everything else
 * stays as it was. A moment's strategy list, when given, replaces the old one.
 */
import type { CheckinUpdate, MomentUpdate, PracticeUpdate, ShiftUpdate } from '../../contracts/entries.js';
import type { EntryId, PersonId } from '../../core/ids.js';
import type { EntryByKind, Moment } from '../../core/records.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { Deps } from '../deps.js';
import { invalid, notFound } from '../errors.js';
import { findOrCreateTrigger } from './findOrCreateTrigger.js';
import { resolveStrategies } from './resolveStrategies.js';
import { newCrisisCategories, offerSafetyPlan } from '../safety/noticeCrisisLanguage.js';
import { allFreeText, freeTextOf } from './freeText.js';
import { checkNotFuture } from './time-rules.js';
import { entryView, loadNames, type ViewByKind } from './views.js';

export interface PatchByKind {
  moments: MomentUpdate;
  checkins: CheckinUpdate;
  practices: PracticeUpdate;
  shifts: ShiftUpdate;
}

const SINGULAR: Record<EntryKind, string> = { moments: 'moment', checkins: 'check-in', practices: 'practice', shifts: 'shift' };
export const singular = (kind: EntryKind): string => SINGULAR[kind];

export async function editEntry<K extends EntryKind>(
  deps: Deps,
  personId: PersonId,
  kind: K,
  id: EntryId,
  patch: PatchByKind[K],
): Promise<ViewByKind[K]> {
  const now = deps.clock.now();
  if (patch.occurredAt !== undefined) checkNotFuture(patch.occurredAt, now);
  let concern: string[] = [];
  const view = await deps.store.transaction(async (tx) => {
    const current = await tx.getEntry(kind, personId, id);
    if (!current || current.deletedAt !== null) throw notFound(singular(kind));
    const { trigger: triggerName, strategies: strategyInput, ...plain } = patch as MomentUpdate;
    const next = { ...current, ...withoutUndefined(plain), updatedAt: now } as EntryByKind[K];
    if (kind === 'moments') {
      const m = next as Moment;
      if (triggerName !== undefined) m.triggerId = (await findOrCreateTrigger(deps, tx, personId, triggerName)).id;
      if (strategyInput !== undefined) {
        const had = new Set((current as Moment).strategies.map((s) => s.strategyId as string));
        m.strategies = (await resolveStrategies(tx, personId, strategyInput, had)).uses;
      }
    }
    if (kind === 'shifts') {
      const s = next as EntryByKind['shifts'];
      if (s.kind === 'own-words' && (s.note === null || s.note.trim() === '')) {
        throw invalid('note', 'needs your own words when the kind is own-words');
      }
    }
    await tx.replaceEntry(kind, personId, next);
    // A trigger named anew in this edit counts as new words; an unchanged one was checked before.
    concern = newCrisisCategories(allFreeText(freeTextOf(kind, next, triggerName)), allFreeText(freeTextOf(kind, current)));
    return entryView(kind, next, await loadNames(tx, personId));
  });
  if (concern.length === 0) return view;
  const safety = await offerSafetyPlan(deps, personId, { kind, id }, concern);
  return safety ? { ...view, safety } : view;
}

function withoutUndefined(o: object): object {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
