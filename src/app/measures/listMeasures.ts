/** Reading and removing a person's questionnaire results. */
import type { MeasureView } from '../../contracts/measures.js';
import type { MeasureId, PersonId } from '../../core/ids.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import type { InstrumentId } from '../../core/measures/instrument.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { measureView } from './views.js';

/** Oldest first, optionally for one instrument. */
export async function listMeasures(deps: Deps, personId: PersonId, instrument?: InstrumentId): Promise<MeasureView[]> {
  const rows = await deps.store.listMeasures(personId, { instrument });
  return rows.map((m) => measureView(INSTRUMENTS[m.instrument], m));
}

/** Removes one result for good, e.g. one entered by mistake. Safety events it raised stay. */
export async function deleteMeasure(deps: Deps, personId: PersonId, id: MeasureId): Promise<{ id: MeasureId }> {
  const gone = await deps.store.transaction((tx) => tx.deleteMeasure(personId, id));
  if (!gone) throw notFound('questionnaire result', 'id');
  return { id };
}
