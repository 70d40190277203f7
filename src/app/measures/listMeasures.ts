/** Reading a person's questionnaire results (deleteMeasure.ts moves one to "recently deleted"). */
import type { MeasureView } from '../../contracts/measures.js';
import type { PersonId } from '../../core/ids.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import type { InstrumentId } from '../../core/measures/instrument.js';
import type { Deps } from '../deps.js';
import { measureView } from './views.js';

/** Oldest first, optionally for one instrument. */
export async function listMeasures(deps: Deps, personId: PersonId, instrument?: InstrumentId): Promise<MeasureView[]> {
  const rows = await deps.store.listMeasures(personId, { instrument });
  return rows.map((m) => measureView(INSTRUMENTS[m.instrument], m));
}
