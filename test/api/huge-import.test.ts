/**
 * Huge bodies against a real listening server (issue 10): a million empty moments once
 * exhausted the heap and killed the server, and 100,000 gave a 115 MB answer after a
 * 9 s freeze. Now the answer is the first 100 problems and the count of all, and the
 * server keeps answering other requests (a health check, logging a moment) meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { exportFileWith } from '../fixtures/export-file.js';
import type { Harness } from '../harness.js';
import { listeningHarness, type Answer, type Listening } from '../listening.js';

let server: Listening;
let h: Harness;
beforeAll(async () => {
  server = await listeningHarness();
  h = server.h;
});
afterAll(async () => server.close());

const send = (method: string, path: string, body?: string, type?: string) => server.send(method, path, body, type);

/**
 * Sends `body` to `path` and, until it is answered, asks for /api/health over and over and
 * logs one moment: what the server answered meanwhile, and how fast.
 */
async function whileImporting(path: string, body: string) {
  let answered = false;
  const importing = send('POST', path, body).finally(() => (answered = true));
  const health: Answer[] = [];
  let logged: Answer | undefined;
  while (!answered) {
    health.push(await send('GET', '/api/health'));
    if (logged === undefined && health.length === 3) logged = await send('POST', '/api/moments', JSON.stringify({ trigger: 'Work', intensity: 4 }));
    await new Promise((r) => setTimeout(r, 20));
  }
  return { answer: await importing, health, logged };
}

const emptyFile = exportFileWith();

describe('an import of a million empty moments', () => {
  it('is answered 422 with the first 100 problems and the count of all, while the server keeps answering', { timeout: 120_000 }, async () => {
    const body = JSON.stringify(emptyFile).replace('"moments":[]', `"moments":[${Array(1_000_000).fill('{}').join(',')}]`);
    expect(body.length).toBeGreaterThan(3_000_000);
    const { answer, health, logged } = await whileImporting('/api/import', body);

    expect(answer.status).toBe(422);
    const error = JSON.parse(answer.text).error;
    expect(error.code).toBe('import_invalid');
    expect(error.problems).toHaveLength(100);
    expect(error.problems[0]).toEqual({ path: 'moments[0].id', message: 'must be an id (UUID)' });
    expect(error.problemCount).toBe(14_000_000);
    expect(error.message).toBe('The file has 14,000,000 problems (the first 100 are listed), so nothing was imported.');
    expect(answer.text.length).toBeLessThan(64 * 1024);
    expect(answer.ms).toBeLessThan(60_000);

    // The server answered meanwhile, and logging a moment worked.
    expect(health.length).toBeGreaterThanOrEqual(3);
    expect(health.every((r) => r.status === 200)).toBe(true);
    expect(logged?.status).toBe(201);
    expect((await h.store.countEntries(LOCAL_PERSON_ID)).moments).toBe(1);
  });
});

describe('a FHIR Bundle of 300,000 empty QuestionnaireResponses', () => {
  it('is answered 422 with the first 100 problems and the count of all, while the server keeps answering', { timeout: 120_000 }, async () => {
    const entry = Array.from({ length: 300_000 }, () => ({ resource: { resourceType: 'QuestionnaireResponse' } }));
    const { answer, health } = await whileImporting('/api/fhir/import', JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry }));

    expect(answer.status).toBe(422);
    const error = JSON.parse(answer.text).error;
    expect(error.problems).toHaveLength(100);
    // Each response lacks its status, its authored time and its questionnaire.
    expect(error.problemCount).toBe(900_000);
    expect(error.problems[0]).toEqual({ path: 'entry[0].resource.status', message: expect.stringContaining('status is missing') });
    expect(error.message).toBe('The FHIR file has 900,000 problems (the first 100 are listed), so nothing was imported.');
    expect(answer.text.length).toBeLessThan(64 * 1024);
    expect(health.length).toBeGreaterThanOrEqual(3);
    expect(health.every((r) => r.status === 200)).toBe(true);
  });
});

describe('any request body with thousands of problems', () => {
  it('gets the first 100 and the count of all, on an ordinary route too', async () => {
    const body = Object.fromEntries([['trigger', 'Work'], ['intensity', 4], ...Array.from({ length: 5_000 }, (_, i) => [`extra${i}`, i])]);
    const answer = await send('POST', '/api/moments', JSON.stringify(body));
    expect(answer.status).toBe(400);
    const error = JSON.parse(answer.text).error;
    expect(error.code).toBe('validation_failed');
    expect(error.problems).toHaveLength(100);
    expect(error.problems[0]).toEqual({ path: 'extra0', message: 'is not a field Headway knows' });
    expect(error.problemCount).toBe(5_000);
  });

  it('with a few problems lists them all, and says how many', async () => {
    const answer = await send('POST', '/api/moments', JSON.stringify({ trigger: '', intensity: 11 }));
    expect(answer.status).toBe(400);
    const error = JSON.parse(answer.text).error;
    expect(error.problems.map((p: { path: string }) => p.path).sort()).toEqual(['intensity', 'trigger']);
    expect(error.problemCount).toBe(2);
  });
});
