/**
 * The slice of FHIR R4 (4.0.1, https://hl7.org/fhir/R4/) that Headway writes: only the
 * elements it emits, typed as the specification names them. Readers of foreign FHIR get
 * `unknown` and check each field (import.ts), so these types describe output only.
 */

export interface Extension {
  url: string;
  valueDecimal?: number;
}

export interface Coding {
  system: string;
  code: string;
  display?: string;
  extension?: Extension[];
}

export interface CodeableConcept {
  coding: Coding[];
  text?: string;
}

export interface Reference {
  /** Relative ("Patient/<id>"), resolved against the entry's fullUrl base inside a Bundle. */
  reference: string;
}

export interface QuestionnaireAnswerOption {
  valueCoding: Coding;
  extension?: Extension[];
}

export interface QuestionnaireItem {
  linkId: string;
  code: Coding[];
  prefix: string;
  text: string;
  type: 'choice';
  required: true;
  answerOption: QuestionnaireAnswerOption[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  /** Machine-friendly name (FHIR invariant que-0 / cnl-0: starts with a capital, letters, digits, _). */
  name: string;
  title: string;
  status: 'active';
  subjectType: ['Patient'];
  description?: string;
  copyright: string;
  code: Coding[];
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueCoding: Coding;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text: string;
  answer: [QuestionnaireResponseAnswer];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  questionnaire: string;
  status: 'completed';
  subject: Reference;
  authored: string;
  item: QuestionnaireResponseItem[];
}

export interface Quantity {
  value: number;
  unit: string;
  system: string;
  code: string;
}

export interface Observation {
  resourceType: 'Observation';
  id: string;
  status: 'final';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  effectiveDateTime: string;
  valueQuantity: Quantity;
  derivedFrom: Reference[];
}

export interface Patient {
  resourceType: 'Patient';
  id: string;
  name?: Array<{ text: string }>;
}

export type BundleResource = Patient | Questionnaire | QuestionnaireResponse | Observation;

export interface BundleEntry {
  fullUrl: string;
  resource: BundleResource;
}

export interface Bundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: BundleEntry[];
}
