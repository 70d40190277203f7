/** Questionnaire results in "recently deleted", most recently taken first, as deleted entries are listed. */
import type { DeletedMeasureView } from '../../contracts/measures.js';
import type { PersonId } from '../../core/ids.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import type { Deps } from '../deps.js';
import { isExpired, restorableUntil } from '../journal/deleteEntry.js';
import { measureView } from './views.js';

export async function listDeletedMeasures(deps: Deps, personId: PersonId): Promise<DeletedMeasureView[]> {
  const now = deps.clock.now();
  const deleted = await deps.store.listDeletedMeasures(personId);
  // Past their days they are gone for good at the next purge; none is shown meanwhile.
  return deleted.flatMap(({ deletedAt, ...m }) =>
    deletedAt === null || isExpired(deletedAt, now)
      ? []
      : [{ ...measureView(INSTRUMENTS[m.instrument], m), deletedAt, restorableUntil: restorableUntil(deletedAt), totalMax: INSTRUMENTS[m.instrument].scoring?.max ?? null }],
  );
}
