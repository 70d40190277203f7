/**
 * `headway measure …` and `headway safety-plan` end to end with the real binary: the
 * interactive questionnaire fed through standard input, a paper form, refusals that name
 * the item, and care shown before any score.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { baseEnv, BIN, hasStackTrace, headway, headwayWithInput, ROOT, tempFolders } from '../headway-bin.js';

vi.setConfig({ testTimeout: 60_000, maxConcurrency: 3 });
const folders = tempFolders('headway-cli-measure-');
afterAll(() => folders.cleanup());

/** Text printed wrapped at 80 columns, with its line breaks (and the indent after them) undone. */
const unwrapped = (text: string) => text.replace(/\n {0,2}(?=\S)/g, ' ');
const tooWide = (text: string) => text.split('\n').filter((l) => Array.from(l).length > 80);

/** Standard output and standard error in one pipe, in the order a person's terminal shows them. */
function bothStreams(args: string[], env: Record<string, string>, input: string): Promise<string> {
  return new Promise((resolve) => {
    const child = execFile('sh', ['-c', 'exec "$0" "$@" 2>&1', process.execPath, BIN, ...args], { env: baseEnv(env), cwd: ROOT, timeout: 45_000 }, (_e, stdout) =>
      resolve(stdout),
    );
    child.stdin?.end(input);
  });
}

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
    expect(r.stderr).toContain('Please type one of 0, 1, 2, 3 (or b to go back, q to stop without saving).');
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

  it('take: numbers each answer by its value, as the web and the paper form do (0 = Not at all … 3 = Nearly every day)', async () => {
    const { env, run } = journal();
    const r = await headwayWithInput(['measure', 'take', 'PHQ-9'], env, '0\n1\n0\n0\n0\n0\n0\n0\n0\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Type b to go back a question, or q to stop without saving.');
    expect(r.stderr).toContain('   0 = Not at all\n   1 = Several days\n   2 = More than half the days\n   3 = Nearly every day\n');
    // "1" on question 2 is "Several days", scored 1: the total is 1.
    expect(JSON.parse((await run('measure', 'list', '--json')).stdout).items[0]).toMatchObject({ total: 1, answers: [0, 1, 0, 0, 0, 0, 0, 0, 0] });
    const who5 = await headwayWithInput(['measure', 'take', 'WHO-5'], env, 'q\n');
    expect(who5.stderr).toContain('   5 = All of the time\n   4 = Most of the time\n');
  });

  it('take: "b" goes back a question and shows the earlier answer; on the first question it says there is none before', async () => {
    const { env, run } = journal();
    const r = await headwayWithInput(['measure', 'take', 'GAD-7'], env, 'b\n3\nback\n2\n0\n0\n0\n0\n0\n0\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('This is the first question; there is none before it.');
    expect(r.stderr).toContain('Back to question 1. Your answer was 3 (Nearly every day); type it again or choose another.');
    expect(JSON.parse((await run('measure', 'list', '--json')).stdout).items[0]).toMatchObject({ total: 2, answers: [2, 0, 0, 0, 0, 0, 0] });
  });

  it('take: "q" stops without saving, says so, and is not an error', async () => {
    const { env, run } = journal();
    const r = await headwayWithInput(['measure', 'take', 'PHQ-9'], env, '1\n2\nq\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Stopped. Nothing was saved.');
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('Copyright');
    expect(JSON.parse((await run('measure', 'list', '--json')).stdout).items).toEqual([]);
  });

  it('take: the care words come before the form’s copyright line, on one screen', async () => {
    const { env } = journal();
    const screen = await bothStreams(['measure', 'take', 'PHQ-9'], env, '0\n0\n0\n0\n0\n0\n0\n0\n2\n');
    const care = screen.indexOf('Samaritans');
    const credit = screen.indexOf('Copyright');
    expect(care).toBeGreaterThan(screen.lastIndexOf('9/9.'));
    expect(credit).toBeGreaterThan(care);
    expect(credit).toBeGreaterThan(screen.indexOf('Saved your PHQ-9'));
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
    expect(summary.stdout).toContain('Next suggested on 19 Feb 2026.');
    const ics = await run('measure', 'calendar');
    expect(ics.stdout).toContain('RRULE:FREQ=DAILY;INTERVAL=14');
    expect(ics.stdout).not.toMatch(/PHQ/);
    const bad = await run('measure', 'remind', 'PHQ-9', '--every', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--every');
  });

  it('summary: two results minutes apart show their numbers and why no change is claimed', async () => {
    const { run } = journal();
    await run('measure', 'add', 'PHQ-9', '--items', '3,3,3,3,3,3,2,0,0', '--at', '2026-12-07T20:00:00Z');
    await run('measure', 'add', 'PHQ-9', '--items', '1,1,1,1,1,1,2,0,0', '--at', '2026-12-07T20:03:00Z');
    const summary = await run('measure', 'summary', '--as-of', '2026-12-07');
    expect(tooWide(summary.stdout)).toEqual([]);
    expect(unwrapped(summary.stdout)).toContain(
      'PHQ-9: From 20 on 7 December to 8 on 7 December. These were taken 3 minutes apart; both ask about the last 2 weeks, so Headway compares results at least 2 weeks apart.',
    );
    expect(summary.stdout).not.toMatch(/reliable|NHS Talking Therapies outcome/);
  });

  it('summary: the NHS Talking Therapies outcome in plain words, never its code name', async () => {
    const { run } = journal();
    await run('measure', 'add', 'PHQ-9', '--items', '2,2,2,2,2,2,2,2,0', '--at', '2026-01-05T09:00:00Z');
    await run('measure', 'add', 'GAD-7', '--items', '2,2,2,2,2,2,0', '--at', '2026-01-05T09:10:00Z');
    await run('measure', 'add', 'PHQ-9', '--items', '1,1,1,0,0,0,0,0,0', '--at', '2026-02-05T09:00:00Z');
    await run('measure', 'add', 'GAD-7', '--items', '1,1,1,0,0,0,0', '--at', '2026-02-05T09:10:00Z');
    const summary = await run('measure', 'summary', '--as-of', '2026-02-10');
    expect(unwrapped(summary.stdout)).toContain('NHS Talking Therapies outcome: reliable recovery: recovery and reliable improvement together.');
    expect(summary.stdout).not.toMatch(/reliable-recovery|caseness/);
    expect((await run('measure', 'remind', 'GAD-7', '--every', '1')).stdout).toContain('GAD-7 will be suggested every day.');
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
