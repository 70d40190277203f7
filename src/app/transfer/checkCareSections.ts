/**
 * What the schema alone cannot see in the sections version 2 added: a questionnaire whose
 * answers would not score (incomplete, out of range, one too many), a safety event naming
 * a question or answer its questionnaire lacks, and the same id or reminder twice.
 * Reads whatever parts of a possibly malformed item are readable; never throws.
 */
import type { Problem } from '../../contracts/errors.js';
import { instrumentById } from '../../core/measures/catalogue.js';
import type { Instrument } from '../../core/measures/instrument.js';
import { scoreAdministration } from '../../core/measures/score.js';
import type { ProblemList } from '../../core/problems.js';
import { quoteText } from '../../core/quote.js';
import { MAX_LIST_ITEMS } from './hugeLists.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Checks the items of the version 2 sections one by one, in file order, remembering ids and reminders seen. */
export class CareCheck {
  private readonly measureIds = new Set<string>();
  private readonly eventIds = new Set<string>();
  private readonly scheduled = new Set<string>();

  constructor(private readonly problems: ProblemList) {}

  /**
   * The problems of `section[i]` (`item`, raw), leaving out paths in `reported` (relative
   * to the item, such as "answers[8]": already named by the schema).
   */
  check(section: string, i: number, item: unknown, reported: ReadonlySet<string>): void {
    const entry = isObject(item) ? item : {};
    const found: Problem[] = [];
    switch (section) {
      case 'measures':
        found.push(...answerProblems(entry));
        twice(this.measureIds, text(entry['id']), 'id', () => 'is used by another questionnaire in this file', found);
        break;
      case 'safetyEvents':
        found.push(...eventProblems(entry['detail'], 'detail'));
        twice(this.eventIds, text(entry['id']), 'id', () => 'is used by another safety event in this file', found);
        break;
      case 'schedules':
        twice(this.scheduled, text(entry['instrument']), 'instrument', (key) => `${quoteText(key)} has two reminder rhythms`, found);
        break;
    }
    for (const p of found) if (!reported.has(p.path)) this.problems.add(`${section}[${i}].${p.path}`, p.message);
  }
}

/** Scores the form as Headway would on taking it; every item that stops a score is a problem. */
function answerProblems(m: Record<string, unknown>): Problem[] {
  const instrument = instrumentById(text(m['instrument']));
  const answers = m['answers'];
  // A list far too long was named once as it is (hugeLists.ts): scoring it would name every item.
  if (!instrument || !Array.isArray(answers) || answers.length > MAX_LIST_ITEMS) return [];
  const values = answers.map((a) => (typeof a === 'number' ? a : null));
  const r = scoreAdministration(instrument, values);
  if (r.ok) return [];
  if (r.reason === 'out-of-range') {
    return r.items.map((n) => ({
      path: `answers[${n - 1}]`,
      message:
        n > instrument.items.length
          ? `is one answer too many: the ${instrument.id} has ${instrument.items.length} questions`
          : `must be one of ${allowedValues(instrument)} (question ${n}, “${instrument.items[n - 1]?.label ?? ''}”)`,
    }));
  }
  return r.missing.map((n) => ({
    path: `answers[${n - 1}]`,
    message: `has no answer: question ${n} (“${instrument.items[n - 1]?.label ?? ''}”) is needed for a score, which is never guessed`,
  }));
}

function eventProblems(detail: unknown, at: string): Problem[] {
  if (!isObject(detail) || detail['kind'] !== 'critical-answer') return [];
  const instrument = instrumentById(text(detail['instrument']));
  const item = detail['item'];
  const value = detail['value'];
  if (!instrument) return [];
  const problems: Problem[] = [];
  if (typeof item === 'number' && item > instrument.items.length) {
    problems.push({ path: `${at}.item`, message: `must be a question of the ${instrument.id} (1–${instrument.items.length})` });
  }
  if (typeof value === 'number' && !instrument.responses.some((r) => r.value === value)) {
    problems.push({ path: `${at}.value`, message: `must be one of ${allowedValues(instrument)}` });
  }
  if (problems.length > 0 || typeof item !== 'number' || typeof value !== 'number') return problems;
  // An event must be what Headway itself would have recorded: a critical answer, with its rule's tier.
  const rule = instrument.criticalItems.find((r) => r.item === item && value >= r.minValue);
  if (!rule) problems.push({ path: `${at}.item`, message: `is not an answer that needs care on the ${instrument.id}` });
  else if (detail['tier'] !== rule.tier) problems.push({ path: `${at}.tier`, message: `must be ${rule.tier} for question ${item} of the ${instrument.id}` });
  return problems;
}

const allowedValues = (i: Instrument) => i.responses.map((r) => r.value).join(', ');

/** A problem at `field` when `key` was seen before in its section; "" is never a repeat. */
function twice(seen: Set<string>, key: string, field: string, message: (key: string) => string, found: Problem[]): void {
  if (key === '') return;
  if (seen.has(key)) found.push({ path: field, message: message(key) });
  seen.add(key);
}
