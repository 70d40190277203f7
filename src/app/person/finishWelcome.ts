/**
 * The person finished the first-start screen: with "continue" their chosen country now picks
 * the crisis lines; with "skip" the guessed one stays. Either way the screen is not shown
 * again. Doing it twice keeps the first time (and still applies a country sent again).
 */
import type { PersonView } from '../../contracts/toolkit.js';
import type { Welcome } from '../../contracts/welcome.js';
import type { PersonId } from '../../core/ids.js';
import type { PersonPatch } from '../../store/port.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { personView } from './personView.js';

export async function finishWelcome(deps: Deps, personId: PersonId, welcome: Welcome): Promise<PersonView> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const person = await tx.getPerson(personId);
    if (!person) throw notFound('person');
    const changes: PersonPatch = {
      welcomedAt: person.welcomedAt ?? now,
      ...(welcome.choice === 'continue' && { country: welcome.country }),
    };
    await tx.updatePerson(personId, changes);
    return personView({ ...person, ...changes });
  });
}
