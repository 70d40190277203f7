/** Changes the person's display name or country (which chooses their crisis lines). */
import type { PersonUpdate, PersonView } from '../../contracts/toolkit.js';
import type { PersonId } from '../../core/ids.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';

export async function updatePerson(deps: Deps, personId: PersonId, patch: PersonUpdate): Promise<PersonView> {
  return deps.store.transaction(async (tx) => {
    const person = await tx.getPerson(personId);
    if (!person) throw notFound('person');
    await tx.updatePerson(personId, {
      ...(patch.displayName !== undefined && { displayName: patch.displayName }),
      ...(patch.country !== undefined && { country: patch.country }),
    });
    return {
      id: person.id,
      displayName: patch.displayName ?? person.displayName,
      country: patch.country ?? person.country,
    };
  });
}
