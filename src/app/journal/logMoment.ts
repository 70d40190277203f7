/** Logs a moment: one triggered episode (PRODUCT.md). Only trigger and intensity are required. */
import type { MomentCreate, MomentView } from '../../contracts/entries.js';
import type { EntryId, PersonId } from '../../core/ids.js';
import type { Moment } from '../../core/records.js';
import type { Deps } from '../deps.js';
import { findOrCreateTrigger } from './findOrCreateTrigger.js';
import { resolveStrategies } from './resolveStrategies.js';
import { crisisCategories, offerSafetyPlan } from '../safety/noticeCrisisLanguage.js';
import { checkNotFuture } from './time-rules.js';
import { momentViewNamed } from './views.js';

export async function logMoment(deps: Deps, personId: PersonId, input: MomentCreate): Promise<MomentView> {
  const now = deps.clock.now();
  const occurredAt = input.occurredAt ?? now;
  if (input.occurredAt !== undefined) checkNotFuture(occurredAt, now);
  // The note, the thought and the trigger's name are the person's own words (freeText.ts).
  const concern = crisisCategories([input.note, input.thought], [input.trigger]);
  const view = await deps.store.transaction(async (tx) => {
    const trigger = await findOrCreateTrigger(deps, tx, personId, input.trigger);
    const { uses: strategies, names } = input.strategies?.length ? await resolveStrategies(tx, personId, input.strategies) : { uses: [], names: new Map<string, string>() };
    const moment: Moment = {
      id: deps.newId() as EntryId,
      occurredAt,
      triggerId: trigger.id,
      intensity: input.intensity,
      bodyState: input.bodyState ?? null,
      thought: input.thought ?? null,
      followedThought: input.followedThought ?? null,
      recognizedEarly: input.recognizedEarly ?? false,
      handledDifferently: input.handledDifferently ?? false,
      settledMinutes: input.settledMinutes ?? null,
      strategies,
      note: input.note ?? null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    await tx.insertEntry('moments', personId, moment);
    return momentViewNamed(moment, trigger.name, names);
  });
  if (concern.length === 0) return view;
  const safety = await offerSafetyPlan(deps, personId, { kind: 'moments', id: view.id as EntryId }, concern);
  return safety ? { ...view, safety } : view;
}
