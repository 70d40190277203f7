/** FHIR R4 through the API: export a Bundle, import it elsewhere, refuse a broken one whole. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, startHarness, type Harness } from '../harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let source: Harness;
let target: Harness;
beforeEach(async () => {
  source = await startHarness({ clock: fixedClock('2026-03-01T09:00:00+00:00') });
  target = await startHarness({ clock: fixedClock('2026-03-02T09:00:00+00:00') });
});
afterEach(async () => {
  await source.close();
  await target.close();
});

const take = (h: Harness, payload: object) => h.call({ method: 'POST', url: '/api/measures', payload });
const bundleOf = async (h: Harness) => (await h.call({ method: 'GET', url: '/api/fhir/Bundle' })).json();

describe('GET /api/fhir/Bundle', () => {
  it('carries each result as a QuestionnaireResponse with its LOINC-coded total, and the LOINC notice', async () => {
    await take(source, { instrument: 'PHQ-9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 0], takenAt: '2026-02-01T10:00:00+00:00' });
    await take(source, { instrument: 'WHO-5', answers: [3, 3, 3, 3, 3], takenAt: '2026-02-02T10:00:00+00:00' });
    const res = await source.call({ method: 'GET', url: '/api/fhir/Bundle' });
    expect(res.headers['content-type']).toContain('application/fhir+json');
    expect(res.headers['x-loinc-notice']).toContain('Regenstrief');
    const bundle = res.json();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const types = bundle.entry.map((e: Json) => e.resource.resourceType);
    expect(types.filter((t: string) => t === 'QuestionnaireResponse')).toHaveLength(2);
    const totals = bundle.entry.filter((e: Json) => e.resource.resourceType === 'Observation').map((e: Json) => e.resource);
    const phq = totals.find((o: Json) => o.code.coding[0].code === '44261-6');
    expect(phq.valueQuantity.value).toBe(8);
  });
});

describe('POST /api/fhir/import', () => {
  it('brings results across, records a critical answer, and adds nothing the second time', async () => {
    await take(source, { instrument: 'PHQ-9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 2], takenAt: '2026-02-01T10:00:00+00:00' });
    await take(source, { instrument: 'GAD-7', answers: [1, 2, 3, 0, 1, 2, 3], takenAt: '2026-02-01T10:05:00+00:00' });
    const bundle = await bundleOf(source);
    const first = await target.call({ method: 'POST', url: '/api/fhir/import', payload: JSON.stringify(bundle), headers: { 'content-type': 'application/fhir+json' } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ added: 2, alreadyPresent: 0, withCriticalAnswers: 1 });
    const again = await target.call({ method: 'POST', url: '/api/fhir/import', payload: bundle });
    expect(again.json()).toEqual({ added: 0, alreadyPresent: 2, withCriticalAnswers: 0 });

    const items = (await target.call({ method: 'GET', url: '/api/measures' })).json().items;
    expect(items.map((m: Json) => [m.instrument, m.total, m.source])).toEqual([
      ['PHQ-9', 2, 'fhir'],
      ['GAD-7', 12, 'fhir'],
    ]);
    const events = (await target.call({ method: 'GET', url: '/api/safety/events' })).json().items;
    expect(events).toHaveLength(1);
  });

  it('refuses a bundle with one incomplete response whole, naming the item', async () => {
    await take(source, { instrument: 'GAD-7', answers: [1, 1, 1, 1, 1, 1, 1] });
    await take(source, { instrument: 'GAD-7', answers: [2, 2, 2, 2, 2, 2, 2] });
    const bundle = await bundleOf(source);
    const responses = bundle.entry.filter((e: Json) => e.resource.resourceType === 'QuestionnaireResponse');
    responses[1].resource.item.pop();
    const res = await target.call({ method: 'POST', url: '/api/fhir/import', payload: bundle });
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('import_invalid');
    expect(JSON.stringify(error.problems)).toMatch(/item|question/i);
    expect((await target.call({ method: 'GET', url: '/api/measures' })).json().items).toEqual([]);
  });

  it('refuses something that is not FHIR at all', async () => {
    const res = await target.call({ method: 'POST', url: '/api/fhir/import', payload: { hello: 'world' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.problems.length).toBeGreaterThan(0);
  });
});

describe('a hostile FHIR file', () => {
  it('nested a hundred thousand groups deep gets a client error, never a server failure', async () => {
    // Written as text: JSON.stringify itself cannot go this deep.
    const depth = 100_000;
    const nested = `${'{"linkId":"g","item":['.repeat(depth)}{"linkId":"deep"}${']}'.repeat(depth)}`;
    const payload = `{"resourceType":"QuestionnaireResponse","status":"completed","authored":"2026-03-01T10:00:00+00:00","questionnaire":"https://headway.local/fhir/Questionnaire/gad-7","item":[${nested}]}`;
    const res = await target.call({ method: 'POST', url: '/api/fhir/import', payload, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect((await target.call({ method: 'GET', url: '/api/measures' })).json().items).toEqual([]);
  });
});

describe('a FHIR response dated in the future', () => {
  it('is refused whole, naming it', async () => {
    await take(source, { instrument: 'GAD-7', answers: [1, 1, 1, 1, 1, 1, 1] });
    const bundle = await bundleOf(source);
    for (const e of bundle.entry) if (e.resource.resourceType === 'QuestionnaireResponse') e.resource.authored = '2027-01-01T10:00:00+00:00';
    const res = await target.call({ method: 'POST', url: '/api/fhir/import', payload: bundle });
    expect(res.statusCode).toBe(422);
    // The path is where `authored` is in the document sent, as for every other problem.
    const index = bundle.entry.findIndex((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'QuestionnaireResponse');
    expect(res.json().error.problems).toEqual([{ path: `entry[${index}].resource.authored`, message: "can't be in the future" }]);
  });
});
