/**
 * Issue 11: the therapy start date and whether the person has been asked for it, whether the
 * first-start screen has been seen (it asks the country for crisis lines), and a "recently
 * deleted" bin for questionnaire results like the one journal entries have.
 * Only adds nullable columns: nothing already stored is touched.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../port.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export function addTherapyStartWelcomeAndResultBin(_dialect: Dialect) {
  return {
    async up(db: AnyDb): Promise<void> {
      // 'YYYY-MM-DD', the day therapy began; null until the person says.
      await db.schema.alterTable('persons').addColumn('therapy_started_on', 'text').execute();
      // When Headway asked for that date (answered or not): it asks once.
      await db.schema.alterTable('persons').addColumn('therapy_start_asked_at', 'text').execute();
      // When the first-start screen was finished or skipped; null shows it.
      await db.schema.alterTable('persons').addColumn('welcomed_at', 'text').execute();
      // A deleted questionnaire result stays 30 days, restorable, as entries do.
      await db.schema.alterTable('measure_responses').addColumn('deleted_at', 'text').execute();
    },
  };
}
