import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../measures/instrument.js';
import { fhirBundle } from './bundle.js';
import { FHIR_INSTRUMENTS, fhirInstrument } from './codes.js';
import { parseQuestionnaireResponses } from './import.js';
import { questionnaireResponseFor } from './response.js';

const PERSON = { id: 'p-1', displayName: '' };
const TAKEN_AT = '2026-03-02T21:15:00+01:00';
const PHQ9_ANSWERS = [0, 1, 2, 3, 0, 1, 2, 3, 1];

/** A Headway PHQ-9 response as plain JSON, ready to be broken by a test. */
function phq9Response(): Record<string, unknown> {
  const qr = questionnaireResponseFor(fhirInstrument('PHQ-9'), { id: 'adm-1', takenAt: TAKEN_AT, answers: PHQ9_ANSWERS }, { reference: 'Patient/p-1' });
  return JSON.parse(JSON.stringify(qr)) as Record<string, unknown>;
}

function items(qr: Record<string, unknown>): Array<Record<string, unknown>> {
  return qr.item as Array<Record<string, unknown>>;
}

function problemsOf(json: unknown) {
  const result = parseQuestionnaireResponses(json);
  if (result.ok) throw new Error('expected problems, got an import');
  return result.problems;
}

const answersOf = (instrument: Instrument) =>
  fc.tuple(...instrument.items.map(() => fc.constantFrom(...instrument.responses.map((r) => r.value))));

describe('parseQuestionnaireResponses: round trip', () => {
  it('reads back every administration of an exported bundle: instrument, takenAt and answers', () => {
    const arbitrary = fc.array(
      fc.constantFrom(...FHIR_INSTRUMENTS).chain((instrument) => answersOf(instrument).map((answers) => ({ instrument, answers }))),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(arbitrary, (forms) => {
        const administrations = forms.map((f, i) => ({ id: `a-${i}`, instrument: f.instrument.id, takenAt: TAKEN_AT, answers: f.answers }));
        const bundle = JSON.parse(JSON.stringify(fhirBundle({ person: PERSON, exportedAt: TAKEN_AT, administrations }))) as { entry: Array<{ resource: { id?: string } }> };
        const pathOf = (id: string) => `entry[${bundle.entry.findIndex((e) => e.resource.id === id)}].resource.authored`;
        expect(parseQuestionnaireResponses(bundle)).toEqual({
          ok: true,
          administrations: administrations.map((a) => ({ instrument: a.instrument, takenAt: a.takenAt, answers: a.answers, fhirId: a.id, authoredPath: pathOf(a.id) })),
        });
      }),
      { numRuns: 50 },
    );
  });

  it('reads a single QuestionnaireResponse, and an amended one', () => {
    expect(parseQuestionnaireResponses(phq9Response())).toEqual({
      ok: true,
      administrations: [{ instrument: 'PHQ-9', takenAt: TAKEN_AT, answers: PHQ9_ANSWERS, fhirId: 'adm-1', authoredPath: 'authored' }],
    });
    expect(parseQuestionnaireResponses({ ...phq9Response(), status: 'amended' }).ok).toBe(true);
  });
});

