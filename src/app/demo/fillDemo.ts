/**
 * Fills an empty journal with the synthetic demo half-year, through the ordinary import,
 * so the demo exercises the same path as a person's own data. Refuses a journal that
 * already holds entries: demo data must never mix with a real journal.
 */
import type { ImportResult } from '../../contracts/export-format.js';
import type { PersonId } from '../../core/ids.js';
import { instantToMs, offsetMinutesOf } from '../../core/time.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { importJournal } from '../transfer/importJournal.js';
import { addDemoMeasures } from './demoMeasures.js';
import { generateDemoJournal } from './generateDemoJournal.js';

export async function fillDemo(deps: Deps, personId: PersonId): Promise<ImportResult> {
  const counts = await deps.store.countEntries(personId);
  const total = counts.moments + counts.checkins + counts.practices + counts.shifts;
  if (total > 0) {
    throw new AppError(
      'conflict',
      `This data folder already holds a journal (${total} entries), so demo data would mix with it. ` +
        'Use a fresh folder: "npm run demo", or "headway demo --data-dir /tmp/headway-demo".',
    );
  }
  const now = deps.clock.now();
  const file = generateDemoJournal({ today: now.slice(0, 10), offsetMinutes: offsetMinutesOf(now) });
  // The story runs to 21:00 today; anything after this very minute has not happened yet.
  const nowMs = instantToMs(now) ?? Number.POSITIVE_INFINITY;
  const past = <T extends { occurredAt: string }>(list: T[]) => list.filter((e) => (instantToMs(e.occurredAt) ?? 0) <= nowMs);
  const result = await importJournal(deps, personId, {
    ...file,
    moments: past(file.moments),
    checkins: past(file.checkins),
    practices: past(file.practices),
    shifts: past(file.shifts),
  });
  await addDemoMeasures(deps, personId, now.slice(0, 10), offsetMinutesOf(now), nowMs);
  return result;
}
