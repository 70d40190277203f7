/**
 * A FHIR file's own values in the import's problems: a value that is not text is named by
 * its kind (a list nested thousands of levels deep once overflowed the stack when turned
 * into text: a bare 500 from the server, a crash in the CLI), and text is quoted at most
 * QUOTE_CHARS characters long (a 700 KB code once came back whole).
 */
import { describe, expect, it } from 'vitest';
import { QUOTE_CHARS } from '../quote.js';
import { fhirInstrument } from './codes.js';
import { parseQuestionnaireResponses } from './import.js';
import { questionnaireResponseFor } from './response.js';

const TAKEN_AT = '2026-03-02T21:15:00+01:00';
const DEEP = 100_000;
const HUGE = 'x'.repeat(700_000);

function nestedList(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function phq9Response(): Record<string, unknown> {
  const qr = questionnaireResponseFor(fhirInstrument('PHQ-9'), { id: 'adm-1', takenAt: TAKEN_AT, answers: [0, 1, 2, 3, 0, 1, 2, 3, 1] }, { reference: 'Patient/p-1' });
  return JSON.parse(JSON.stringify(qr)) as Record<string, unknown>;
}

/** The first answer's valueCoding of a response, to be broken; without its ordinalValue, which would score the answer whatever the code. */
function firstCoding(qr: Record<string, unknown>): Record<string, unknown> {
  const item = (qr.item as Array<{ answer: Array<{ valueCoding: Record<string, unknown> }> }>)[0];
  const coding = item?.answer[0]?.valueCoding;
  if (coding === undefined) throw new Error('the response has no valueCoding');
  delete coding.extension;
  return coding;
}

function problemsOf(json: unknown) {
  const result = parseQuestionnaireResponses(json);
  if (result.ok) throw new Error('expected problems, got an import');
  return result.problems;
}

const longest = (problems: ReadonlyArray<{ message: string }>) => Math.max(...problems.map((p) => p.message.length));

describe('FHIR import: values that are not text', () => {
  it('names a deeply nested resourceType by its kind, at its path', () => {
    expect(problemsOf({ resourceType: nestedList(DEEP) })).toEqual([
      { path: 'resourceType', message: 'resourceType is a list, not text: expected a QuestionnaireResponse or a Bundle of them.' },
    ]);
  });

  it('names a deeply nested status, in a response and in a Bundle entry', () => {
    const qr = { ...phq9Response(), status: nestedList(DEEP) };
    expect(problemsOf(qr)).toEqual([{ path: 'status', message: 'status is a list, not text: only a completed or amended response can be imported.' }]);
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: qr }] };
    expect(problemsOf(bundle).map((p) => p.path)).toEqual(['entry[0].resource.status']);
  });

  it('names a deeply nested valueCoding.code or system at its own path', () => {
    for (const field of ['code', 'system']) {
      const qr = phq9Response();
      firstCoding(qr)[field] = nestedList(DEEP);
      const problems = problemsOf(qr);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toBe(`item[0].answer[0].valueCoding.${field}`);
      expect(problems[0]?.message).toMatch(new RegExp(`^valueCoding\\.${field} of PHQ-9 item 1 .* is a list, not text\\.$`));
    }
  });

  it('names an authored or questionnaire that is not text by its kind', () => {
    const qr = { ...phq9Response(), authored: nestedList(DEEP), questionnaire: { deep: nestedList(DEEP) } };
    expect(problemsOf(qr).map((p) => p.message)).toEqual([
      'authored is a list, not text: expected a date and time such as 2026-03-02T21:15:00+01:00.',
      'questionnaire is an object, not text, so the form cannot be recognised.',
    ]);
  });
});

describe('FHIR import: long text', () => {
  it(`quotes at most ${QUOTE_CHARS} characters of a status, authored, questionnaire or code`, () => {
    const cases: Array<(qr: Record<string, unknown>) => void> = [
      (qr) => (qr.status = HUGE),
      (qr) => (qr.authored = `2026-03-02T21:15:00${HUGE}`),
      (qr) => (qr.questionnaire = HUGE),
      (qr) => (firstCoding(qr).code = HUGE),
      (qr) => (firstCoding(qr).system = HUGE),
      (qr) => {
        // Read as score 7 (off the scale) next to an ordinalValue of 0: the answer is ambiguous, naming the code.
        firstCoding(qr).code = `phq-9.${'0'.repeat(700_000)}7`;
        firstCoding(qr).extension = [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 0 }];
      },
    ];
    for (const breakIt of cases) {
      const qr = phq9Response();
      breakIt(qr);
      const problems = problemsOf(qr);
      expect(longest(problems)).toBeLessThan(1_000); // the longest, questionnaire, lists the forms Headway reads
      expect(problems.some((p) => /"[^"]{80}…"/u.test(p.message))).toBe(true);
    }
    expect(problemsOf({ resourceType: HUGE })[0]?.message).toBe(`resourceType is "${'x'.repeat(QUOTE_CHARS)}…": expected a QuestionnaireResponse or a Bundle of them.`);
  });
});
