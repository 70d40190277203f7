import { describe, expect, it } from 'vitest';
import type { Instrument } from '../measures/instrument.js';
import { scoreAdministration } from '../measures/score.js';
import { ANSWERS_SYSTEM, FHIR_INSTRUMENTS, LOINC_SYSTEM, ORDINAL_VALUE_URL, fhirInstrument } from './codes.js';
import { observationsFor, questionnaireResponseFor } from './response.js';

const subject = { reference: 'Patient/p-1' };
const TAKEN_AT = '2026-03-02T21:15:00+01:00';

/** The i-th answer cycles through the scale, so every form gets a mix of values. */
function answersFor(instrument: Instrument): number[] {
  return instrument.items.map((_, i) => instrument.responses[i % instrument.responses.length]?.value ?? 0);
}

describe('questionnaireResponseFor', () => {
  it('writes a completed response pointing at the canonical Questionnaire, one coded, scored answer per item', () => {
    const phq9 = fhirInstrument('PHQ-9');
    const answers = [0, 1, 2, 3, 0, 1, 2, 3, 1];
    const qr = questionnaireResponseFor(phq9, { id: 'adm-1', takenAt: TAKEN_AT, answers }, subject);
    expect(qr).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: 'adm-1',
      status: 'completed',
      authored: TAKEN_AT,
      questionnaire: 'https://headway.local/fhir/Questionnaire/phq-9',
      subject,
    });
    expect(qr.item.map((i) => i.linkId)).toEqual(phq9.items.map((i) => i.id));
    expect(qr.item[8]?.answer[0].valueCoding).toEqual({
      system: ANSWERS_SYSTEM,
      code: 'phq-9.1',
      display: 'Several days',
      extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: 1 }],
    });
  });

  it('adds the seconds FHIR dateTime needs when the instant was written to the minute', () => {
    const qr = questionnaireResponseFor(fhirInstrument('WHO-5'), { id: 'a', takenAt: '2026-03-02T21:15+01:00', answers: [1, 2, 3, 4, 5] }, subject);
    expect(qr.authored).toBe('2026-03-02T21:15:00+01:00');
  });

  it('refuses an administration that does not score, naming ids and never the answers', () => {
    const build = () => questionnaireResponseFor(fhirInstrument('PHQ-9'), { id: 'adm-9', takenAt: TAKEN_AT, answers: [3, 3, 3] }, subject);
    expect(build).toThrow(RangeError);
    expect(build).toThrow(/PHQ-9 administration adm-9: answers do not fit the form \(missing-items\)/);
  });
});

describe('observationsFor', () => {
  it('codes the PHQ-9 total with LOINC 44261-6 and its value in {score}, derived from the response', () => {
    const [total, ...rest] = observationsFor(fhirInstrument('PHQ-9'), { id: 'adm-1', takenAt: TAKEN_AT, answers: [0, 1, 2, 3, 0, 1, 2, 3, 1] }, subject);
    expect(rest).toEqual([]);
    expect(total).toMatchObject({
      resourceType: 'Observation',
      id: 'adm-1-total',
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
      code: { coding: [{ system: LOINC_SYSTEM, code: '44261-6' }] },
      subject,
      effectiveDateTime: TAKEN_AT,
      valueQuantity: { value: 13, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' },
      derivedFrom: [{ reference: 'QuestionnaireResponse/adm-1' }],
    });
  });

  it('codes the GAD-7 total with LOINC 70274-6', () => {
    const [total] = observationsFor(fhirInstrument('GAD-7'), { id: 'g', takenAt: TAKEN_AT, answers: [3, 3, 3, 3, 3, 3, 2] }, subject);
    expect(total?.code.coding).toEqual([{ system: LOINC_SYSTEM, code: '70274-6' }]);
    expect(total?.valueQuantity.value).toBe(20);
  });

  it('codes the WHO-5 total as Headway "who-5-total", on the 0–100 percentage scale', () => {
    const [total] = observationsFor(fhirInstrument('WHO-5'), { id: 'w', takenAt: TAKEN_AT, answers: [3, 2, 4, 1, 5] }, subject);
    expect(total?.code.coding).toEqual([
      { system: 'https://headway.local/fhir/CodeSystem/instruments', code: 'who-5-total', display: 'WHO-5 Well-Being Index total score' },
    ]);
    expect(total?.valueQuantity.value).toBe(60);
  });

  it.each(FHIR_INSTRUMENTS.map((i) => [i.id, i] as const))(
    '%s: one total Observation exactly when scoring gives a total, with that total',
    (_id, instrument) => {
      const answers = answersFor(instrument);
      const result = scoreAdministration(instrument, answers);
      if (!result.ok) throw new Error(`fixture does not score: ${result.reason}`);
      const observations = observationsFor(instrument, { id: 'x', takenAt: TAKEN_AT, answers }, subject);
      if (result.total === null) expect(observations).toEqual([]);
      else expect(observations.map((o) => o.valueQuantity.value)).toEqual([result.total]);
      const expectedSystem = instrument.loinc?.total != null ? LOINC_SYSTEM : 'https://headway.local/fhir/CodeSystem/instruments';
      for (const o of observations) expect(o.code.coding[0]?.system).toBe(expectedSystem);
    },
  );
});
