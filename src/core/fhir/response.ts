/**
 * One completed administration as FHIR R4: the QuestionnaireResponse with every answer,
 * and an Observation for the reported total (the shape of US Core's screening-assessment
 * Observations: category "survey", value in `{score}`, derivedFrom the response).
 */
import type { Instrument } from '../measures/instrument.js';
import { scoreAdministration } from '../measures/score.js';
import {
  INSTRUMENTS_SYSTEM,
  LOINC_SYSTEM,
  OBSERVATION_CATEGORY_SYSTEM,
  UCUM_SYSTEM,
  answerCoding,
  assertFhirId,
  fhirDateTime,
  questionnaireUrl,
  slugOf,
} from './codes.js';
import type { Coding, Observation, QuestionnaireResponse, Reference } from './types.js';

export interface FhirAdministration {
  /** Headway's id of the administration; becomes the QuestionnaireResponse id. */
  id: string;
  /** ISO instant with offset, as the person's device wrote it. */
  takenAt: string;
  /** answers[i] is the score given for item i + 1. */
  answers: readonly number[];
}

/**
 * Scores the administration, refusing answers that do not fit the form. Exported data
 * must be whole: a stored administration that does not score is a bug, not an outcome,
 * so this throws (with ids only, never answers).
 */
function scored(instrument: Instrument, admin: FhirAdministration) {
  assertFhirId(admin.id, `${instrument.id} administration`);
  const result = scoreAdministration(instrument, admin.answers);
  if (!result.ok) throw new RangeError(`${instrument.id} administration ${admin.id}: answers do not fit the form (${result.reason})`);
  return result;
}

/**
 * The QuestionnaireResponse for one administration: status "completed", authored = takenAt
 * (":00" seconds added when missing, as FHIR dateTime requires), questionnaire = Headway's
 * canonical URL, one item per question (linkId = item id) whose answer is the Headway coding
 * with its score as an ordinalValue extension.
 */
export function questionnaireResponseFor(
  instrument: Instrument,
  admin: FhirAdministration,
  subject: Reference,
): QuestionnaireResponse {
  scored(instrument, admin);
  return {
    resourceType: 'QuestionnaireResponse',
    id: admin.id,
    questionnaire: questionnaireUrl(instrument),
    status: 'completed',
    subject: { reference: subject.reference },
    authored: fhirDateTime(admin.takenAt, `${instrument.id} administration ${admin.id}`),
    item: instrument.items.map((item, i) => ({
      linkId: item.id,
      text: item.text,
      answer: [{ valueCoding: answerCoding(instrument, admin.answers[i] ?? Number.NaN) }],
    })),
  };
}

/** The id of the total-score Observation of an administration. */
export function totalObservationId(adminId: string): string {
  return `${adminId}-total`;
}

/**
 * The Observations derived from one administration: at most one, for the reported total
 * (scoreAdministration's `total`, e.g. WHO-5 on its 0–100 percentage scale).
 * - code: the instrument's LOINC total code (PHQ-9 44261-6, GAD-7 70274-6) where the data
 *   has one, else Headway's instruments CodeSystem code `<id>-total` (e.g. "who-5-total").
 * - value: valueQuantity { value, unit/code '{score}', system UCUM }.
 * - derivedFrom: the QuestionnaireResponse, as "QuestionnaireResponse/<admin id>".
 * An instrument whose scoring gives no total (total null) yields no Observation.
 */
export function observationsFor(instrument: Instrument, admin: FhirAdministration, subject: Reference): Observation[] {
  const result = scored(instrument, admin);
  const total: number | null = result.total;
  if (total === null) return [];
  const text = `${instrument.name} total score`;
  const coding: Coding =
    instrument.loinc?.total != null
      ? { system: LOINC_SYSTEM, code: instrument.loinc.total }
      : { system: INSTRUMENTS_SYSTEM, code: `${slugOf(instrument)}-total`, display: text };
  return [
    {
      resourceType: 'Observation',
      id: assertFhirId(totalObservationId(admin.id), `${instrument.id} total`),
      status: 'final',
      category: [{ coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'survey', display: 'Survey' }] }],
      code: { coding: [coding], text },
      subject: { reference: subject.reference },
      effectiveDateTime: fhirDateTime(admin.takenAt, `${instrument.id} administration ${admin.id}`),
      valueQuantity: { value: total, unit: '{score}', system: UCUM_SYSTEM, code: '{score}' },
      derivedFrom: [{ reference: `QuestionnaireResponse/${admin.id}` }],
    },
  ];
}
