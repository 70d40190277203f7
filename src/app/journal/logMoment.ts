/** Logs a moment: one triggered episode (PRODUCT.md). Only trigger and intensity are required. */
import type { MomentCreate, MomentView } from '../../contracts/entries.js';
import type { EntryId, PersonId } from '../../core/ids.js';
import type { Moment } from '../../core/records.js';
import type { Deps } from '../deps.js';
import { findOrCreateTrigger } from './findOrCreateTrigger.js';
import { resolveStrategies } from './resolveStrategies.js';
import { noticeCrisisLanguage } from '../safety/noticeCrisisLanguage.js';
import { checkNotFuture } from './time-rules.js';
import { momentView } from './views.js';

export async function logMoment(deps: Deps, personId: PersonId, input: MomentCreate): Promise<MomentView> {
  const now = deps.clock.now();
  const occurredAt = input.occurredAt ?? now;
  if (input.occurredAt !== undefined) checkNotFuture(occurredAt, now);
  return deps.store.transaction(async (tx) => {
    const trigger = await findOrCreateTrigger(deps, tx, personId, input.trigger);
    const { uses: strategies, names } = await resolveStrategies(tx, personId, input.strategies ?? []);
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
    const view = momentView(moment, { trigger: new Map([[trigger.id, trigger.name]]), strategy: names });
    const safety = moment.note === null && moment.thought === null ? null : await noticeCrisisLanguage(deps, tx, personId, { kind: 'moments', id: moment.id }, [moment.note, moment.thought]);
    return safety ? { ...view, safety } : view;
  });
}
