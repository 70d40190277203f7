/**
 * 20261207T2300_repair_unstorable_text on real databases made at the schema before it,
 * holding what older Headway stored: names with lone surrogates (SQLite kept them as
 * invalid bytes, so three triggers read back alike), notes with NUL, ESC and C1 controls,
 * a plan line with half an emoji. Afterwards every entry is still there, each name is
 * distinct and storable, and the journal's export imports into an empty journal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dropCreatedDatabases, freshDatabaseUrl, PG_ADMIN_URL } from '../pg.js';
import { randomIds, systemClock, type Deps } from '../../src/app/deps.js';
import { openJournal } from '../../src/app/person/openJournal.js';
import { exportJournal } from '../../src/app/transfer/exportJournal.js';
import { importJournal } from '../../src/app/transfer/importJournal.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { nameKey } from '../../src/core/names.js';
import { isStorableLine, isStorableText } from '../../src/core/text.js';
import type { Dialect, Store } from '../../src/store/port.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { migrationsFor } from '../../src/store/migrations/index.js';

const P = LOCAL_PERSON_ID;
const AT = '2026-02-01T09:00:00+00:00';
const MS = Date.parse(AT);
const BEFORE = '20261121T0100_add_measures_and_safety';
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  await dropCreatedDatabases();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Migrates `db` to the schema before the repair, as the last release left it. */
async function migrateToBefore(db: AnyDb, dialect: Dialect): Promise<void> {
  const all = migrationsFor(dialect);
  const older = Object.fromEntries(Object.entries(all).filter(([name]) => name <= BEFORE));
  const migrator = new Migrator({ db, provider: { getMigrations: async () => older }, migrationTableName: 'headway_migration', migrationLockTableName: 'headway_migration_lock' });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

interface OldRows {
  triggers: string[];
  strategies: string[];
  notes: Array<string | null>;
  displayName: string;
  practiceKind: string;
  planLine: string;
}

/** Rows written as the code before the repair wrote them: through the driver, unchecked. */
async function insertOldRows(db: AnyDb, rows: OldRows): Promise<void> {
  const stamp = { created_at: AT };
  await db.insertInto('persons').values({ id: P, display_name: rows.displayName, country: 'GB', ...stamp }).execute();
  const triggerIds = rows.triggers.map((_, i) => `00000000-0000-4000-8000-1000000000${String(i).padStart(2, '0')}`);
  for (const [i, name] of rows.triggers.entries()) await db.insertInto('triggers').values({ id: triggerIds[i], person_id: P, name, name_key: nameKey(name), ...stamp }).execute();
  const strategyIds = rows.strategies.map((_, i) => `00000000-0000-4000-8000-2000000000${String(i).padStart(2, '0')}`);
  for (const [i, name] of rows.strategies.entries()) {
    await db.insertInto('strategies').values({ id: strategyIds[i], person_id: P, name, name_key: nameKey(name), role: 'coping', function: 'soothe', archived: 0, updated_at: AT, ...stamp }).execute();
  }
  const entry = (i: number, note: string | null) => ({ id: `00000000-0000-4000-8000-3000000000${String(i).padStart(2, '0')}`, person_id: P, occurred_at: AT, occurred_ms: MS + i, local_day: AT.slice(0, 10), note, updated_at: AT, deleted_at: null, ...stamp });
  for (const [i, note] of rows.notes.entries()) {
    const moment = entry(i, note);
    await db.insertInto('moments').values({ ...moment, trigger_id: triggerIds[i % triggerIds.length], intensity: 5, body_state: null, thought: note, followed_thought: null, recognized_early: 0, handled_differently: 0, settled_minutes: null }).execute();
    await db.insertInto('moment_strategies').values({ moment_id: moment.id, strategy_id: strategyIds[i % strategyIds.length], position: 0, helped: 1 }).execute();
  }
  await db.insertInto('checkins').values({ ...entry(90, rows.notes[0] ?? null), distress: 3, mood: null, window_state: null, sleep_hours: null }).execute();
  await db.insertInto('practices').values({ ...entry(91, rows.notes[1] ?? null), kind: rows.practiceKind, minutes: 10 }).execute();
  await db.insertInto('shifts').values({ ...entry(92, rows.notes[2] ?? 'x'), kind: 'own-words' }).execute();
  const steps = { warningSigns: [rows.planLine], onMyOwn: [], distractions: [], askForHelp: [], professionals: [], saferSurroundings: [] };
  await db.insertInto('safety_plans').values({ person_id: P, plan: JSON.stringify({ steps, mattersMost: `Home${rows.planLine}` }), updated_at: AT }).execute();
}

async function everyText(store: Store): Promise<{ lines: string[]; texts: string[] }> {
  const person = await store.getPerson(P);
  const plan = await store.getSafetyPlan(P);
  const entries = await Promise.all((['moments', 'checkins', 'practices', 'shifts'] as const).map((k) => store.listEntries(k, P, { deleted: 'exclude' })));
  const texts = [
    ...(await store.listTriggers(P)).map((t) => t.name),
    ...(await store.listStrategies(P)).map((s) => s.name),
    ...entries.flat().flatMap((e) => [e.note, 'thought' in e ? e.thought : null, 'kind' in e ? e.kind : null]),
    ...Object.values(plan.steps).flat(),
    plan.mattersMost,
  ];
  return { lines: [person?.displayName ?? ''], texts: texts.filter((t): t is string => t !== null) };
}

/** The checks every engine shares: nothing lost, all storable, names distinct, the export imports into an empty journal. */
async function expectRepaired(store: Store, emptyStore: Store, rows: OldRows): Promise<string[]> {
  const counts = await store.countEntries(P);
  expect(counts).toMatchObject({ moments: rows.notes.length, checkins: 1, practices: 1, shifts: 1 });
  const triggers = (await store.listTriggers(P)).map((t) => t.name);
  const strategies = (await store.listStrategies(P)).map((s) => s.name);
  expect(triggers).toHaveLength(rows.triggers.length);
  expect(strategies).toHaveLength(rows.strategies.length);
  expect(new Set(triggers.map(nameKey)).size).toBe(triggers.length);
  expect(new Set(strategies.map(nameKey)).size).toBe(strategies.length);
  const { lines, texts } = await everyText(store);
  for (const t of texts) expect(isStorableText(t), JSON.stringify(t)).toBe(true);
  for (const l of lines) expect(isStorableLine(l), JSON.stringify(l)).toBe(true);

  const file = await exportJournal({ store, clock: systemClock, newId: randomIds }, P);
  const deps: Deps = { store: emptyStore, clock: systemClock, newId: randomIds };
  await openJournal(deps, { personId: P, country: 'GB' });
  await importJournal(deps, P, file);
  const again = await exportJournal(deps, P);
  expect({ ...again, exportedAt: null }).toEqual({ ...file, exportedAt: null });
  return triggers.sort();
}

describe('repairing text stored before Headway refused it, on SQLite', () => {
  it('keeps every entry, makes three look-alike trigger names distinct, and the export imports back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headway-repair-'));
    dirs.push(dir);
    const file = join(dir, 'headway.sqlite3');
    const rows: OldRows = {
      triggers: ['Work\ud800', 'Work\udc00', 'Work\udbff', 'Work\ufffd (2)', 'Café\u0085', 'Noise'],
      strategies: ['Walk\ud83d', 'walk\ude00', 'Walk\ud83d\ude00'],
      notes: ['nul\u0000here', `clear\u001b[2J`, 'bell\u0007 and C1\u009b', 'half an emoji \ud83d', 'two\nlines\tand tab', null, '한국어 stays'],
      displayName: 'Ana\nMaria\u0007',
      practiceKind: 'Yoga\udfff',
      planLine: 'Call Sam\u001b]52;c;aGk=\u0007 \ud800',
    };
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SqliteDatabase(file) }) }) as AnyDb;
    await migrateToBefore(old, 'sqlite');
    await insertOldRows(old, rows);
    await old.destroy();

    const store = await SqliteStore.openFile(file);
    const empty = await SqliteStore.openFile(':memory:');
    try {
      const triggers = await expectRepaired(store, empty, rows);
      expect(triggers).toEqual(['Café\ufffd', 'Noise', 'Work\ufffd', 'Work\ufffd (2)', 'Work\ufffd (3)', 'Work\ufffd (4)'].sort());
      expect((await store.listStrategies(P)).map((s) => s.name).sort()).toEqual(['Walk\ud83d\ude00', 'Walk\ufffd', 'walk\ufffd (2)'].sort());
      expect((await store.getPerson(P))?.displayName).toBe('Ana Maria\ufffd');
      const notes = (await store.listEntries('moments', P, {})).map((m) => m.note);
      expect(notes).toEqual(expect.arrayContaining(['nul\ufffdhere', 'clear\ufffd[2J', 'bell\ufffd and C1\ufffd', 'half an emoji \ufffd', 'two\nlines\tand tab', null, '한국어 stays']));
      expect((await store.getSafetyPlan(P)).steps.warningSigns).toEqual(['Call Sam\ufffd]52;c;aGk=\ufffd \ufffd']);
    } finally {
      await store.close();
      await empty.close();
    }
    // Opened again, there is nothing left to repair and nothing changes.
    const reopened = await SqliteStore.openFile(file);
    try {
      expect((await reopened.listTriggers(P)).map((t) => t.name).sort()).toEqual(['Café\ufffd', 'Noise', 'Work\ufffd', 'Work\ufffd (2)', 'Work\ufffd (3)', 'Work\ufffd (4)'].sort());
    } finally {
      await reopened.close();
    }
  });
});

