/**
 * `headway measure …` and `headway safety-plan` end to end with the real binary: the
 * interactive questionnaire fed through standard input, a paper form, refusals that name
 * the item, and care shown before any score.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hasStackTrace, headway, headwayWithInput, tempFolders } from '../headway-bin.js';

vi.setConfig({ testTimeout: 60_000, maxConcurrency: 3 });
const folders = tempFolders('headway-cli-measure-');
afterAll(() => folders.cleanup());

function journal() {
  const env = { HEADWAY_DATA_DIR: join(folders.make(), 'data') };
  return { env, run: (...args: string[]) => headway(args, env) };
}

describe.concurrent('headway measure', () => {
  it('take: asks one question at a time, re-asks a wrong answer, and shows care before the score', async () => {
    const { env, run } = journal();
    const r = await headwayWithInput(['measure', 'take', 'phq-9'], env, '0\n0\n7\n0\n0\n0\n0\n0\n0\n1\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('1/9. Little interest or pleasure in doing things');
    expect(r.stderr).toContain('Please type one of 0, 1, 2, 3.');
    expect(r.stderr).toContain('9/9.');
    const care = r.stdout.indexOf('Samaritans');
    const score = r.stdout.indexOf('Saved your PHQ-9');
    expect(care).toBeGreaterThan(-1);
    expect(score).toBeGreaterThan(care);
    expect(r.stdout).toContain(': 1, ');

    const list = JSON.parse((await run('measure', 'list', '--json')).stdout);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ instrument: 'PHQ-9', total: 1, source: 'app' });
  });

  it('take: leaving before the end saves nothing', async () => {
    const { env, run } = journal();
    const r = await headwayWithInput(['measure', 'take', 'GAD-7'], env, '1\n2\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing was saved');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(JSON.parse((await run('measure', 'list', '--json')).stdout).items).toEqual([]);
  });

  it('add: enters a paper form with its date; a missing item is named and nothing is saved', async () => {
    const { run } = journal();
    const ok = await run('measure', 'add', 'GAD-7', '--items', '1,2,0,1,0,0,1', '--at', '2026-02-01T10:00:00+00:00', '--json');
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).measure).toMatchObject({ total: 5, source: 'paper', takenAt: '2026-02-01T10:00:00+00:00' });

    const missing = await run('measure', 'add', 'PHQ-9', '--items', '1,2,0,1,0,0,1,0');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('question 9');
    expect(hasStackTrace(missing.stderr)).toBe(false);
    const unknown = await run('measure', 'add', 'PHQ-8', '--items', '1');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('PHQ-9, GAD-7');
    expect(JSON.parse((await run('measure', 'list', '--json')).stdout).items).toHaveLength(1);
  });

  it('summary and remind: change in words, and a calendar that names no questionnaire', async () => {
    const { run } = journal();
    await run('measure', 'add', 'PHQ-9', '--items', '2,2,2,2,2,2,2,2,0', '--at', '2026-01-05T09:00:00Z');
    await run('measure', 'add', 'PHQ-9', '--items', '1,1,1,1,1,1,2,2,0', '--at', '2026-02-05T09:00:00Z');
    expect((await run('measure', 'remind', 'PHQ-9', '--every', '14')).code).toBe(0);
    const summary = await run('measure', 'summary', '--as-of', '2026-02-10');
    expect(summary.stdout).toContain('PHQ-9: From 16 on 5 January to 10 on 5 February: 6 points lower');
    expect(summary.stdout).toContain('Next suggested on 2026-02-19.');
    const ics = await run('measure', 'calendar');
    expect(ics.stdout).toContain('RRULE:FREQ=DAILY;INTERVAL=14');
    expect(ics.stdout).not.toMatch(/PHQ/);
    const bad = await run('measure', 'remind', 'PHQ-9', '--every', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--every');
  });

  it('safety-plan: crisis lines first, and an empty plan says where to fill it in', async () => {
    const { run } = journal();
    const r = await run('safety-plan');
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('Samaritans')).toBeLessThan(r.stdout.indexOf('safety plan is empty'));
  });

  it('export --format fhir and import --format fhir carry results between journals', async () => {
    const a = journal();
    const b = journal();
    await a.run('measure', 'add', 'GAD-7', '--items', '1,1,1,1,1,1,1', '--at', '2026-02-01T10:00:00Z');
    const file = join(folders.make(), 'fhir.json');
    const out = await a.run('export', '--format', 'fhir', '--out', file);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain('Exported 1 questionnaire result');
    expect(out.stderr).toContain('LOINC');
    const imported = await b.run('import', '--format', 'fhir', file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Imported 1 questionnaire result.');
    expect(JSON.parse((await b.run('measure', 'list', '--json')).stdout).items[0]).toMatchObject({ total: 7, source: 'fhir' });
    const wrong = await b.run('export', '--format', 'xml');
    expect(wrong.code).toBe(2);
  });

  it('log: a heavy note is saved as always and followed by a gentle offer; an everyday one is not', async () => {
    const { run } = journal();
    const heavy = await run('log', 'checkin', '--distress', '8', '--note', 'I keep thinking about ending my life');
    expect(heavy.code, heavy.stderr).toBe(0);
    expect(heavy.stdout).toContain('Check-in saved');
    expect(heavy.stdout).toContain('Samaritans');
    expect(heavy.stdout).toContain('headway safety-plan');
    const everyday = await run('log', 'moment', '--trigger', 'Work', '--intensity', '5', '--note', 'this deadline is killing me');
    expect(everyday.stdout).not.toContain('Samaritans');
  });
});
