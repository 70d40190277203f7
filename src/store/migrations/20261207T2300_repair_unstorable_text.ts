/**
 * Repairs text stored before Headway refused what cannot be stored faithfully (issue 10,
 * core/text.ts): lone surrogates, which SQLite kept as invalid UTF-8 bytes that read back
 * as U+FFFD (so "Work\ud800" and "Work\udc00" looked like one name, and the journal's
 * export would not import); NUL; and C0, DEL and C1 controls outside line breaks and tabs.
 *
 * Nothing is dropped or merged. Each refused character becomes U+FFFD (in a display name,
 * a tab or line break becomes a space). Trigger and strategy names stay unique per person:
 * a repaired name that would now equal another gets " (2)", " (3)"…, cut to fit 80
 * characters. Only rows that may need it are read (an SQL filter first), so a large
 * journal migrates quickly. Running it again changes nothing.
 */
import { isUtf8 } from 'node:buffer';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { nameKey } from '../../core/names.js';
import { storableText } from '../../core/text.js';
import type { Dialect } from '../port.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** One-line text is refused any control; text with lines keeps tab, LF and CR. */
const CONTROLS = { line: String.raw`[\x01-\x1f\x7f-\x9f]`, text: String.raw`[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]` };
const NAME_CHARS = 80;

const TEXT_COLUMNS: Array<{ table: string; column: string; oneLine: boolean }> = [
  { table: 'persons', column: 'display_name', oneLine: true },
  { table: 'moments', column: 'note', oneLine: false },
  { table: 'moments', column: 'thought', oneLine: false },
  { table: 'checkins', column: 'note', oneLine: false },
  { table: 'practices', column: 'note', oneLine: false },
  { table: 'practices', column: 'kind', oneLine: false },
  { table: 'shifts', column: 'note', oneLine: false },
];

/**
 * Stored bytes as text, and whether that text is exactly what is stored. A lone surrogate
 * that SQLite holds in its three-byte form (ED A0–BF 80–BF, never valid UTF-8) becomes
 * one U+FFFD, and any other invalid byte U+FFFD too.
 */
function decodeStored(raw: unknown): { text: string; exact: boolean } {
  if (typeof raw === 'string') return { text: raw, exact: true };
  const bytes = Buffer.from(raw as Uint8Array);
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), exact: true };
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    if (bytes[i] === 0xed && b1 >= 0xa0 && b1 <= 0xbf && b2 >= 0x80 && b2 <= 0xbf) {
      out.push(0xef, 0xbf, 0xbd);
      i += 2;
    } else out.push(bytes[i] ?? 0);
  }
  return { text: new TextDecoder('utf-8').decode(Uint8Array.from(out)), exact: false };
}

export function repairUnstorableText(dialect: Dialect) {
  /** The column as stored (bytes on SQLite, where invalid UTF-8 would be decoded away) and a filter for rows that may need repair. */
  const raw = (column: string): RawBuilder<unknown> => (dialect === 'sqlite' ? sql`CAST(${sql.ref(column)} AS BLOB)` : sql.ref(column));
  const suspect = (column: string, oneLine: boolean): RawBuilder<boolean> => {
    const c = sql.ref(column);
    const controls = oneLine ? CONTROLS.line : CONTROLS.text;
    // X'ED' starts every lone surrogate SQLite stored; it also starts some Hangul, which the repair leaves as it was.
    return dialect === 'sqlite'
      ? sql<boolean>`(instr(CAST(${c} AS BLOB), X'ED') > 0 OR instr(CAST(${c} AS BLOB), X'00') > 0 OR ${c} GLOB ${`*${controls}*`})`
      : sql<boolean>`(${c} ~ ${controls})`;
  };

  async function repairColumn(db: AnyDb, table: string, column: string, oneLine: boolean): Promise<void> {
    const rows = await db.selectFrom(table).select(['id', raw(column).as('raw')]).where(suspect(column, oneLine)).execute();
    for (const row of rows as Array<{ id: string; raw: unknown }>) {
      const { text, exact } = decodeStored(row.raw);
      const repaired = storableText(text, oneLine);
      if (repaired !== text || !exact) await db.updateTable(table).set({ [column]: repaired }).where('id', '=', row.id).execute();
    }
  }

  /** Names (triggers, strategies): repaired, then kept unique per person by their name key. */
  async function repairNames(db: AnyDb, table: 'triggers' | 'strategies'): Promise<void> {
    const rows = (await db.selectFrom(table).select(['id', 'person_id', raw('name').as('raw')]).where(suspect('name', false)).execute()) as Array<{ id: string; person_id: string; raw: unknown }>;
    const fixes = rows.flatMap((row) => {
      const { text, exact } = decodeStored(row.raw);
      const repaired = storableText(text, false);
      return repaired !== text || !exact ? [{ ...row, repaired }] : [];
    });
    const changing = new Set(fixes.map((f) => f.id));
    const taken = new Map<string, Set<string>>();
    for (const fix of fixes) {
      let keys = taken.get(fix.person_id);
      if (keys === undefined) {
        // A name being repaired holds a refused character in its key, so no repaired name can equal it.
        const all = (await db.selectFrom(table).select(['id', 'name_key']).where('person_id', '=', fix.person_id).execute()) as Array<{ id: string; name_key: string }>;
        keys = new Set(all.filter((r) => !changing.has(r.id)).map((r) => r.name_key));
        taken.set(fix.person_id, keys);
      }
      let name = fix.repaired;
      for (let n = 2; keys.has(nameKey(name)); n++) name = `${fix.repaired.slice(0, NAME_CHARS - ` (${n})`.length)} (${n})`;
      keys.add(nameKey(name));
      await db.updateTable(table).set({ name, name_key: nameKey(name) }).where('id', '=', fix.id).execute();
    }
  }

  /** The safety plan is JSON, where a lone surrogate or control is written as an escape: read, repaired, written back. */
  async function repairPlans(db: AnyDb): Promise<void> {
    const plans = (await db.selectFrom('safety_plans').select(['person_id', 'plan']).execute()) as Array<{ person_id: string; plan: string }>;
    for (const { person_id, plan } of plans) {
      const saved = JSON.parse(plan) as { steps: Record<string, string[]>; mattersMost: string };
      const fixed = {
        ...saved,
        steps: Object.fromEntries(Object.entries(saved.steps).map(([step, lines]) => [step, lines.map((l) => storableText(l, false))])),
        ...(typeof saved.mattersMost === 'string' && { mattersMost: storableText(saved.mattersMost, false) }),
      };
      const text = JSON.stringify(fixed);
      if (text !== plan) await db.updateTable('safety_plans').set({ plan: text }).where('person_id', '=', person_id).execute();
    }
  }

  return {
    async up(db: AnyDb): Promise<void> {
      for (const { table, column, oneLine } of TEXT_COLUMNS) await repairColumn(db, table, column, oneLine);
      await repairNames(db, 'triggers');
      await repairNames(db, 'strategies');
      await repairPlans(db);
    },
  };
}