describe.runIf(PG_ADMIN_URL)('repairing text stored before Headway refused it, on PostgreSQL', () => {
  it('keeps every entry, gives a name that now equals another a number, and the export imports back', async () => {
    const url = await freshDatabaseUrl();
    // PostgreSQL never held a NUL, and it stored a lone surrogate as U+FFFD already; controls it kept.
    const rows: OldRows = {
      triggers: ['Work\u0085', 'Work\ufffd', 'Work\u009b'],
      strategies: ['Walk\u0080', 'walk\ufffd'],
      notes: [`clear\u001b[2J`, 'bell\u0007 and C1\u009b', 'two\nlines\tand tab', null],
      displayName: 'Ana\tMaria',
      practiceKind: 'Yoga\u009f',
      planLine: 'Call Sam\u001b]52;c;aGk=\u0007 \ud800',
    };
    const old = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) }) as AnyDb;
    await migrateToBefore(old, 'postgres');
    await insertOldRows(old, rows);
    await old.destroy();

    const store = await PostgresStore.open(url);
    const empty = await PostgresStore.open(await freshDatabaseUrl());
    try {
      const triggers = await expectRepaired(store, empty, rows);
      expect(triggers).toEqual(['Work\ufffd', 'Work\ufffd (2)', 'Work\ufffd (3)'].sort());
      expect((await store.getPerson(P))?.displayName).toBe('Ana Maria');
      expect((await store.getSafetyPlan(P)).steps.warningSigns).toEqual(['Call Sam\ufffd]52;c;aGk=\ufffd \ufffd']);
    } finally {
      await store.close();
      await empty.close();
    }
  });
});
