/**
 * Every piece of an entry a person writes in their own words, for the crisis-language
 * check (PRODUCT.md, safety: "crisis language in a note"): a note, a moment's thought and
 * the trigger it names, a practice's kind and a shift's kind, which can be their own words
 * too. A trigger called "wanting to die" deserves the same quiet offer as a note that says so.
 */
import type { EntryByKind, Moment, Practice, Shift } from '../../core/records.js';
import type { EntryKind } from '../../core/vocabulary.js';

export function freeTextOf<K extends EntryKind>(kind: K, entry: EntryByKind[K], triggerName?: string): Array<string | null | undefined> {
  switch (kind) {
    case 'moments':
      return [entry.note, (entry as Moment).thought, triggerName];
    case 'practices':
      return [entry.note, (entry as Practice).kind];
    case 'shifts':
      return [entry.note, (entry as Shift).kind];
    case 'checkins':
      return [entry.note];
  }
}
