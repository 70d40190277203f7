import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS, LOINC_NOTICE } from '../measures/instrument.js';
import { fhirBundle, loincNoticeFor, type FhirBundleInput } from './bundle.js';
import { fhirInstrument } from './codes.js';

const PERSON = { id: '00000000-0000-4000-8000-000000000001', displayName: 'Sam' };
const EXPORTED_AT = '2026-03-10T09:00:00Z';

function admin(id: string, instrument: FhirBundleInput['administrations'][number]['instrument'], takenAt = '2026-03-02T21:15:00+01:00') {
  const form = fhirInstrument(instrument);
  const answers = form.items.map((_, i) => form.responses[i % form.responses.length]?.value ?? 0);
  return { id, instrument, takenAt, answers };
}

/** Every reference in the bundle, resolved against its entry's fullUrl base (R4 bundle.html). */
function unresolvedReferences(bundle: ReturnType<typeof fhirBundle>): string[] {
  const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
  const missing: string[] = [];
  for (const e of bundle.entry) {
    const base = e.fullUrl.slice(0, e.fullUrl.lastIndexOf('/', e.fullUrl.lastIndexOf('/') - 1) + 1);
    JSON.stringify(e.resource, (key, value: unknown) => {
      if (key === 'reference' && typeof value === 'string' && !fullUrls.has(base + value)) missing.push(value);
      return value;
    });
  }
  return missing;
}

describe('fhirBundle', () => {
  const bundle = fhirBundle({
    person: PERSON,
    exportedAt: EXPORTED_AT,
    administrations: [admin('a-1', 'PHQ-9'), admin('a-2', 'GAD-7'), admin('a-3', 'PHQ-9', '2026-03-09T08:00:00+01:00'), admin('a-4', 'WHO-5')],
  });

  it('is a collection with a timestamp: Patient, one Questionnaire per instrument used, then each response and its total', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: EXPORTED_AT });
    expect(bundle.entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`)).toEqual([
      `Patient/${PERSON.id}`,
      'Questionnaire/phq-9',
      'Questionnaire/gad-7',
      'Questionnaire/who-5',
      'QuestionnaireResponse/a-1',
      'Observation/a-1-total',
      'QuestionnaireResponse/a-2',
      'Observation/a-2-total',
      'QuestionnaireResponse/a-3',
      'Observation/a-3-total',
      'QuestionnaireResponse/a-4',
      'Observation/a-4-total',
    ]);
  });

  it('gives every entry a unique https://headway.local/fhir/<Type>/<id> fullUrl, and every reference resolves inside it', () => {
    for (const e of bundle.entry) expect(e.fullUrl).toBe(`https://headway.local/fhir/${e.resource.resourceType}/${e.resource.id}`);
    expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).toBe(bundle.entry.length);
    expect(unresolvedReferences(bundle)).toEqual([]);
    expect(unresolvedReferences({ ...bundle, entry: bundle.entry.slice(1) })).toContain(`Patient/${PERSON.id}`);
  });

  it('points each response at a Questionnaire the bundle holds', () => {
    const urls = new Set(bundle.entry.flatMap((e) => (e.resource.resourceType === 'Questionnaire' ? [e.resource.url] : [])));
    for (const e of bundle.entry) if (e.resource.resourceType === 'QuestionnaireResponse') expect(urls.has(e.resource.questionnaire)).toBe(true);
  });

  it('carries only the id and the chosen display name of the person', () => {
    expect(bundle.entry[0]?.resource).toEqual({ resourceType: 'Patient', id: PERSON.id, name: [{ text: 'Sam' }] });
    const anonymous = fhirBundle({ person: { id: 'p', displayName: '  ' }, exportedAt: EXPORTED_AT, administrations: [] });
    expect(anonymous.entry).toEqual([{ fullUrl: 'https://headway.local/fhir/Patient/p', resource: { resourceType: 'Patient', id: 'p' } }]);
  });

  it('returns the LOINC notice for the API when LOINC codes are shipped, and null when none are', () => {
    expect(loincNoticeFor(bundle)).toBe(LOINC_NOTICE);
    const who5Only = fhirBundle({ person: PERSON, exportedAt: EXPORTED_AT, administrations: [admin('w', 'WHO-5')] });
    expect(loincNoticeFor(who5Only)).toBeNull();
    expect(JSON.stringify(who5Only)).not.toMatch(/loinc|\b\d{3,5}-\d\b|\bLA\d{3,5}-\d\b/i);
  });

  it('exports every instrument Headway ships', () => {
    const all = fhirBundle({ person: PERSON, exportedAt: EXPORTED_AT, administrations: INSTRUMENT_IDS.map((id, i) => admin(`x-${i}`, id)) });
    const questionnaires = all.entry.filter((e) => e.resource.resourceType === 'Questionnaire');
    expect(questionnaires).toHaveLength(INSTRUMENT_IDS.length);
  });

  it('refuses ids FHIR cannot carry and times without an offset', () => {
    expect(() => fhirBundle({ person: { id: 'has space', displayName: '' }, exportedAt: EXPORTED_AT, administrations: [] })).toThrow(RangeError);
    expect(() => fhirBundle({ person: PERSON, exportedAt: EXPORTED_AT, administrations: [admin('a_1', 'PHQ-9')] })).toThrow(/not a valid FHIR id/);
    expect(() => fhirBundle({ person: PERSON, exportedAt: '2026-03-10T09:00:00', administrations: [] })).toThrow(/exportedAt/);
  });
});
