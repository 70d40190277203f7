/**
 * The code systems, URLs and small conversions every FHIR file here shares.
 *
 * Coding policy (MEASURES.md §8): LOINC codes appear only where the instrument's data
 * carries them (PHQ-9 and GAD-7, verified against US Core and the MII IG). Everything else —
 * WHO-5 and any instrument without `loinc` — is coded in Headway's own CodeSystems below,
 * never with a LOINC code found in some repository.
 */
import { INSTRUMENTS } from '../measures/catalogue.js';
import { INSTRUMENT_IDS, LOINC_NOTICE, type Instrument, type InstrumentId } from '../measures/instrument.js';
import { instantToMs } from '../time.js';
import type { Coding, Extension } from './types.js';

export const FHIR_BASE = 'https://headway.local/fhir';
export const LOINC_SYSTEM = 'http://loinc.org';
/** Headway's CodeSystem for questionnaires, items and totals of instruments without LOINC codes. */
export const INSTRUMENTS_SYSTEM = `${FHIR_BASE}/CodeSystem/instruments`;
/** Headway's CodeSystem for answers: code `<instrument slug>.<score>`, e.g. "phq-9.2". */
export const ANSWERS_SYSTEM = `${FHIR_BASE}/CodeSystem/answers`;
/** HL7 core extension carrying an answer's score (R4 extension registry). */
export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const OBSERVATION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';

/**
 * Regenstrief's notice, required wherever LOINC codes are distributed (MEASURES.md §8).
 * The API should send it (as a field or header) with any export for which
 * `loincNoticeFor` returns it.
 */
export const FHIR_LOINC_NOTICE = LOINC_NOTICE;

/** The instrument with this id, from the measures catalogue (every id has one). */
export function fhirInstrument(id: InstrumentId): Instrument {
  return INSTRUMENTS[id];
}

/** Every instrument Headway ships, in INSTRUMENT_IDS order: the forms import recognises. */
export const FHIR_INSTRUMENTS: readonly Instrument[] = INSTRUMENT_IDS.map(fhirInstrument);

/** "PHQ-9" → "phq-9": the lower-case id used in URLs and Headway codes. */
export function slugOf(instrument: Instrument): string {
  return instrument.id.toLowerCase();
}

/** The canonical URL of Headway's Questionnaire for an instrument. */
export function questionnaireUrl(instrument: Instrument): string {
  return `${FHIR_BASE}/Questionnaire/${slugOf(instrument)}`;
}

export function ordinalExtension(value: number): Extension {
  return { url: ORDINAL_VALUE_URL, valueDecimal: value };
}

/** The Headway coding of one answer, carrying its score as an ordinalValue extension. */
export function answerCoding(instrument: Instrument, value: number): Coding {
  const option = instrument.responses.find((r) => r.value === value);
  if (option === undefined) throw new RangeError(`${instrument.id}: not one of its answer values`);
  return { system: ANSWERS_SYSTEM, code: `${slugOf(instrument)}.${value}`, display: option.label, extension: [ordinalExtension(value)] };
}

/** The item's coding: its LOINC code where the data has one, else Headway's `<slug>.<item id>`. */
export function itemCoding(instrument: Instrument, item: Instrument['items'][number]): Coding {
  return item.loinc !== null
    ? { system: LOINC_SYSTEM, code: item.loinc }
    : { system: INSTRUMENTS_SYSTEM, code: `${slugOf(instrument)}.${item.id}`, display: item.label };
}

/**
 * LOINC answer codes for the 0–3 "how often" scale, read on import only (MEASURES.md §2.1
 * [V] for PHQ-9, §2.2 for GAD-7). GAD-7 item 2's LA18938-3 ("More days than not", [S]) is
 * deliberately absent: such an answer is read from its ordinalValue or refused.
 */
export const LOINC_ANSWERS: Readonly<Record<string, number>> = {
  'LA6568-5': 0,
  'LA6569-3': 1,
  'LA6570-1': 2,
  'LA6571-9': 3,
};
/** The instruments whose answers may arrive as the LOINC codes above. */
export const LOINC_ANSWER_INSTRUMENTS: ReadonlySet<string> = new Set(['PHQ-9', 'GAD-7']);

/** FHIR `id`: 1–64 of A–Z, a–z, 0–9, '-', '.' (R4 datatypes). */
const FHIR_ID_RE = /^[A-Za-z0-9\-.]{1,64}$/;

/** Throws when `id` cannot be a FHIR resource id, so an export never ships an invalid one. */
export function assertFhirId(id: string, what: string): string {
  if (!FHIR_ID_RE.test(id)) throw new RangeError(`${what}: "${id}" is not a valid FHIR id (1–64 letters, digits, '-' or '.')`);
  return id;
}

/**
 * A Headway instant ("2026-03-02T21:15+01:00", seconds optional) as a FHIR dateTime, which
 * needs seconds once a time is given: ":00" is added when they are missing. Throws on a
 * value that is not an instant with offset.
 */
export function fhirDateTime(instant: string, what: string): string {
  if (instantToMs(instant) === null) throw new RangeError(`${what}: not an ISO instant with offset`);
  return /^[^T]+T\d{2}:\d{2}(Z|[+-])/.test(instant) ? instant.replace(/^([^T]+T\d{2}:\d{2})/, '$1:00') : instant;
}
