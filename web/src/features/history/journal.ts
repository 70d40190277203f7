/** All four kinds of entry as one list, newest first, grouped by the day they happened. */
import type { CheckinView, MomentView, PracticeView, ShiftView } from '../../../../src/contracts/entries.js';
import { localDayOf } from '../../../../src/core/time.js';
import { ENTRY_KINDS, type EntryKind } from '../../../../src/core/vocabulary.js';
import { api } from '../../lib/api.js';
import { sortKey } from '../../lib/when.js';
import { entryAction } from '../../lib/usePendingFocus.js';

export type AnyEntry =
  | { kind: 'moments'; entry: MomentView }
  | { kind: 'checkins'; entry: CheckinView }
  | { kind: 'practices'; entry: PracticeView }
  | { kind: 'shifts'; entry: ShiftView };

export interface DayGroup {
  day: string;
  entries: AnyEntry[];
}

/** Loads every kind with the same query (e.g. "since=2026-10-21" or "deleted=only"). */
export async function loadJournal(query: string): Promise<AnyEntry[]> {
  const lists = await Promise.all(
    ENTRY_KINDS.map(async (kind) => {
      const { items } = await api.get<{ items: AnyEntry['entry'][] }>(`/api/${kind}?${query}`);
      return items.map((entry) => ({ kind, entry }) as AnyEntry);
    }),
  );
  return lists.flat().sort((a, b) => sortKey(b.entry.occurredAt) - sortKey(a.entry.occurredAt));
}

export function groupByDay(entries: readonly AnyEntry[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const e of entries) {
    const day = localDayOf(e.entry.occurredAt);
    const last = groups[groups.length - 1];
    if (last !== undefined && last.day === day) last.entries.push(e);
    else groups.push({ day, entries: [e] });
  }
  return groups;
}

export function entryPath(kind: EntryKind, id: string): string {
  return `/api/${kind}/${encodeURIComponent(id)}`;
}

/** Where keyboard focus goes when an entry leaves a list: the next entry's first action, else the one before, else the page's heading. */
export function focusAfterRemoving(entries: readonly AnyEntry[], id: string): string {
  const i = entries.findIndex((x) => x.entry.id === id);
  const neighbour = entries[i + 1] ?? entries[i - 1];
  return neighbour !== undefined ? entryAction(neighbour.entry.id) : 'h1';
}
