/**
 * Through the API the web reads: two questionnaires minutes apart are not called a reliable
 * change, the NHS outcome is withheld, and the sentence says why (core/measures/spacing.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let h: Harness;
let now = '2026-03-01T20:00:00+00:00';
beforeEach(async () => {
  h = await startHarness({ clock: { now: () => now } });
});
afterEach(() => h.close());

const take = async (instrument: string, answers: number[], at: string) => {
  now = at;
  expect((await h.call({ method: 'POST', url: '/api/measures', payload: { instrument, answers } })).statusCode).toBe(201);
};
const overview = async (): Promise<Json> => (await h.call({ method: 'GET', url: '/api/measures/overview' })).json();

describe('questionnaires taken minutes apart', () => {
  it('show the numbers and the reason, with no reliable change, NHS outcome or report evidence', async () => {
    await take('PHQ-9', [3, 3, 3, 3, 3, 3, 2, 0, 0], '2026-03-01T20:00:00+00:00');
    await take('GAD-7', [3, 3, 3, 3, 3, 0, 0], '2026-03-01T20:01:00+00:00');
    await take('PHQ-9', [1, 1, 1, 1, 1, 1, 2, 0, 0], '2026-03-01T20:03:00+00:00');
    await take('GAD-7', [0, 0, 0, 0, 0, 0, 0], '2026-03-01T20:04:00+00:00');
    const o = await overview();
    const phq = o.instruments.find((i: Json) => i.instrument === 'PHQ-9');
    expect(phq).toMatchObject({ count: 2, change: -12, reliableChange: null, notOnTrack: null });
    expect(phq.summary).toContain('These were taken 3 minutes apart; both ask about the last 2 weeks, so Headway compares results at least 2 weeks apart.');
    expect(o.nhs).toBeNull();
    const report: Json = (await h.call({ method: 'GET', url: '/api/report?asOf=2026-03-01' })).json();
    expect(JSON.stringify(report.evidence)).not.toMatch(/reliable/);
    expect(report.measures.find((m: Json) => m.instrument === 'PHQ-9')).toMatchObject({ reliableChange: null });
  });

  it('two weeks later, the same change is a reliable improvement', async () => {
    await take('PHQ-9', [3, 3, 3, 3, 3, 3, 2, 0, 0], '2026-03-01T20:00:00+00:00');
    await take('PHQ-9', [1, 1, 1, 1, 1, 1, 2, 0, 0], '2026-03-15T09:00:00+00:00');
    const phq = (await overview()).instruments.find((i: Json) => i.instrument === 'PHQ-9');
    expect(phq).toMatchObject({ change: -12, reliableChange: 'improved', notOnTrack: { flag: false } });
  });
});
