/** GET /api/report: the insight report over HTTP, on a demo journal and on bad queries. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemo } from '../../src/app/demo/fillDemo.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { reportSchema } from '../../src/contracts/report.js';
import { fixedClock, startHarness, type Harness } from '../harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: fixedClock('2026-11-20T21:30:00+00:00') });
  await fillDemo(h.deps, LOCAL_PERSON_ID);
});
afterAll(async () => h.close());

describe('GET /api/report', () => {
  it('returns a report matching the published schema, with every section filled from the demo half-year', async () => {
    const res = await h.call({ method: 'GET', url: '/api/report?asOf=2026-11-20' });
    expect(res.statusCode).toBe(200);
    const report = reportSchema.parse(res.json());
    expect(report.asOf).toBe('2026-11-20');
    expect(report.mode).toBe('shifting');
    expect(report.triggers.some((t) => t.status === 'improving')).toBe(true);
    expect(report.triggers.some((t) => t.status === 'not-enough-data' && t.missing)).toBe(true);
    expect(report.invisibleProgress.length).toBeGreaterThan(0);
    expect(report.copingLoad.weeks.length).toBeGreaterThanOrEqual(26);
    expect(report.repertoire.strategies.length).toBeGreaterThan(3);
    expect(report.window.days.length).toBeGreaterThan(50);
    expect(report.healing.shiftKinds.length).toBeGreaterThan(0);
    const phq = report.measures.find((m) => m.instrument === 'PHQ-9');
    expect(phq).toMatchObject({ first: 15, reliableChange: 'improved' });
    expect(report.measures.map((m) => m.instrument)).toEqual(['PHQ-9', 'GAD-7', 'WHO-5', 'Brief-COPE']);
    expect(report.evidence.some((e) => e.source === 'measures')).toBe(true);
    expect(report.safety).toEqual({ alert: false, reasons: [] });
  });

  it('gives the demo a safety plan, reminders and a paired outcome to show', async () => {
    expect((await h.call({ method: 'GET', url: '/api/safety-plan' })).json().steps.askForHelp.length).toBeGreaterThan(0);
    const overview = (await h.call({ method: 'GET', url: '/api/measures/overview?asOf=2026-11-20' })).json();
    expect(overview.nhs?.outcome).toBe('reliable-recovery');
    expect(overview.instruments.filter((i: { schedule: unknown }) => i.schedule !== null)).toHaveLength(2);
  });

  it('reports as of an earlier day, ignoring what came after it', async () => {
    const now = (await h.call({ method: 'GET', url: '/api/report?asOf=2026-11-20' })).json();
    const then = (await h.call({ method: 'GET', url: '/api/report?asOf=2026-08-01&weeks=8' })).json();
    expect(then.period.to).toBe('2026-08-01');
    expect(then.counts.moments).toBeLessThan(now.counts.moments);
    for (const t of then.triggers) for (const p of t.points) expect(p.day <= '2026-08-01').toBe(true);
  });

  it('looks at the whole journal with weeks=all', async () => {
    const all = (await h.call({ method: 'GET', url: '/api/report?asOf=2026-11-20&weeks=all' })).json();
    const recent = (await h.call({ method: 'GET', url: '/api/report?asOf=2026-11-20&weeks=4' })).json();
    expect(all.counts.moments).toBeGreaterThan(recent.counts.moments);
  });

  it('names a bad query field', async () => {
    for (const [url, field] of [
      ['/api/report?asOf=2026-02-30', 'asOf'],
      ['/api/report?weeks=1', 'weeks'],
      ['/api/report?weeks=lots', 'weeks'],
      ['/api/report?colour=blue', 'colour'],
      // Far ahead or far back: counting weeks from 9999-12-31 once ran past year 9999 and never ended.
      ['/api/report?asOf=9999-12-31', 'asOf'],
      ['/api/report?asOf=0001-01-01', 'asOf'],
      ['/api/report?asOf=2026-11-23', 'asOf'],
    ] as const) {
      const res = await h.call({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.field, url).toBe(field);
    }
  });

  it('allows a report as of tomorrow, for a person whose day is ahead of this machine’s', async () => {
    expect((await h.call({ method: 'GET', url: '/api/report?asOf=2026-11-21' })).statusCode).toBe(200);
  });
});

describe('a mistyped year', () => {
  it('refuses a moment dated before 1900, naming the field, and saves nothing', async () => {
    const before = (await h.call({ method: 'GET', url: '/api/moments' })).json().length;
    const res = await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Old', intensity: 3, occurredAt: '0026-11-20T10:00:00Z' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('occurredAt');
    expect(res.json().error.message).toContain('1900');
    expect((await h.call({ method: 'GET', url: '/api/moments' })).json().length).toBe(before);
  });

  it('keeps "everything so far" to twenty years when one moment is dated 1900', async () => {
    const url = '/api/report?asOf=2026-11-20&weeks=all';
    const before = reportSchema.parse((await h.call({ method: 'GET', url })).json());
    const old = await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Long ago', intensity: 3, occurredAt: '1900-01-01T10:00:00Z' } });
    expect(old.statusCode).toBe(201);
    const started = performance.now();
    const res = await h.call({ method: 'GET', url });
    const took = performance.now() - started;
    const after = reportSchema.parse(res.json());
    expect(after.period).toEqual(before.period);
    expect(after.counts.moments).toBe(before.counts.moments);
    expect(took).toBeLessThan(5000); // 20 s before, for asOf 2999-12-31; generous on a slow machine
    // Within the twenty years, an older moment does widen the period.
    const within = await h.call({ method: 'POST', url: '/api/moments', payload: { trigger: 'Long ago', intensity: 3, occurredAt: '2010-03-01T10:00:00Z' } });
    const wider = reportSchema.parse((await h.call({ method: 'GET', url })).json());
    expect(wider.period.from).toBe('2010-03-01');
    expect(wider.counts.moments).toBe(before.counts.moments + 1);
    for (const id of [old.json().id, within.json().id]) await h.call({ method: 'DELETE', url: `/api/moments/${id}` });
  });
});
