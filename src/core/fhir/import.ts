/**
 * Importing standardised-measure answers from FHIR R4 QuestionnaireResponses: one
 * resource, or a Bundle whose QuestionnaireResponse entries are read (other resource types
 * are ignored). All or nothing: any problem anywhere means nothing is imported, and every
 * problem is reported with its path ("entry[2].resource.item[8].answer[0]").
 *
 * A response must be `completed` or `amended`, carry `authored` with a time and a time zone
 * offset, and name a questionnaire Headway can map to exactly one instrument:
 * - Headway's own canonical, https://headway.local/fhir/Questionnaire/<id lower-cased>;
 * - LOINC's canonical for the instrument's verified panel code, http://loinc.org/q/<panel>
 *   (PHQ-9 44249-1, GAD-7 69737-5; MEASURES.md §8);
 * - US Core's PHQ-9 Questionnaire, http://hl7.org/fhir/us/core/Questionnaire/phq-9-example
 *   (MEASURES.md §2.1: its items are the nine LOINC-coded PHQ-9 questions).
 * A "|version" suffix is ignored. Anything else, including "Questionnaire/<id>" references
 * to some server's own copy, is refused, since the form behind it cannot be known.
 * Items and answers are read as described in import-items.ts. A Bundle of a million
 * responses is read one response at a time, keeping the first PROBLEM_LIMIT problems
 * and counting the rest (core/problems.ts).
 */
import type { Instrument, InstrumentId } from '../measures/instrument.js';
import { instantToMs } from '../time.js';
import { FHIR_INSTRUMENTS, fhirInstrument, questionnaireUrl } from './codes.js';
import { ProblemList } from '../problems.js';
import { kindOf, quoteText } from '../quote.js';
import { at, isObject, readItems, type ImportProblem } from './import-items.js';

export type { ImportProblem } from './import-items.js';

export interface ImportedAdministration {
  instrument: InstrumentId;
  /** `authored`, exactly as written (an ISO date-time with offset). */
  takenAt: string;
  /** answers[i] is the score for item i + 1. */
  answers: number[];
  /** The response's own id, if it had one. */
  fhirId: string | null;
  /** Where its `authored` is in the document ("entry[2].resource.authored"), for problems found later. */
  authoredPath: string;
}

/** `problems`: the first PROBLEM_LIMIT; `problemCount`: all of them. */
export type ImportResult = { ok: true; administrations: ImportedAdministration[] } | { ok: false; problems: readonly ImportProblem[]; problemCount: number };

const US_CORE_PHQ9 = 'http://hl7.org/fhir/us/core/Questionnaire/phq-9-example';

/** The instrument a questionnaire canonical names, or null when it cannot be mapped unambiguously. */
export function instrumentForCanonical(canonical: string): Instrument | null {
  const url = canonical.split('|')[0] ?? '';
  if (url === US_CORE_PHQ9) return fhirInstrument('PHQ-9');
  const matches = FHIR_INSTRUMENTS.filter(
    (i) => url === questionnaireUrl(i) || (i.loinc?.panel != null && url === `http://loinc.org/q/${i.loinc.panel}`),
  );
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

function acceptedCanonicals(): string {
  const loinc = FHIR_INSTRUMENTS.flatMap((i) => (i.loinc?.panel != null ? [`http://loinc.org/q/${i.loinc.panel} (${i.id})`] : []));
  return [...FHIR_INSTRUMENTS.map(questionnaireUrl), ...loinc, `${US_CORE_PHQ9} (PHQ-9)`].join(', ');
}

const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

function authoredProblem(authored: unknown, path: string): ImportProblem | null {
  const example = 'such as 2026-03-02T21:15:00+01:00';
  if (authored === undefined) return { path, message: `authored is missing: the date and time the form was filled in is needed, ${example}.` };
  if (typeof authored !== 'string') return { path, message: `authored is ${kindOf(authored)}, not text: expected a date and time ${example}.` };
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(authored)) {
    return { path, message: `authored ${quoteText(authored)} has no time of day: a date, a time and a time zone offset are needed, ${example}.` };
  }
  const m = DATE_TIME_RE.exec(authored);
  if (m !== null && m[3] === undefined) {
    return { path, message: `authored ${quoteText(authored)} has no time zone offset (such as Z or +01:00), so the day it was filled in is unknown.` };
  }
  if (m === null || instantToMs(authored) === null) {
    return { path, message: `authored ${quoteText(authored)} is not a valid date and time with a time zone offset, ${example}.` };
  }
  return null;
}

