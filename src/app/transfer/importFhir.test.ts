/**
 * A huge FHIR file: the first hundred problems and the count of all, and turns for the
 * event loop while it is read. (test/api/fhir.test.ts covers ordinary files.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { journalFixture, type Fixture } from '../../../test/app-fixture.js';
import { AppError } from '../errors.js';
import { importFhir } from './fhir.js';

const open: Fixture[] = [];
afterEach(async () => Promise.all(open.splice(0).map((f) => f.close())));

const emptyResponses = (n: number) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: Array.from({ length: n }, () => ({ resource: { resourceType: 'QuestionnaireResponse' } })),
});

describe('a FHIR Bundle of 100,000 empty responses', () => {
  it('is refused with the first hundred problems and the count of all, giving the event loop turns meanwhile', async () => {
    const f = await journalFixture();
    open.push(f);
    const bundle = emptyResponses(100_000);
    let turns = 0;
    const ticker = setInterval(() => turns++, 1);
    const started = performance.now();
    const error = await importFhir(f.deps, f.person, bundle).catch((e: unknown) => e);
    const ms = performance.now() - started;
    clearInterval(ticker);

    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.problems).toHaveLength(100);
    expect(e.problems?.[0]).toEqual({ path: 'entry[0].resource.status', message: expect.stringContaining('status is missing') });
    expect(e.problemCount).toBe(300_000);
    expect(e.message).toBe('The FHIR file has 300,000 problems (the first 100 are listed), so nothing was imported.');
    // Read in one go, the timer could not have run until the end.
    expect(turns).toBeGreaterThan(Math.min(5, ms / 40));
    expect(await f.deps.store.listMeasures(f.person)).toEqual([]);
  });

  it('with a response of a million repeated items names the first hundred and counts the rest', async () => {
    const f = await journalFixture();
    open.push(f);
    const item = Array.from({ length: 1_000_000 }, () => ({ linkId: 'on-edge', answer: [{ valueInteger: 1 }] }));
    const response = { resourceType: 'QuestionnaireResponse', status: 'completed', authored: '2026-02-01T09:00:00+00:00', questionnaire: 'https://headway.local/fhir/Questionnaire/gad-7', item };
    const e = (await importFhir(f.deps, f.person, response).catch((x: unknown) => x)) as AppError;
    expect(e.problems).toHaveLength(100);
    expect(e.problems?.[0]?.path).toBe('item[1].linkId');
    // 999,999 repeats, and the six other GAD-7 questions missing.
    expect(e.problemCount).toBe(999_999 + 6);
  });
});
