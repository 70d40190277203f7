/**
 * First schema: people, their triggers and toolkit, and the four journal entries.
 * Column types differ per engine only where they must (floating point, 64-bit integers).
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../port.js';

// Migrations see the database as it was when they were written, not today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export function createJournal(dialect: Dialect) {
  const bigint = dialect === 'postgres' ? 'bigint' : 'integer';
  const real = dialect === 'postgres' ? 'double precision' : 'real';

  async function entryTable(db: AnyDb, name: string, extra: (t: ReturnType<AnyDb['schema']['createTable']>) => ReturnType<AnyDb['schema']['createTable']>) {
    let t = db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('occurred_ms', sql.raw(bigint), (c) => c.notNull())
      .addColumn('local_day', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text');
    t = extra(t);
    await t.execute();
    await db.schema.createIndex(`${name}_person_time`).on(name).columns(['person_id', 'occurred_ms']).execute();
  }

  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('persons')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('triggers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('triggers_person_name', ['person_id', 'name_key'])
        .execute();

      await db.schema
        .createTable('strategies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('function', 'text', (c) => c.notNull())
        .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('strategies_person_name', ['person_id', 'name_key'])
        .execute();

      await entryTable(db, 'moments', (t) =>
        t
          .addColumn('trigger_id', 'text', (c) => c.notNull().references('triggers.id'))
          .addColumn('intensity', 'integer', (c) => c.notNull())
          .addColumn('body_state', 'text')
          .addColumn('thought', 'text')
          .addColumn('followed_thought', 'integer')
          .addColumn('recognized_early', 'integer', (c) => c.notNull())
          .addColumn('handled_differently', 'integer', (c) => c.notNull())
          .addColumn('settled_minutes', 'integer'),
      );
      await db.schema.createIndex('moments_trigger').on('moments').column('trigger_id').execute();

      await db.schema
        .createTable('moment_strategies')
        .addColumn('moment_id', 'text', (c) => c.notNull().references('moments.id').onDelete('cascade'))
        .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('helped', 'integer')
        .addPrimaryKeyConstraint('moment_strategies_pk', ['moment_id', 'strategy_id'])
        .execute();
      await db.schema.createIndex('moment_strategies_strategy').on('moment_strategies').column('strategy_id').execute();

      await entryTable(db, 'checkins', (t) =>
        t
          .addColumn('distress', 'integer', (c) => c.notNull())
          .addColumn('mood', 'integer')
          .addColumn('window_state', 'text')
          .addColumn('sleep_hours', sql.raw(real)),
      );
      await entryTable(db, 'practices', (t) =>
        t.addColumn('kind', 'text', (c) => c.notNull()).addColumn('minutes', 'integer'),
      );
      await entryTable(db, 'shifts', (t) => t.addColumn('kind', 'text', (c) => c.notNull()));
    },
  };
}
