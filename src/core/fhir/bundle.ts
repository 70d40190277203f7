/**
 * A person's standardised measures as one FHIR R4 Bundle of type "collection": a Patient,
 * one Questionnaire per instrument used, then each QuestionnaireResponse followed by its
 * Observations.
 *
 * Every entry's fullUrl is `https://headway.local/fhir/<Type>/<id>` and every reference is
 * relative ("Patient/<id>"), which FHIR resolves against the entry's fullUrl base
 * (R4 bundle.html §2.36.4.1), so each reference finds its resource inside the Bundle.
 */
import type { InstrumentId } from '../measures/instrument.js';
import { FHIR_BASE, FHIR_LOINC_NOTICE, LOINC_SYSTEM, assertFhirId, fhirDateTime, fhirInstrument } from './codes.js';
import { questionnaireFor } from './questionnaire.js';
import { observationsFor, questionnaireResponseFor } from './response.js';
import type { Bundle, BundleEntry, BundleResource, Patient } from './types.js';

export interface FhirBundleInput {
  /** Only the id and the name the person chose to show; no other personal data is exported. */
  person: { id: string; displayName: string };
  administrations: ReadonlyArray<{ id: string; instrument: InstrumentId; takenAt: string; answers: readonly number[] }>;
  /** ISO instant with offset, from the caller's clock (core reads no clock). */
  exportedAt: string;
}

function entry(resource: BundleResource): BundleEntry {
  return { fullUrl: `${FHIR_BASE}/${resource.resourceType}/${resource.id}`, resource };
}

/**
 * The Bundle for `input`, in a stable order: Patient, Questionnaires in order of first use,
 * then administrations in the order given. Throws RangeError (ids only) when an id is not a
 * valid FHIR id, a time is not an instant with offset, or an administration does not score.
 */
export function fhirBundle(input: FhirBundleInput): Bundle {
  const patientId = assertFhirId(input.person.id, 'person');
  const displayName = input.person.displayName.trim();
  const patient: Patient = { resourceType: 'Patient', id: patientId, ...(displayName !== '' ? { name: [{ text: displayName }] } : {}) };
  const subject = { reference: `Patient/${patientId}` };

  const used = [...new Set(input.administrations.map((a) => a.instrument))];
  const entries: BundleEntry[] = [entry(patient), ...used.map((id) => entry(questionnaireFor(fhirInstrument(id))))];
  for (const admin of input.administrations) {
    const instrument = fhirInstrument(admin.instrument);
    entries.push(entry(questionnaireResponseFor(instrument, admin, subject)));
    for (const observation of observationsFor(instrument, admin, subject)) entries.push(entry(observation));
  }
  return { resourceType: 'Bundle', type: 'collection', timestamp: fhirDateTime(input.exportedAt, 'exportedAt'), entry: entries };
}

/**
 * The LOINC notice when the Bundle ships any LOINC code, else null: for the API to send
 * beside the file (MEASURES.md §8). The notice is also in each such Questionnaire's copyright.
 */
export function loincNoticeFor(bundle: Bundle): string | null {
  return JSON.stringify(bundle).includes(`"${LOINC_SYSTEM}"`) ? FHIR_LOINC_NOTICE : null;
}
