/**
 * Reading the answers of one QuestionnaireResponse for a known instrument (used by import.ts).
 *
 * An item of the response belongs to a question when its linkId is Headway's item id
 * ("mood") or the question's LOINC code, with one leading '/' allowed ("/44255-8", as
 * LHC-Forms writes it). Nested groups are searched; items matching no question (such as
 * the PHQ-9 "how difficult" item or a calculated total) are ignored.
 *
 * An answer's score is read from, in any combination that agrees:
 * - a valueCoding in Headway's answers CodeSystem ("phq-9.2");
 * - for PHQ-9 and GAD-7, a valueCoding with a LOINC answer code (LA6568-5 … LA6571-9);
 * - an ordinalValue extension on the valueCoding or on the answer;
 * - a valueInteger.
 * Codes that disagree, or a score that is not on the instrument's scale, are problems.
 */
import type { Instrument } from '../measures/instrument.js';
import type { Problem, ProblemList } from '../problems.js';
import { kindOf, quoteText } from '../quote.js';
import { ANSWERS_SYSTEM, LOINC_ANSWERS, LOINC_ANSWER_INSTRUMENTS, LOINC_SYSTEM, ORDINAL_VALUE_URL, slugOf } from './codes.js';

/** Where in the document, e.g. "entry[2].resource.item[8].answer[0]"; "" for the whole document. */
export type ImportProblem = Problem;

type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function at(path: string, key: string): string {
  return path === '' ? key : key.startsWith('[') ? `${path}${key}` : `${path}.${key}`;
}

type Question = Instrument['items'][number];

function describe(instrument: Instrument, item: Question): string {
  return `${instrument.id} item ${item.number} "${item.label}" (linkId "${item.id}"${item.loinc !== null ? ` or "${item.loinc}"` : ''})`;
}

/** Groups nest this deep at most; published questionnaires use one or two levels. */
export const MAX_GROUP_DEPTH = 10;

/** Items read between chances to pause (a response can hold millions of items). */
const ITEMS_PER_STEP = 1024;

/**
 * The response's items, nested groups included, each with its path, in document order,
 * made one at a time: a million items are never a million paths at once. A loop over a
 * stack of lists, not recursion, so a hostile file cannot exhaust the stack; groups deeper
 * than MAX_GROUP_DEPTH are reported at their path instead of read. Yields `null` every
 * ITEMS_PER_STEP items, where the caller may pause.
 */
function* flatten(items: unknown[], path: string, problems: ProblemList): Generator<{ item: Json; path: string } | null, void, void> {
  const stack: Array<{ items: unknown[]; next: number; path: string; depth: number }> = [{ items, next: 0, path, depth: 1 }];
  let seen = 0;
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    if (top.next >= top.items.length) {
      stack.pop();
      continue;
    }
    const i = top.next++;
    if (++seen % ITEMS_PER_STEP === 0) yield null;
    const item = top.items[i];
    if (!isObject(item)) continue;
    const here = at(top.path, `[${i}]`);
    yield { item, path: here };
    if (!Array.isArray(item.item)) continue;
    if (top.depth >= MAX_GROUP_DEPTH) {
      problems.add(at(here, 'item'), `Groups nest more than ${MAX_GROUP_DEPTH} levels deep; Headway does not read that far.`);
      continue;
    }
    stack.push({ items: item.item, next: 0, path: at(here, 'item'), depth: top.depth + 1 });
  }
}

function questionFor(instrument: Instrument, linkId: unknown): Question | undefined {
  if (typeof linkId !== 'string') return undefined;
  const bare = linkId.startsWith('/') ? linkId.slice(1) : linkId;
  return instrument.items.find((q) => q.id === linkId || (q.loinc !== null && q.loinc === bare));
}

function ordinalOf(extensions: unknown): number | null {
  if (!Array.isArray(extensions)) return null;
  const ext = extensions.find((e) => isObject(e) && e.url === ORDINAL_VALUE_URL);
  if (!isObject(ext)) return null;
  const value = ext.valueDecimal ?? ext.valueInteger;
  return typeof value === 'number' ? value : null;
}

