/**
 * Every piece of an entry a person writes in their own words, for the crisis-language
 * check (PRODUCT.md, safety: "crisis language in a note"): a note, a moment's thought and
 * the trigger it names, a practice's kind and a shift's kind, which can be their own words
 * too. A trigger called "wanting to die" deserves the same quiet offer as a note that says so.
 */
import type { EntryByKind, Moment, Practice, Shift } from '../../core/records.js';
import type { EntryKind } from '../../core/vocabulary.js';

export interface FreeText {
  /** Written once: a note, a thought. */
  texts: Array<string | null | undefined>;
  /** Names a person uses again and again: a trigger, a kind. */
  names: Array<string | null | undefined>;
}

export function freeTextOf<K extends EntryKind>(kind: K, entry: EntryByKind[K], triggerName?: string): FreeText {
  switch (kind) {
    case 'moments':
      return { texts: [entry.note, (entry as Moment).thought], names: [triggerName] };
    case 'practices':
      return { texts: [entry.note], names: [(entry as Practice).kind] };
    case 'shifts':
      return { texts: [entry.note], names: [(entry as Shift).kind] };
    case 'checkins':
      return { texts: [entry.note], names: [] };
  }
}

/** Everything of it, for a check that reads it all once. */
export const allFreeText = (f: FreeText): Array<string | null | undefined> => [...f.texts, ...f.names];
