/**
 * Questionnaires, the safety plan, safety events and reminder rhythms (issue 4).
 * Only adds tables: nothing already stored is touched.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../port.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export function addMeasuresAndSafety(dialect: Dialect) {
  const bigint = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('measure_responses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
        .addColumn('instrument', 'text', (c) => c.notNull())
        .addColumn('taken_at', 'text', (c) => c.notNull())
        .addColumn('taken_ms', sql.raw(bigint), (c) => c.notNull())
        // JSON array of item values, e.g. "[0,1,2,0,0,1,0,0,0]".
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('measure_responses_person_time').on('measure_responses').columns(['person_id', 'taken_ms']).execute();

      await db.schema
        .createTable('safety_plans')
        .addColumn('person_id', 'text', (c) => c.primaryKey().references('persons.id').onDelete('cascade'))
        // JSON of { steps, mattersMost }.
        .addColumn('plan', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('safety_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('occurred_ms', sql.raw(bigint), (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        // JSON of the event's numbers and categories; never the person's words.
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('acknowledged_at', 'text')
        .execute();
      await db.schema.createIndex('safety_events_person_time').on('safety_events').columns(['person_id', 'occurred_ms']).execute();

      await db.schema
        .createTable('measure_schedules')
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
        .addColumn('instrument', 'text', (c) => c.notNull())
        .addColumn('every_days', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('measure_schedules_pk', ['person_id', 'instrument'])
        .execute();
    },
  };
}
