/**
 * What the schema alone cannot see in the sections version 2 added: a questionnaire whose
 * answers would not score (incomplete, out of range, one too many), a safety event naming
 * a question or answer its questionnaire lacks, and the same id or reminder twice.
 * Reads whatever parts of a possibly malformed file are readable; never throws.
 */
import type { Problem } from '../../contracts/errors.js';
import { instrumentById } from '../../core/measures/catalogue.js';
import type { Instrument } from '../../core/measures/instrument.js';
import { scoreAdministration } from '../../core/measures/score.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => (isObject(x) ? x : {})) : []);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Every problem of the version 2 sections of `raw`, leaving out paths in `reported` (already named by the schema). */
export function careProblems(raw: Record<string, unknown>, reported: ReadonlySet<string>): Problem[] {
  const problems = [
    ...list(raw['measures']).flatMap((m, i) => answerProblems(m, `measures[${i}]`)),
    ...list(raw['safetyEvents']).flatMap((e, i) => eventProblems(e['detail'], `safetyEvents[${i}].detail`)),
    ...twice(list(raw['measures']).map((m) => text(m['id'])), 'measures', 'id', () => 'is used by another questionnaire in this file'),
    ...twice(list(raw['safetyEvents']).map((e) => text(e['id'])), 'safetyEvents', 'id', () => 'is used by another safety event in this file'),
    ...twice(list(raw['schedules']).map((s) => text(s['instrument'])), 'schedules', 'instrument', (key) => `"${key}" has two reminder rhythms`),
  ];
  return problems.filter((p) => !reported.has(p.path));
}

/** Scores the form as Headway would on taking it; every item that stops a score is a problem. */
function answerProblems(m: Record<string, unknown>, at: string): Problem[] {
  const instrument = instrumentById(text(m['instrument']));
  const answers = m['answers'];
  if (!instrument || !Array.isArray(answers)) return [];
  const values = answers.map((a) => (typeof a === 'number' ? a : null));
  const r = scoreAdministration(instrument, values);
  if (r.ok) return [];
  if (r.reason === 'out-of-range') {
    return r.items.map((n) => ({
      path: `${at}.answers[${n - 1}]`,
      message:
        n > instrument.items.length
          ? `is one answer too many: the ${instrument.id} has ${instrument.items.length} questions`
          : `must be one of ${allowedValues(instrument)} (question ${n}, “${instrument.items[n - 1]?.label ?? ''}”)`,
    }));
  }
  return r.missing.map((n) => ({
    path: `${at}.answers[${n - 1}]`,
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

function twice(keys: string[], where: string, field: string, message: (key: string) => string): Problem[] {
  const seen = new Set<string>();
  return keys.flatMap((key, i) => {
    if (key === '') return [];
    const repeated = seen.has(key);
    seen.add(key);
    return repeated ? [{ path: `${where}[${i}].${field}`, message: message(key) }] : [];
  });
}
