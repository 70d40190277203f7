/**
 * A FHIR R4 Questionnaire for one standardised instrument, in the shape the published
 * PHQ-9 examples use (US Core `phq-9-example`, MEASURES.md §2.1): one required `choice`
 * item per scored question, each answer option with its score in an ordinalValue extension.
 */
import type { Instrument } from '../measures/instrument.js';
import {
  FHIR_LOINC_NOTICE,
  INSTRUMENTS_SYSTEM,
  LOINC_SYSTEM,
  answerCoding,
  itemCoding,
  ordinalExtension,
  questionnaireUrl,
  slugOf,
} from './codes.js';
import type { Coding, Questionnaire } from './types.js';

/** Whether the instrument's FHIR form carries any LOINC code (panel, total or item). */
export function usesLoinc(instrument: Instrument): boolean {
  return instrument.loinc !== null || instrument.items.some((item) => item.loinc !== null);
}

/** "Brief-COPE" → "BriefCOPE": FHIR's computable name (a capital, then letters, digits, '_'). */
function computableName(instrument: Instrument): string {
  const name = instrument.id.replace(/[^A-Za-z0-9_]/g, '');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}

/**
 * The Questionnaire for `instrument`.
 * - id = the instrument id lower-cased; url = `https://headway.local/fhir/Questionnaire/<id>`.
 * - code: the LOINC panel (PHQ-9 44249-1, GAD-7 69737-5) where the data has one, otherwise
 *   Headway's instruments CodeSystem code `<id>`. Items likewise (MEASURES.md §8).
 * - linkId = Headway's stable item id, so a QuestionnaireResponse maps back without guessing.
 * - copyright = the owner's attribution, plus the LOINC notice when LOINC codes are present.
 */
export function questionnaireFor(instrument: Instrument): Questionnaire {
  const panel: Coding =
    instrument.loinc?.panel != null
      ? { system: LOINC_SYSTEM, code: instrument.loinc.panel }
      : { system: INSTRUMENTS_SYSTEM, code: slugOf(instrument), display: instrument.name };
  const copyright = usesLoinc(instrument)
    ? `${instrument.attribution}\n\n${instrument.loinc?.notice ?? FHIR_LOINC_NOTICE}`
    : instrument.attribution;
  return {
    resourceType: 'Questionnaire',
    id: slugOf(instrument),
    url: questionnaireUrl(instrument),
    name: computableName(instrument),
    title: instrument.name,
    status: 'active',
    subjectType: ['Patient'],
    ...(instrument.stem !== null ? { description: instrument.stem } : {}),
    copyright,
    code: [panel],
    item: instrument.items.map((item) => ({
      linkId: item.id,
      code: [itemCoding(instrument, item)],
      prefix: `${item.number}.`,
      text: item.text,
      type: 'choice',
      required: true,
      answerOption: instrument.responses.map((response) => {
        const { extension: _onCoding, ...valueCoding } = answerCoding(instrument, response.value);
        // US Core puts the score on the answer option; the response puts it on the coding.
        return { valueCoding, extension: [ordinalExtension(response.value)] };
      }),
    })),
  };
}
