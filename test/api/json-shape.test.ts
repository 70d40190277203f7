/**
 * Bodies whose shape no Headway file has, against a real listening server (issue 10):
 * V8's JSON.parse of 66 MB of nested lists froze every request for 39 s at 3.4 GB, and an
 * object of 3 million keys for 16 s, before any check could begin. Now such a body is
 * refused before it is parsed, in the one error shape, and the server answers meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_DEPTH_LIMIT, JSON_KEYS_LIMIT } from '../../src/core/json-shape.js';
import { exportFileWith } from '../fixtures/export-file.js';
import { listeningHarness, type Answer, type Listening } from '../listening.js';

let server: Listening;
beforeAll(async () => {
  server = await listeningHarness();
});
afterAll(async () => server.close());

const send = (method: string, path: string, body?: string, type?: string) => server.send(method, path, body, type);

/** Sends `body`, asking for /api/health alongside until it is answered (at least once). */
async function whileSending(path: string, body: string, type?: string) {
  let answered = false;
  const sending = send('POST', path, body, type).finally(() => (answered = true));
  const health: Answer[] = [];
  do {
    health.push(await send('GET', '/api/health'));
    await new Promise((r) => setTimeout(r, 10));
  } while (!answered);
  return { answer: await sending, health };
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const DEEP = `body: is nested more than ${JSON_DEPTH_LIMIT} levels deep, more than any Headway export or FHIR form has, so it was not read; nothing was saved`;
const WIDE = `body: has an object with more than ${JSON_KEYS_LIMIT.toLocaleString('en')} keys, more than any Headway export or FHIR form has, so it was not read; nothing was saved`;

function expectRefused(answer: Answer, message: string): void {
  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.text)).toEqual({ error: { code: 'invalid_json', message, field: 'body' } });
}

describe('a body nested deeper than any Headway file', () => {
  it('is refused before it is parsed, on both imports, while the server answers', { timeout: 60_000 }, async () => {
    const body = `{"resourceType":${nested(4_000_000)}}`; // 8 MB; its parse alone once blocked every request for seconds
    const headway = await whileSending('/api/import', body);
    expectRefused(headway.answer, DEEP);
    const fhir = await whileSending('/api/fhir/import', body, 'application/fhir+json');
    expectRefused(fhir.answer, DEEP);
    for (const r of [...headway.health, ...fhir.health]) expect(r.status).toBe(200);
    expect(Math.max(...headway.health.map((r) => r.ms), ...fhir.health.map((r) => r.ms))).toBeLessThan(1_000);
  });

  it(`reads a body ${JSON_DEPTH_LIMIT} levels deep as before`, async () => {
    const answer = await send('POST', '/api/fhir/import', `{"resourceType":${nested(JSON_DEPTH_LIMIT - 1)}}`, 'application/fhir+json');
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.text).error.problems).toEqual([{ path: 'resourceType', message: 'resourceType is a list, not text: expected a QuestionnaireResponse or a Bundle of them.' }]);
  });
});

describe('a body with an object of more keys than any Headway file', () => {
  it('is refused before it is parsed, while the server answers', { timeout: 60_000 }, async () => {
    const keys = Array.from({ length: 300_000 }, (_, i) => `"k${i}":1`).join(',');
    const file = exportFileWith({ moments: [{}] });
    const body = JSON.stringify(file).replace('"moments":[{}]', `"moments":[{${keys}}]`);
    const { answer, health } = await whileSending('/api/import', body);
    expectRefused(answer, WIDE);
    for (const r of health) expect(r.status).toBe(200);
    expect(Math.max(...health.map((r) => r.ms))).toBeLessThan(1_000);
    const moment = await send('POST', '/api/moments', JSON.stringify({ trigger: 'Work', intensity: 4 }));
    expect(moment.status).toBe(201);
  });
});