/** What a field that is there but wrong "is": its text quoted and cut (core/quote.ts), or its kind, never the value. */
function saidOf(value: unknown): string {
  return typeof value === 'string' ? `is ${quoteText(value)}` : `is ${kindOf(value)}, not text`;
}

/** One response read into an administration, or null with its problems added to `problems`. */
function* readResponse(resource: Record<string, unknown>, path: string, problems: ProblemList): Generator<void, ImportedAdministration | null, void> {
  const before = problems.count;
  const { status, authored, questionnaire } = resource;
  if (status !== 'completed' && status !== 'amended') {
    const said = status === undefined ? 'is missing' : saidOf(status);
    problems.add(at(path, 'status'), `status ${said}: only a completed or amended response can be imported.`);
  }
  const authoredIssue = authoredProblem(authored, at(path, 'authored'));
  if (authoredIssue !== null) problems.add(authoredIssue.path, authoredIssue.message);

  let instrument: Instrument | null = null;
  if (typeof questionnaire !== 'string') {
    const said = questionnaire === undefined ? 'is missing' : `is ${kindOf(questionnaire)}, not text`;
    problems.add(at(path, 'questionnaire'), `questionnaire ${said}, so the form cannot be recognised.`);
  } else {
    instrument = instrumentForCanonical(questionnaire);
    if (instrument === null && problems.full) problems.countMore(1);
    else if (instrument === null) {
      problems.add(at(path, 'questionnaire'), `questionnaire ${quoteText(questionnaire)} is not a form Headway can recognise. Headway reads: ${acceptedCanonicals()}.`);
    }
  }
  if (instrument === null) return null;
  const answers = yield* readItems(instrument, resource.item, path, problems);
  if (answers === null || problems.count > before) return null;
  const fhirId = typeof resource.id === 'string' ? resource.id : null;
  return { instrument: instrument.id, takenAt: String(authored), answers, fhirId, authoredPath: at(path, 'authored') };
}

/** Bundle entries looked at between chances to pause. */
const ENTRIES_PER_STEP = 256;

/**
 * Reads `json` (already parsed) as a QuestionnaireResponse or a Bundle of them, one
 * response at a time. Returns every administration, or — if anything is wrong — none,
 * with the problems in `problems` (the first PROBLEM_LIMIT kept, all counted). Yields
 * every few hundred entries or items, where a caller may let other work in.
 */
export function* readQuestionnaireResponses(json: unknown, problems: ProblemList): Generator<void, ImportedAdministration[], void> {
  if (!isObject(json)) {
    problems.add('', 'The document is not a FHIR resource: expected a JSON object with a resourceType.');
    return [];
  }
  if (json.resourceType === 'QuestionnaireResponse') {
    const read = yield* readResponse(json, '', problems);
    return read === null ? [] : [read];
  }
  if (json.resourceType !== 'Bundle') {
    const said = json.resourceType === undefined ? 'is missing' : saidOf(json.resourceType);
    problems.add('resourceType', `resourceType ${said}: expected a QuestionnaireResponse or a Bundle of them.`);
    return [];
  }
  if (!Array.isArray(json.entry)) {
    problems.add('entry', 'The Bundle has no entry list, so it holds no QuestionnaireResponse.');
    return [];
  }
  let administrations: ImportedAdministration[] | null = [];
  let responses = 0;
  for (let i = 0; i < json.entry.length; i++) {
    if (i % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    const entry: unknown = json.entry[i];
    if (!isObject(entry) || !isObject(entry.resource) || entry.resource.resourceType !== 'QuestionnaireResponse') continue;
    responses++;
    const read = yield* readResponse(entry.resource, `entry[${i}].resource`, problems);
    // Nothing is imported once anything is wrong: what was read is let go.
    if (read === null || problems.count > 0) administrations = null;
    else administrations?.push(read);
  }
  if (responses === 0) problems.add('entry', 'The Bundle holds no QuestionnaireResponse.');
  return administrations ?? [];
}

/** readQuestionnaireResponses in one go, for a caller with nothing else to do meanwhile. */
export function parseQuestionnaireResponses(json: unknown): ImportResult {
  const problems = new ProblemList();
  const steps = readQuestionnaireResponses(json, problems);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return problems.count > 0 ? { ok: false, problems: problems.problems, problemCount: problems.count } : { ok: true, administrations: step.value };
}
