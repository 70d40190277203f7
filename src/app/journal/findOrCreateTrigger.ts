/** A person's triggers are remembered: naming one again (any letter case) reuses it. */
import { cleanName } from '../../core/names.js';
import type { PersonId, TriggerId } from '../../core/ids.js';
import type { Trigger } from '../../core/records.js';
import type { StoreTx } from '../../store/port.js';
import type { Deps } from '../deps.js';

export async function findOrCreateTrigger(deps: Deps, tx: StoreTx, personId: PersonId, name: string): Promise<Trigger> {
  const clean = cleanName(name);
  const existing = await tx.findTriggerByName(personId, clean);
  if (existing) return existing;
  const trigger: Trigger = { id: deps.newId() as TriggerId, name: clean, createdAt: deps.clock.now() };
  await tx.insertTrigger(personId, trigger);
  return trigger;
}