/** The score of one answer, or the problem with it. */
function readAnswer(instrument: Instrument, question: Question, answer: unknown, path: string): number | ImportProblem {
  const what = describe(instrument, question);
  if (!isObject(answer)) return { path, message: `The answer to ${what} is not an object.` };
  const found: Array<{ value: number; from: string }> = [];
  let unreadCode: string | null = null;

  const coding = answer.valueCoding;
  if (isObject(coding)) {
    const { system, code } = coding;
    for (const [name, value] of [['code', code], ['system', system]] as const) {
      if (value !== undefined && typeof value !== 'string') {
        return { path: at(path, `valueCoding.${name}`), message: `valueCoding.${name} of ${what} is ${kindOf(value)}, not text.` };
      }
    }
    const slug = `${slugOf(instrument)}.`;
    if (system === ANSWERS_SYSTEM && typeof code === 'string' && code.startsWith(slug) && /^\d+$/.test(code.slice(slug.length))) {
      found.push({ value: Number(code.slice(slug.length)), from: `code ${quoteText(code)}` });
    } else if (system === LOINC_SYSTEM && LOINC_ANSWER_INSTRUMENTS.has(instrument.id) && typeof code === 'string' && Object.hasOwn(LOINC_ANSWERS, code)) {
      found.push({ value: LOINC_ANSWERS[code] ?? Number.NaN, from: `LOINC answer code ${quoteText(code)}` });
    } else {
      const codeWords = typeof code === 'string' ? `code ${quoteText(code)}` : 'no code';
      unreadCode = `${codeWords} (${typeof system === 'string' ? `system ${quoteText(system)}` : 'no system'})`;
    }
    const ordinal = ordinalOf(coding.extension);
    if (ordinal !== null) found.push({ value: ordinal, from: 'its ordinalValue' });
  }
  const ordinal = ordinalOf(answer.extension);
  if (ordinal !== null) found.push({ value: ordinal, from: 'its ordinalValue' });
  if (answer.valueInteger !== undefined) {
    if (typeof answer.valueInteger !== 'number') return { path: at(path, 'valueInteger'), message: `valueInteger of ${what} is not a number.` };
    found.push({ value: answer.valueInteger, from: 'valueInteger' });
  }

  if (found.length === 0) {
    const message =
      unreadCode !== null
        ? `The answer to ${what} has ${unreadCode}, which is not an answer Headway can read for ${instrument.id}, and no ordinalValue score.`
        : `The answer to ${what} has no valueCoding or valueInteger that Headway can read.`;
    return { path, message };
  }
  const first = found[0] ?? { value: Number.NaN, from: '' };
  const other = found.find((f) => f.value !== first.value);
  if (other !== undefined) {
    return { path, message: `The answer to ${what} is ambiguous: ${first.from} and ${other.from} give different scores.` };
  }
  const allowed = instrument.responses.map((r) => r.value).sort((a, b) => a - b);
  if (!allowed.includes(first.value)) {
    return { path, message: `The answer to ${what} is not on the ${instrument.id} scale (${allowed.join(', ')}).` };
  }
  return first.value;
}

/**
 * The answers (in item order) of a response's `item` array, or null with every problem
 * added to `problems`: unreadable or out-of-scale answers, a question listed twice or
 * answered more than once, and each question with no answer at all. Never prorates: a
 * missing question is a problem. Yields where the caller may pause.
 */
export function* readItems(instrument: Instrument, items: unknown, path: string, problems: ProblemList): Generator<void, number[] | null, void> {
  const before = problems.count;
  const itemsPath = at(path, 'item');
  const answers = new Map<string, number>();
  const seen = new Set<string>();
  if (items !== undefined && !Array.isArray(items)) problems.add(itemsPath, 'item is not a list.');

  for (const found of flatten(Array.isArray(items) ? items : [], itemsPath, problems)) {
    if (found === null) {
      yield;
      continue;
    }
    const { item, path: itemPath } = found;
    const question = questionFor(instrument, item.linkId);
    if (question === undefined) continue;
    if (seen.has(question.id)) {
      if (problems.full) problems.countMore(1);
      else problems.add(at(itemPath, 'linkId'), `${describe(instrument, question)} appears more than once.`);
      continue;
    }
    seen.add(question.id);
    const what = describe(instrument, question);
    const answer = item.answer;
    if (!Array.isArray(answer) || answer.length === 0) {
      problems.add(at(itemPath, 'answer'), `${what} has no answer. Every item must be answered; a partial form is not scored.`);
    } else if (answer.length > 1) {
      problems.add(at(itemPath, 'answer'), `${what} has ${answer.length} answers; exactly one is expected.`);
    } else {
      const value = readAnswer(instrument, question, answer[0], at(itemPath, 'answer[0]'));
      if (typeof value === 'number') answers.set(question.id, value);
      else problems.add(value.path, value.message);
    }
  }
  for (const question of instrument.items) {
    if (!seen.has(question.id)) {
      problems.add(itemsPath, `${describe(instrument, question)} is missing. Every item must be answered; a partial form is not scored.`);
    }
  }
  if (problems.count > before) return null;
  return instrument.items.map((q) => answers.get(q.id) ?? Number.NaN);
}