describe('parseQuestionnaireResponses: problems, each with its exact path', () => {
  it('refuses a document that is not a JSON object', () => {
    for (const json of [null, 42, 'QuestionnaireResponse', [phq9Response()]]) {
      expect(problemsOf(json)).toEqual([{ path: '', message: expect.stringContaining('not a FHIR resource') }]);
    }
  });

  it('refuses other resource types, and a Bundle with no QuestionnaireResponse', () => {
    expect(problemsOf({ resourceType: 'Patient' })).toEqual([{ path: 'resourceType', message: expect.stringContaining('"Patient"') }]);
    expect(problemsOf({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient' } }] })).toEqual([
      { path: 'entry', message: 'The Bundle holds no QuestionnaireResponse.' },
    ]);
  });

  it('refuses an unknown questionnaire, listing the forms Headway reads', () => {
    const problems = problemsOf({ ...phq9Response(), questionnaire: 'Questionnaire/phq9' });
    expect(problems).toEqual([{ path: 'questionnaire', message: expect.stringContaining('"Questionnaire/phq9" is not a form Headway can recognise') }]);
    expect(problems[0]?.message).toContain('http://loinc.org/q/44249-1');
  });

  it('names a missing item, and never prorates', () => {
    const qr = phq9Response();
    qr.item = items(qr).slice(0, 8);
    expect(problemsOf(qr)).toEqual([{ path: 'item', message: expect.stringContaining('PHQ-9 item 9 "Thoughts of death or self-harm"') }]);
    expect(problemsOf(qr)[0]?.message).toContain('is missing');
  });

  it('names an item whose answer list is empty', () => {
    const qr = phq9Response();
    items(qr)[3] = { linkId: 'energy', answer: [] };
    expect(problemsOf(qr)).toEqual([{ path: 'item[3].answer', message: expect.stringContaining('PHQ-9 item 4') }]);
  });

  it('refuses an answer outside the scale, at its path inside the bundle', () => {
    const bundle = JSON.parse(
      JSON.stringify(fhirBundle({ person: PERSON, exportedAt: TAKEN_AT, administrations: [{ id: 'a', instrument: 'PHQ-9', takenAt: TAKEN_AT, answers: PHQ9_ANSWERS }] })),
    ) as { entry: Array<{ resource: Record<string, unknown> }> };
    const qr = bundle.entry[2]?.resource ?? {};
    items(qr)[8] = { linkId: 'self-harm-thoughts', answer: [{ valueInteger: 4 }] };
    expect(problemsOf(bundle)).toEqual([
      { path: 'entry[2].resource.item[8].answer[0]', message: expect.stringContaining('is not on the PHQ-9 scale (0, 1, 2, 3)') },
    ]);
  });

  it('refuses a response that is not completed or amended', () => {
    expect(problemsOf({ ...phq9Response(), status: 'in-progress' })).toEqual([
      { path: 'status', message: 'status is "in-progress": only a completed or amended response can be imported.' },
    ]);
  });

  it('refuses authored when missing, without a time zone, or without a time', () => {
    const { authored: _drop, ...withoutAuthored } = phq9Response();
    expect(problemsOf(withoutAuthored)).toEqual([{ path: 'authored', message: expect.stringContaining('authored is missing') }]);
    expect(problemsOf({ ...phq9Response(), authored: '2026-03-02T21:15:00' })).toEqual([
      { path: 'authored', message: expect.stringContaining('has no time zone offset') },
    ]);
    expect(problemsOf({ ...phq9Response(), authored: '2026-03-02' })).toEqual([
      { path: 'authored', message: expect.stringContaining('has no time of day') },
    ]);
    expect(problemsOf({ ...phq9Response(), authored: '2026-02-30T10:00:00Z' })).toEqual([
      { path: 'authored', message: expect.stringContaining('is not a valid date and time') },
    ]);
  });

  it('reports every problem at once, across entries, and imports nothing', () => {
    const broken = { ...phq9Response(), status: 'stopped', authored: '2026-03-02' };
    items(broken)[0] = { linkId: 'interest', answer: [{ valueCoding: { system: 'http://example.org', code: 'x' } }] };
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: phq9Response() }, { resource: { resourceType: 'Patient' } }, { resource: broken }] };
    expect(problemsOf(bundle).map((p) => p.path)).toEqual(['entry[2].resource.status', 'entry[2].resource.authored', 'entry[2].resource.item[0].answer[0]']);
  });

  it('refuses a code and an ordinalValue that disagree', () => {
    const qr = phq9Response();
    items(qr)[0] = { linkId: 'interest', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6571-9', extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 1 }] } }] };
    expect(problemsOf(qr)).toEqual([{ path: 'item[0].answer[0]', message: expect.stringContaining('is ambiguous') }]);
  });

  it('does not read LOINC answer codes for an instrument without LOINC', () => {
    const bundle = fhirBundle({ person: PERSON, exportedAt: TAKEN_AT, administrations: [{ id: 'w', instrument: 'WHO-5', takenAt: TAKEN_AT, answers: [1, 2, 3, 4, 5] }] });
    const qr = JSON.parse(JSON.stringify(bundle.entry[2]?.resource)) as Record<string, unknown>;
    items(qr)[0] = { linkId: 'cheerful', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6569-3' } }] };
    expect(problemsOf(qr)).toEqual([{ path: 'item[0].answer[0]', message: expect.stringContaining('not an answer Headway can read for WHO-5') }]);
  });
});

describe('parseQuestionnaireResponses: responses from other tools', () => {
  const la = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];
  const loincItems = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];

  it('imports an LHC-Forms-style PHQ-9: LOINC canonical, "/<LOINC>" linkIds, LOINC answer codes, extra items ignored', () => {
    const answers = [3, 2, 1, 0, 1, 2, 3, 0, 2];
    const lhc = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      authored: '2024-02-05T10:12:00-05:00',
      questionnaire: 'http://loinc.org/q/44249-1',
      item: [
        ...loincItems.map((code, i) => ({
          linkId: `/${code}`,
          text: 'as the form words it',
          answer: [{ valueCoding: { system: 'http://loinc.org', code: la[answers[i] ?? 0], display: 'x' } }],
        })),
        { linkId: '/69722-7', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6573-5' } }] },
        { linkId: '/44261-6', answer: [{ valueDecimal: 14 }] },
      ],
    };
    expect(parseQuestionnaireResponses(lhc)).toEqual({
      ok: true,
      administrations: [{ instrument: 'PHQ-9', takenAt: '2024-02-05T10:12:00-05:00', answers, fhirId: null, authoredPath: 'authored' }],
    });
  });

  it('reads answers nested in a group, by ordinalValue alone, and the US Core PHQ-9 canonical', () => {
    const answers = [1, 1, 1, 1, 1, 1, 1, 1, 0];
    const nested = {
      resourceType: 'QuestionnaireResponse',
      id: 'uscore-1',
      status: 'completed',
      authored: '2024-02-05T10:12:00Z',
      questionnaire: 'http://hl7.org/fhir/us/core/Questionnaire/phq-9-example|6.1.0',
      item: [
        {
          linkId: '/44249-1',
          item: loincItems.map((code, i) => ({
            linkId: code,
            answer: [{ valueCoding: { system: 'urn:other', code: 'z', extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: answers[i] }] } }],
          })),
        },
      ],
    };
    expect(parseQuestionnaireResponses(nested)).toMatchObject({ ok: true, administrations: [{ instrument: 'PHQ-9', answers, fhirId: 'uscore-1' }] });
  });
});

describe('a hostile nesting of groups', () => {
  it('is refused at the depth limit with its path, not read until the stack runs out', () => {
    let item: Record<string, unknown> = { linkId: 'deep' };
    for (let i = 0; i < 100_000; i++) item = { linkId: `g${i}`, item: [item] };
    const response = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      authored: '2026-03-01T10:00:00+00:00',
      questionnaire: 'https://headway.local/fhir/Questionnaire/gad-7',
      item: [item],
    };
    const r = parseQuestionnaireResponses(response);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.some((p) => p.message.includes('levels deep'))).toBe(true);
  });
});
