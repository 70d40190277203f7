/**
 * Fills an empty journal with the synthetic demo half-year, through the ordinary import,
 * so the demo exercises the same path as a person's own data. Refuses a journal that
 * already holds entries, questionnaires, a saved safety plan, or a toolkit or triggers the
 * person has made their own: demo data must never mix with a real journal.
 */
import type { ImportResult } from '../../contracts/export-format.js';
import type { PersonId } from '../../core/ids.js';
import { instantToMs, offsetMinutesOf } from '../../core/time.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { stillAsStarted } from '../toolkit/stillAsStarted.js';
import { importJournal } from '../transfer/importJournal.js';
import { demoCare } from './demoMeasures.js';
import { generateDemoJournal } from './generateDemoJournal.js';

export async function fillDemo(deps: Deps, personId: PersonId): Promise<ImportResult> {
  const counts = await deps.store.countEntries(personId);
  const total = counts.moments + counts.checkins + counts.practices + counts.shifts;
  const [measures, events, schedules, plan] = await Promise.all([
    deps.store.listMeasures(personId, { deleted: 'include' }),
    deps.store.listSafetyEvents(personId),
    deps.store.listSchedules(personId),
    deps.store.getSafetyPlan(personId),
  ]);
  const ownToolkit = !(await stillAsStarted(deps.store, personId));
  const held = [
    total > 0 && `${total} ${total === 1 ? 'entry' : 'entries'}`,
    measures.length > 0 && `${measures.length} questionnaire result${measures.length === 1 ? '' : 's'}`,
    events.length > 0 && `${events.length} safety note${events.length === 1 ? '' : 's'}`,
    schedules.length > 0 && `${schedules.length} questionnaire reminder${schedules.length === 1 ? '' : 's'}`,
    plan.updatedAt !== null && 'a safety plan',
    ownToolkit && 'a toolkit or triggers of your own',
  ].filter((x): x is string => typeof x === 'string');
  if (held.length > 0) {
    throw new AppError(
      'conflict',
      `This data folder already holds a journal (${held.join(', ')}), ` +
        'so demo data would mix with it. Use a fresh folder: "npm run demo", or "headway demo --data-dir /tmp/headway-demo".',
    );
  }
  const now = deps.clock.now();
  const file = generateDemoJournal({ today: now.slice(0, 10), offsetMinutes: offsetMinutesOf(now) });
  // The story runs to 21:00 today; anything after this very minute has not happened yet.
  const nowMs = instantToMs(now) ?? Number.POSITIVE_INFINITY;
  const past = <T extends { occurredAt: string }>(list: T[]) => list.filter((e) => (instantToMs(e.occurredAt) ?? 0) <= nowMs);
  // One import, one transaction: the journal and its questionnaires, plan and rhythms together.
  return importJournal(deps, personId, {
    ...file,
    moments: past(file.moments),
    checkins: past(file.checkins),
    practices: past(file.practices),
    shifts: past(file.shifts),
    ...demoCare(deps.newId, now.slice(0, 10), offsetMinutesOf(now), nowMs),
  });
}
