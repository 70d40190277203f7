/**
 * Entries made into rows ahead of a transaction (Store.prepareEntries). A long import
 * holds the write lock for its whole transaction, so everything that does not need the
 * database (turning records into column values, parsing each instant, splitting off a
 * moment's strategies) is done before it; inside, insertEntries only writes
 * (docs/PERFORMANCE.md, "Logging during a long import").
 */
import type { EntryId, PersonId } from '../core/ids.js';
import type { EntryByKind, Moment } from '../core/records.js';
import type { EntryKind } from '../core/vocabulary.js';
import { ENTRY_ROWS, boolOrNull } from './entry-rows.js';
import type { PreparedEntries } from './port.js';

/** One moment_strategies row: moment_id, strategy_id, position, helped (0, 1 or null). */
export type UseValues = [string, string, number, number | null];

const NONE: UseValues[] = [];

export class PreparedRows<K extends EntryKind> implements PreparedEntries<K> {
  constructor(
    readonly kind: K,
    readonly personId: PersonId,
    readonly ids: readonly EntryId[],
    /** Column names, in the order of each row's values; empty when there are no rows. */
    readonly columns: readonly string[],
    readonly values: readonly unknown[][],
    /** For moments, each moment's strategy rows (same index as `values`); otherwise empty. */
    readonly uses: readonly UseValues[][],
  ) {}

  without(ids: ReadonlySet<string>): PreparedRows<K> {
    if (ids.size === 0) return this;
    const keep: number[] = [];
    this.ids.forEach((id, i) => {
      if (!ids.has(id)) keep.push(i);
    });
    if (keep.length === this.ids.length) return this;
    const pick = <T>(list: readonly T[]) => (list.length === 0 ? [] : keep.map((i) => list[i] as T));
    return new PreparedRows(this.kind, this.personId, pick(this.ids), this.columns, pick(this.values), pick(this.uses));
  }
}

/** The rows insertEntry would write for each entry, in the same columns (entry-rows.ts). */
export function prepareEntries<K extends EntryKind>(kind: K, personId: PersonId, entries: readonly EntryByKind[K][]): PreparedRows<K> {
  const spec = ENTRY_ROWS[kind];
  const ids: EntryId[] = [];
  const values: unknown[][] = [];
  const uses: UseValues[][] = [];
  let columns: readonly string[] = [];
  for (const entry of entries) {
    const row = spec.toRow(personId, entry) as unknown as Record<string, unknown>;
    // toRow builds every row of a kind with the same keys in the same order (entry-rows.ts).
    if (values.length === 0) columns = Object.keys(row);
    ids.push(entry.id);
    values.push(Object.values(row));
    if (kind === 'moments') {
      const m = entry as Moment;
      uses.push(m.strategies.length === 0 ? NONE : m.strategies.map((s, position): UseValues => [m.id, s.strategyId, position, boolOrNull(s.helped)]));
    }
  }
  return new PreparedRows(kind, personId, ids, columns, values, uses);
}

/** The rows of entries this module prepared; anything else is a programming error. */
export function preparedRows<K extends EntryKind>(prepared: PreparedEntries<K>): PreparedRows<K> {
  if (!(prepared instanceof PreparedRows)) throw new Error('insertEntries takes only what Store.prepareEntries made');
  return prepared as PreparedRows<K>;
}
