/**
 * GET /api/report over a period chosen by its first day (`from`, "since therapy began"),
 * and questionnaire change counted both from the period's first result and from the start
 * of therapy, on the demo half-year: PHQ-9 15 → 8 over the therapy, 9 → 8 in six weeks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemo } from '../../src/app/demo/fillDemo.js';
import { reportSchema } from '../../src/contracts/report.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { addDays } from '../../src/core/time.js';
import { fixedClock, startHarness, type Harness } from '../harness.js';

const TODAY = '2026-11-20';
let h: Harness;
let firstResult: string;
beforeAll(async () => {
  h = await startHarness({ clock: fixedClock(`${TODAY}T21:30:00+00:00`) });
  await fillDemo(h.deps, LOCAL_PERSON_ID);
  firstResult = (await h.deps.store.listMeasures(LOCAL_PERSON_ID))[0]!.takenAt.slice(0, 10);
});
afterAll(async () => h.close());

const report = async (query: string) => {
  const res = await h.call({ method: 'GET', url: `/api/report?${query}` });
  expect(res.statusCode).toBe(200);
  return reportSchema.parse(res.json());
};
const phq = <T extends { instrument: string }>(list: readonly T[]) => list.find((m) => m.instrument === 'PHQ-9');

describe('a report since therapy began', () => {
  it('counts six weeks from their own first result, and the therapy from the first result ever while no start day is given', async () => {
    const r = await report(`asOf=${TODAY}&weeks=6`);
    expect(phq(r.measures)).toMatchObject({ first: 9, latest: 8, change: -1, reliableChange: 'no-reliable-change' });
    expect(r.therapy.startedOn).toBeNull();
    expect(phq(r.therapy.measures)).toMatchObject({ first: 15, latest: 8, firstOn: firstResult, change: -7, reliableChange: 'improved', outcome: 'reliable-recovery' });
    const lines = r.evidence.filter((e) => e.source === 'measures').map((e) => e.text);
    expect(lines[0]).toMatch(/^Since the first results \(.+\), PHQ-9 went from 15 to 8: a reliable improvement/);
    expect(lines.some((t) => t.startsWith('In these 6 weeks (') && t.includes('PHQ-9 went from 9 to 8'))).toBe(true);
  });

  it('counts the therapy from the first result on or after the day it began', async () => {
    const started = addDays(firstResult, 1); // the first PHQ-9 (15) was the day before
    expect((await h.call({ method: 'PATCH', url: '/api/person', payload: { therapyStartedOn: started } })).statusCode).toBe(200);
    const r = await report(`asOf=${TODAY}&weeks=6`);
    expect(r.therapy.startedOn).toBe(started);
    const t = phq(r.therapy.measures);
    expect(t?.firstOn).not.toBe(firstResult);
    expect(t).toMatchObject({ first: 14, latest: 8 });
    expect(r.evidence.find((e) => e.source === 'measures')?.text).toMatch(/^Since therapy began \(.+\), PHQ-9 went from 14 to 8/);
    await h.call({ method: 'PATCH', url: '/api/person', payload: { therapyStartedOn: firstResult } });
  });

  it('takes the period from a first day: from=the therapy start gives the same course twice, said once', async () => {
    const r = await report(`asOf=${TODAY}&from=${firstResult}`);
    expect(r.period.from).toBe(firstResult);
    expect(phq(r.measures)).toEqual(phq(r.therapy.measures));
    expect(r.evidence.filter((e) => e.source === 'measures' && e.text.includes('PHQ-9'))).toHaveLength(1);
    expect(r.evidence[0]?.points).toBe('progress');
  });

  it.each([
    ['from and weeks together', `asOf=${TODAY}&from=2026-06-01&weeks=6`, 'from'],
    ['from after asOf', `asOf=${TODAY}&from=2026-11-21`, 'from'],
    ['from not a day', `asOf=${TODAY}&from=June`, 'from'],
  ])('refuses %s with a 400 naming the field', async (_what, query, field) => {
    const res = await h.call({ method: 'GET', url: `/api/report?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field });
  });
});

describe('critical answers in the report', () => {
  it('lists each one in the period with its day, item and value, and none from before the period', async () => {
    const before = await report(`asOf=${TODAY}&weeks=6`);
    expect(before.criticalAnswers).toEqual([]);
    const taken = await h.call({
      method: 'POST',
      url: '/api/measures',
      payload: { instrument: 'PHQ-9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 2], takenAt: '2026-11-19T10:00:00+00:00' },
    });
    expect(taken.statusCode).toBe(201);
    const r = await report(`asOf=${TODAY}&weeks=6`);
    expect(r.criticalAnswers).toEqual([
      { instrument: 'PHQ-9', day: '2026-11-19', item: 9, label: expect.any(String), value: 2, answer: 'More than half the days', tier: 'urgent' },
    ]);
    expect((await report(`asOf=2026-11-18&weeks=6`)).criticalAnswers).toEqual([]);
  });
});
