/**
 * Changes the person's display name, country (which chooses their crisis lines) or the day
 * their therapy began; or notes that they skipped the question about that day.
 */
import type { PersonUpdate, PersonView } from '../../contracts/toolkit.js';
import type { PersonId } from '../../core/ids.js';
import { addDays, localDayOf } from '../../core/time.js';
import type { PersonPatch } from '../../store/port.js';
import type { Deps } from '../deps.js';
import { invalid, notFound } from '../errors.js';
import { personView } from './personView.js';

export async function updatePerson(deps: Deps, personId: PersonId, patch: PersonUpdate): Promise<PersonView> {
  const now = deps.clock.now();
  const started = patch.therapyStartedOn;
  // A day ahead is allowed: "today" here is in this machine's offset, not the person's.
  if (started != null && started > addDays(localDayOf(now), 1)) {
    throw invalid('therapyStartedOn', "can't be in the future: give the day it began, or leave it empty");
  }
  return deps.store.transaction(async (tx) => {
    const person = await tx.getPerson(personId);
    if (!person) throw notFound('person');
    // Giving the date answers the question too, so it is never asked afterwards.
    const answered = patch.therapyStartAsked === true || started != null;
    const changes: PersonPatch = {
      ...(patch.displayName !== undefined && { displayName: patch.displayName }),
      ...(patch.country !== undefined && { country: patch.country }),
      ...(started !== undefined && { therapyStartedOn: started }),
      ...(answered && (person.therapyStartAskedAt ?? null) === null && { therapyStartAskedAt: now }),
    };
    await tx.updatePerson(personId, changes);
    return personView({ ...person, ...changes });
  });
}
