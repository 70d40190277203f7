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
 * Items and answers are read as described in import-items.ts.
 */
import type { Instrument, InstrumentId } from '../measures/instrument.js';
import { instantToMs } from '../time.js';
import { FHIR_INSTRUMENTS, fhirInstrument, questionnaireUrl } from './codes.js';
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

export type ImportResult = { ok: true; administrations: ImportedAdministration[] } | { ok: false; problems: ImportProblem[] };

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
  if (typeof authored !== 'string') return { path, message: `authored is not text: expected a date and time ${example}.` };
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(authored)) {
    return { path, message: `authored "${authored}" has no time of day: a date, a time and a time zone offset are needed, ${example}.` };
  }
  const m = DATE_TIME_RE.exec(authored);
  if (m !== null && m[3] === undefined) {
    return { path, message: `authored "${authored}" has no time zone offset (such as Z or +01:00), so the day it was filled in is unknown.` };
  }
  if (m === null || instantToMs(authored) === null) {
    return { path, message: `authored "${authored}" is not a valid date and time with a time zone offset, ${example}.` };
  }
  return null;
}

function readResponse(resource: Record<string, unknown>, path: string): ImportedAdministration | ImportProblem[] {
  const problems: ImportProblem[] = [];
  const { status, authored, questionnaire } = resource;
  if (status !== 'completed' && status !== 'amended') {
    const said = status === undefined ? 'is missing' : `is ${JSON.stringify(status)}`;
    problems.push({ path: at(path, 'status'), message: `status ${said}: only a completed or amended response can be imported.` });
  }
  const authoredIssue = authoredProblem(authored, at(path, 'authored'));
  if (authoredIssue !== null) problems.push(authoredIssue);

  let instrument: Instrument | null = null;
  if (typeof questionnaire !== 'string') {
    const said = questionnaire === undefined ? 'is missing' : 'is not text';
    problems.push({ path: at(path, 'questionnaire'), message: `questionnaire ${said}, so the form cannot be recognised.` });
  } else {
    instrument = instrumentForCanonical(questionnaire);
    if (instrument === null) {
      problems.push({
        path: at(path, 'questionnaire'),
        message: `questionnaire "${questionnaire}" is not a form Headway can recognise. Headway reads: ${acceptedCanonicals()}.`,
      });
    }
  }
  if (instrument === null) return problems;
  const items = readItems(instrument, resource.item, path);
  if (!items.ok) problems.push(...items.problems);
  if (problems.length > 0 || !items.ok) return problems;
  const fhirId = typeof resource.id === 'string' ? resource.id : null;
  return { instrument: instrument.id, takenAt: String(authored), answers: items.answers, fhirId, authoredPath: at(path, 'authored') };
}

/**
 * Reads `json` (already parsed) as a QuestionnaireResponse or a Bundle of them. Returns
 * every administration, or — if anything is wrong — every problem and no administration.
 */
export function parseQuestionnaireResponses(json: unknown): ImportResult {
  if (!isObject(json)) {
    return { ok: false, problems: [{ path: '', message: 'The document is not a FHIR resource: expected a JSON object with a resourceType.' }] };
  }
  const found: Array<{ resource: Record<string, unknown>; path: string }> = [];
  if (json.resourceType === 'QuestionnaireResponse') {
    found.push({ resource: json, path: '' });
  } else if (json.resourceType === 'Bundle') {
    if (!Array.isArray(json.entry)) {
      return { ok: false, problems: [{ path: 'entry', message: 'The Bundle has no entry list, so it holds no QuestionnaireResponse.' }] };
    }
    json.entry.forEach((entry: unknown, i) => {
      if (isObject(entry) && isObject(entry.resource) && entry.resource.resourceType === 'QuestionnaireResponse') {
        found.push({ resource: entry.resource, path: `entry[${i}].resource` });
      }
    });
    if (found.length === 0) return { ok: false, problems: [{ path: 'entry', message: 'The Bundle holds no QuestionnaireResponse.' }] };
  } else {
    const said = json.resourceType === undefined ? 'is missing' : `is ${JSON.stringify(json.resourceType)}`;
    return { ok: false, problems: [{ path: 'resourceType', message: `resourceType ${said}: expected a QuestionnaireResponse or a Bundle of them.` }] };
  }

  const administrations: ImportedAdministration[] = [];
  const problems: ImportProblem[] = [];
  for (const { resource, path } of found) {
    const read = readResponse(resource, path);
    if (Array.isArray(read)) problems.push(...read);
    else administrations.push(read);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, administrations };
}
