/**
 * The problems of an import file's references, found entry by entry as the file is read
 * in order (toolkit and triggers come before the entries that name them): a name twice
 * in the toolkit or triggers, an id used by two entries, a moment naming a trigger or
 * strategy the file lacks, an own-words shift without words. Reads whatever parts of a
 * possibly malformed entry are readable (non-strings count as ""); never throws.
 */
import { nameKey } from '../../core/names.js';
import type { ProblemList } from '../../core/problems.js';
import { quoteText } from '../../core/quote.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

export class ReferenceCheck {
  private readonly toolkit = new Set<string>();
  private readonly triggers = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(private readonly problems: ProblemList) {}

  /** One item of `section` at index `i`; `item` is the raw item, which may be anything. */
  check(section: string, i: number, item: unknown): void {
    const entry = isObject(item) ? item : {};
    const at = `${section}[${i}]`;
    switch (section) {
      case 'toolkit':
        return this.uniqueName(this.toolkit, entry, at);
      case 'triggers':
        return this.uniqueName(this.triggers, entry, at);
      case 'moments':
        this.uniqueId(entry, at);
        return this.momentNames(entry, at);
      case 'checkins':
      case 'practices':
        return this.uniqueId(entry, at);
      case 'shifts':
        this.uniqueId(entry, at);
        if (entry['kind'] === 'own-words' && text(entry['note']).trim() === '') {
          this.problems.add(`${at}.note`, 'needs your own words when the kind is own-words');
        }
        return;
    }
  }

  private uniqueName(seen: Set<string>, entry: Json, at: string): void {
    const name = text(entry['name']);
    if (name.trim() === '') return;
    const key = nameKey(name);
    if (seen.has(key)) this.problems.add(`${at}.name`, `${quoteText(name)} appears twice`);
    seen.add(key);
  }

  private uniqueId(entry: Json, at: string): void {
    const id = text(entry['id']);
    if (id === '') return;
    if (this.ids.has(id)) this.problems.add(`${at}.id`, 'is used by another entry in this file');
    this.ids.add(id);
  }

  private momentNames(entry: Json, at: string): void {
    const trigger = text(entry['trigger']);
    if (trigger.trim() !== '' && !this.triggers.has(nameKey(trigger))) {
      this.problems.add(`${at}.trigger`, `${quoteText(trigger)} is not in the file's triggers`);
    }
    const strategies = entry['strategies'];
    if (!Array.isArray(strategies)) return;
    const inMoment = new Set<string>();
    strategies.forEach((s: unknown, j) => {
      const name = text(isObject(s) ? s['name'] : undefined);
      const key = nameKey(name);
      if (key === '') return;
      if (!this.toolkit.has(key)) this.problems.add(`${at}.strategies[${j}].name`, `${quoteText(name)} is not in the file's toolkit`);
      if (inMoment.has(key)) this.problems.add(`${at}.strategies[${j}].name`, `${quoteText(name)} appears twice`);
      inMoment.add(key);
    });
  }
}
