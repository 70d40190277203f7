import { describe, expect, it } from 'vitest';
import { LOINC_NOTICE } from '../measures/instrument.js';
import { FHIR_INSTRUMENTS, LOINC_SYSTEM, ORDINAL_VALUE_URL, fhirInstrument } from './codes.js';
import { questionnaireFor, usesLoinc } from './questionnaire.js';

const PHQ9_ITEMS = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];
const GAD7_ITEMS = ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'];

/** Anything that looks like a LOINC code or mentions LOINC. */
const LOINC_TRACE = /loinc|\b\d{3,5}-\d\b|\bLA\d{3,5}-\d\b/i;

describe('questionnaireFor', () => {
  it('codes the PHQ-9 with LOINC panel 44249-1 and the nine item codes of MEASURES.md §2.1, in order', () => {
    const q = questionnaireFor(fhirInstrument('PHQ-9'));
    expect(q.code).toEqual([{ system: LOINC_SYSTEM, code: '44249-1' }]);
    expect(q.item.map((i) => i.code)).toEqual(PHQ9_ITEMS.map((code) => [{ system: LOINC_SYSTEM, code }]));
    expect(q.url).toBe('https://headway.local/fhir/Questionnaire/phq-9');
    expect(q.status).toBe('active');
  });

  it('codes the GAD-7 with LOINC panel 69737-5 and the seven item codes of MEASURES.md §2.2', () => {
    const q = questionnaireFor(fhirInstrument('GAD-7'));
    expect(q.code).toEqual([{ system: LOINC_SYSTEM, code: '69737-5' }]);
    expect(q.item.map((i) => i.code[0]?.code)).toEqual(GAD7_ITEMS);
  });

  it('puts the owner attribution and the LOINC notice in copyright when LOINC codes are shipped', () => {
    const q = questionnaireFor(fhirInstrument('PHQ-9'));
    expect(q.copyright).toContain('Copyright © Pfizer Inc.');
    expect(q.copyright).toContain(LOINC_NOTICE);
  });

  it.each(FHIR_INSTRUMENTS.filter((i) => !usesLoinc(i)).map((i) => [i.id, i] as const))(
    '%s has no LOINC code or notice anywhere; it uses the Headway instruments CodeSystem',
    (_id, instrument) => {
      const q = questionnaireFor(instrument);
      expect(JSON.stringify(q)).not.toMatch(LOINC_TRACE);
      expect(q.code[0]?.system).toBe('https://headway.local/fhir/CodeSystem/instruments');
      expect(q.item.every((i) => i.code[0]?.system === 'https://headway.local/fhir/CodeSystem/instruments')).toBe(true);
      expect(q.copyright).toBe(instrument.attribution);
    },
  );

  it('WHO-5 is among the instruments without LOINC codes', () => {
    expect(usesLoinc(fhirInstrument('WHO-5'))).toBe(false);
    expect(questionnaireFor(fhirInstrument('WHO-5')).code).toEqual([
      { system: 'https://headway.local/fhir/CodeSystem/instruments', code: 'who-5', display: 'WHO-5 Well-Being Index' },
    ]);
  });

  it.each(FHIR_INSTRUMENTS.map((i) => [i.id, i] as const))(
    '%s: one required choice item per question, linkId = item id, every answer scored by ordinalValue',
    (_id, instrument) => {
      const q = questionnaireFor(instrument);
      expect(q.name).toMatch(/^[A-Z][A-Za-z0-9_]{0,254}$/);
      expect(q.title).toBe(instrument.name);
      expect(q.item.map((i) => i.linkId)).toEqual(instrument.items.map((i) => i.id));
      expect(new Set(q.item.map((i) => i.linkId)).size).toBe(q.item.length);
      for (const item of q.item) {
        expect(item).toMatchObject({ type: 'choice', required: true });
        expect(item.answerOption.map((o) => o.extension)).toEqual(
          instrument.responses.map((r) => [{ url: ORDINAL_VALUE_URL, valueDecimal: r.value }]),
        );
        expect(item.answerOption.map((o) => o.valueCoding.display)).toEqual(instrument.responses.map((r) => r.label));
        expect(new Set(item.answerOption.map((o) => o.valueCoding.code)).size).toBe(instrument.responses.length);
      }
    },
  );
});
