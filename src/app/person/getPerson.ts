/** The person's settings, as the API and CLI show them. */
import type { PersonView } from '../../contracts/toolkit.js';
import type { PersonId } from '../../core/ids.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { personView } from './personView.js';

export async function getPerson(deps: Deps, personId: PersonId): Promise<PersonView> {
  const p = await deps.store.getPerson(personId);
  if (!p) throw notFound('person');
  return personView(p);
}
