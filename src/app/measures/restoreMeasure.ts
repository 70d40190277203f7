/** Brings a questionnaire result back from "recently deleted". */
import type { MeasureView } from '../../contracts/measures.js';
import type { MeasureId, PersonId } from '../../core/ids.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import type { Deps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { isExpired, RESTORE_DAYS } from '../journal/deleteEntry.js';
import { measureView } from './views.js';

export async function restoreMeasure(deps: Deps, personId: PersonId, id: MeasureId): Promise<MeasureView> {
  return deps.store.transaction(async (tx) => {
    const m = await tx.getMeasure(personId, id);
    if (!m || m.deletedAt === null) throw notFound('recently deleted questionnaire result', 'id');
    // Removed for good by the next purge; until then it is past its time all the same.
    if (isExpired(m.deletedAt, deps.clock.now())) {
      throw new AppError('not_found', `This result was deleted more than ${RESTORE_DAYS} days ago, so it can no longer be restored.`, 'id');
    }
    await tx.setMeasureDeleted(personId, id, null);
    return measureView(INSTRUMENTS[m.instrument], m);
  });
}
