/**
 * The `headway` command end to end: the real binary, a fresh data folder per test, and
 * only what a person sees — exit codes, stdout, stderr and the files left behind.
 * Tests run concurrently (each in its own folder) because every step starts Node.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hasStackTrace, headway, tempFolders, type Run } from '../headway-bin.js';

// Each test starts Node several times; three at a time keeps a shared 2-core machine responsive.
vi.setConfig({ testTimeout: 60_000, maxConcurrency: 3 });

const folders = tempFolders('headway-cli-');
afterAll(() => folders.cleanup());

const json = <T = Array<Record<string, unknown>>>(r: Run): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

/** A temp folder whose `data` subfolder (not yet created) is HEADWAY_DATA_DIR. */
function journal() {
  const dir = folders.make();
  const dataDir = join(dir, 'data');
  const run = (...args: string[]) => headway(args, { HEADWAY_DATA_DIR: dataDir });
  const listJson = async (kind: string, ...more: string[]) => json(await run('list', kind, '--json', ...more));
  return { dir, dataDir, run, listJson };
}

describe.concurrent('logging and listing entries', () => {
  it('offers the crisis lines and the safety plan after heavy words in a practice or shift note, and saves the entry', async () => {
    const { run, listJson } = journal();
    const practice = await run('log', 'practice', '--kind', 'Journalling', '--note', 'i just want to die');
    expect(practice.code).toBe(0);
    expect(practice.stdout).toContain('Practice saved.');
    expect(practice.stdout).not.toContain('want to die');
    expect(practice.stdout).toContain('headway safety-plan');
    const shift = await run('log', 'shift', '--kind', 'own-words', '--note', 'I noticed the tension ease sooner');
    expect(shift.code).toBe(0);
    expect(shift.stdout).not.toContain('headway safety-plan');
    expect((await listJson('practices')).map((p) => p['note'])).toEqual(['i just want to die']);
  });

  it('hears heavy words wherever they are written: a trigger, a practice kind, a shift in own words', async () => {
    const { run } = journal();
    for (const args of [
      ['log', 'moment', '--trigger', 'I want to kill myself', '--intensity', '9'],
      ['log', 'practice', '--kind', 'thinking I want to die'],
      ['log', 'shift', '--kind', 'own-words', '--note', 'I want to die'],
    ]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toContain('headway safety-plan');
      expect(r.stdout).not.toContain('That counts');
    }
    const ordinary = await run('log', 'moment', '--trigger', 'Deadline at work', '--intensity', '5');
    expect(ordinary.stdout).not.toContain('headway safety-plan');
  });

  it('logs a moment with every flag and lists it back with all its fields', async () => {
    const { run, listJson } = journal();
    const logged = await run('log', 'moment', '--trigger', 'Criticism at work', '--intensity', '7', '--strategy', 'A walk=helped',
      '--settled', '45', '--recognized-early', '--note', 'hi');
    expect(logged.code).toBe(0);
    const [m, ...rest] = await listJson('moments');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      trigger: 'Criticism at work',
      intensity: 7,
      settledMinutes: 45,
      recognizedEarly: true,
      handledDifferently: false,
      note: 'hi',
      strategies: [{ name: 'A walk', helped: true }],
    });
  });

  it('keeps the exact instant given with --at, and --since leaves out the days before', async () => {
    const { run, listJson } = journal();
    expect((await run('log', 'moment', '--trigger', 'Late call', '--intensity', '4', '--at', '2026-03-02T21:15:00+01:00')).code).toBe(0);
    const [m] = await listJson('moments');
    expect(m?.['occurredAt']).toBe('2026-03-02T21:15:00+01:00');
    expect(await listJson('moments', '--since', '2026-03-03')).toEqual([]);
    expect(await listJson('moments', '--since', '2026-03-02')).toHaveLength(1);
  });

  it('logs a check-in, a practice and a shift, each listed under its own kind', async () => {
    const { run, listJson } = journal();
    expect((await run('log', 'checkin', '--distress', '5', '--mood', '3', '--window', 'hyper', '--sleep', '6.5')).code).toBe(0);
    expect((await run('log', 'practice', '--kind', 'Therapy session', '--minutes', '50')).code).toBe(0);
    expect((await run('log', 'shift', '--kind', 'handled-differently')).code).toBe(0);
    expect(await listJson('checkins')).toMatchObject([{ distress: 5, mood: 3, windowState: 'hyper', sleepHours: 6.5 }]);
    expect(await listJson('practices')).toMatchObject([{ kind: 'Therapy session', minutes: 50 }]);
    expect(await listJson('shifts')).toMatchObject([{ kind: 'handled-differently', note: null }]);
    expect(await listJson('moments')).toEqual([]);
  });

  it('lists moments for people as plain lines with the trigger and intensity', async () => {
    const { run } = journal();
    await run('log', 'moment', '--trigger', 'Crowded train', '--intensity', '6');
    const r = await run('list', 'moments');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Crowded train');
    expect(r.stdout).toContain('6/10');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });
});

describe.concurrent('rejected input', () => {
  it.each([
    { why: 'an intensity above 10', args: ['--intensity', '11'], names: '--intensity' },
    { why: 'an intensity that is not a number', args: ['--intensity', 'abc'], names: '--intensity' },
    { why: 'a strategy not in the toolkit', args: ['--intensity', '3', '--strategy', 'A walkk=helped'], names: 'toolkit add' },
    { why: 'an unknown body state', args: ['--intensity', '3', '--body', 'sideways'], names: '--body' },
  ])('refuses a moment with $why (exit 2, names the problem) and saves nothing', async ({ args, names }) => {
    const { run, listJson } = journal();
    const r = await run('log', 'moment', '--trigger', 'Noise', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(names);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(await listJson('moments')).toEqual([]);
  });

  it('suggests the nearest toolkit name for a misspelt strategy', async () => {
    const { run } = journal();
    const r = await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3', '--strategy', 'A walkk');
    expect(r.stderr).toMatch(/--strategy: "A walkk" is not in your toolkit\. Did you mean "A walk"\?/);
  });

  it('refuses an own-words shift without a note, naming --note, and saves nothing', async () => {
    const { run, listJson } = journal();
    const r = await run('log', 'shift', '--kind', 'own-words');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--note');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(await listJson('shifts')).toEqual([]);
  });

  it('answers an unknown command with exit 2 and a pointer to --help', async () => {
    const { run } = journal();
    const r = await run('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe.concurrent('the toolkit', () => {
  it('adds a strategy that toolkit list then shows, and refuses the same name twice (exit 4)', async () => {
    const { run } = journal();
    expect((await run('toolkit', 'add', 'Cold water', '--role', 'coping', '--function', 'soothe')).code).toBe(0);
    const toolkit = json(await run('toolkit', 'list', '--json'));
    expect(toolkit).toContainEqual(expect.objectContaining({ name: 'Cold water', role: 'coping', function: 'soothe', archived: false }));
    const again = await run('toolkit', 'add', 'cold water', '--role', 'coping', '--function', 'soothe');
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('already in your toolkit');
  });

  it('archives a strategy that past moments used instead of deleting it', async () => {
    const { run, listJson } = journal();
    await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3', '--strategy', 'A walk');
    const r = await run('toolkit', 'remove', 'A walk');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('archived');
    expect(json(await run('toolkit', 'list', '--json'))).not.toContainEqual(expect.objectContaining({ name: 'A walk' }));
    expect(json(await run('toolkit', 'list', '--json', '--all'))).toContainEqual(expect.objectContaining({ name: 'A walk', archived: true }));
    expect(await listJson('moments')).toMatchObject([{ strategies: [{ name: 'A walk' }] }]);
  });
});

describe.concurrent('export and import', () => {
  it('round-trips: export, import into a fresh folder, export again gives the same file apart from exportedAt', async () => {
    const { dir, run } = journal();
    await run('log', 'moment', '--trigger', 'Criticism at work', '--intensity', '7', '--strategy', 'A walk=helped', '--note', 'hi');
    await run('log', 'checkin', '--distress', '4');
    await run('log', 'shift', '--kind', 'own-words', '--note', 'I said no kindly');
    await run('toolkit', 'add', 'Cold water', '--role', 'coping', '--function', 'soothe');
    const first = join(dir, 'first.json');
    expect((await run('export', '--out', first)).code).toBe(0);
    const otherDir = join(dir, 'other');
    const imported = await headway(['import', first], { HEADWAY_DATA_DIR: otherDir });
    expect(imported.code).toBe(0);
    const second = await headway(['export'], { HEADWAY_DATA_DIR: otherDir });
    const strip = (text: string) => ({ ...(JSON.parse(text) as object), exportedAt: null });
    const original = strip(readFileSync(first, 'utf8'));
    expect(strip(second.stdout)).toEqual(original);
    expect(original).toMatchObject({ moments: [{ note: 'hi' }], checkins: [{ distress: 4 }], shifts: [{ note: 'I said no kindly' }] });
  });

  it('refuses a file with a broken moment (exit 5), lists every problem by path and imports nothing', async () => {
    const { dir, run } = journal();
    await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3');
    await run('log', 'checkin', '--distress', '2');
    const good = JSON.parse((await run('export')).stdout) as { moments: Array<Record<string, unknown>>; checkins: Array<Record<string, unknown>> };
    good.moments[0] = { ...good.moments[0], intensity: 12 };
    good.checkins[0] = { ...good.checkins[0], distress: 'lots' };
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(good));
    const otherDir = join(dir, 'other');
    const r = await headway(['import', bad], { HEADWAY_DATA_DIR: otherDir });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('moments[0].intensity');
    expect(r.stderr).toContain('checkins[0].distress');
    expect(hasStackTrace(r.stderr)).toBe(false);
    for (const kind of ['moments', 'checkins']) {
      expect(json(await headway(['list', kind, '--json'], { HEADWAY_DATA_DIR: otherDir }))).toEqual([]);
    }
    // The new folder still has the toolkit a first start gives, so logging with it works.
    const toolkit = json(await headway(['toolkit', 'list', '--json'], { HEADWAY_DATA_DIR: otherDir })) as Array<{ name: string }>;
    expect(toolkit.map((s) => s.name)).toContain('A walk');
    expect((await headway(['log', 'moment', '--trigger', 'Noise', '--intensity', '3', '--strategy', 'A walk'], { HEADWAY_DATA_DIR: otherDir })).code).toBe(0);
  });

  it('refuses a file that is not JSON with exit 5', async () => {
    const { dir, run } = journal();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'dear diary {');
    const r = await run('import', file);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('is not valid JSON');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe.concurrent('delete and restore', () => {
  it('hides a deleted moment from the list and brings it back on restore', async () => {
    const { run, listJson } = journal();
    const logged = json<{ id: string }>(await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3', '--json'));
    expect((await run('delete', 'moment', logged.id)).code).toBe(0);
    expect(await listJson('moments')).toEqual([]);
    expect((await run('restore', 'moment', logged.id)).code).toBe(0);
    expect(await listJson('moments')).toMatchObject([{ id: logged.id, trigger: 'Noise' }]);
  });

  it('answers a delete of an unknown id with exit 3', async () => {
    const { run } = journal();
    const r = await run('delete', 'moment', '00000000-0000-4000-8000-000000000000');
    expect(r.code).toBe(3);
  });
});

describe.concurrent('the demo', () => {
  it('fills an empty folder with a half-year, then refuses to mix demo data into it again (exit 4)', async () => {
    const { run, listJson } = journal();
    const first = await run('demo');
    expect(first.code).toBe(0);
    expect((await listJson('moments')).length).toBeGreaterThan(100);
    const second = await run('demo');
    expect(second.code).toBe(4);
    expect(second.stderr).toContain('already holds a journal');
    expect(second.stderr).toContain('fresh folder');
    expect(hasStackTrace(second.stderr)).toBe(false);
  });

  it("refuses a folder that holds only questionnaires, so a person's results never mix with demo data", async () => {
    const { run } = journal();
    expect((await run('measure', 'add', 'GAD-7', '--items', '1,1,1,1,1,1,1')).code).toBe(0);
    const r = await run('demo');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('1 questionnaire result');
    expect(JSON.parse((await run('measure', 'list', '--json')).stdout).items).toHaveLength(1);
  });

  it('refuses a folder whose only data is a toolkit of the person’s own, and keeps that toolkit', async () => {
    const { run } = journal();
    expect((await run('toolkit', 'add', 'Calling Mum', '--role', 'coping', '--function', 'connect')).code).toBe(0);
    const r = await run('demo');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('a toolkit or triggers of your own');
    const names = (json(await run('toolkit', 'list', '--json')) as Array<{ name: string }>).map((s) => s.name);
    expect(names).toContain('Calling Mum');
  });
});

describe.concurrent('the toolkit, said plainly', () => {
  it('says a strategy is archived and how to bring it back, instead of "not in your toolkit"', async () => {
    const { run } = journal();
    expect((await run('toolkit', 'edit', 'Music', '--archive')).code).toBe(0);
    const r = await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3', '--strategy', 'music');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"Music" is archived');
    expect(r.stderr).toContain('headway toolkit edit "Music" --unarchive');
    expect((await run('toolkit', 'edit', 'Music', '--unarchive')).code).toBe(0);
    expect((await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3', '--strategy', 'music')).code).toBe(0);
  });

  it('refuses contradictory or empty requests, naming the flags', async () => {
    const { run, listJson } = journal();
    for (const [args, message] of [
      [['toolkit', 'edit', 'Music', '--archive', '--unarchive'], '--archive and --unarchive: choose one'],
      [['toolkit', 'edit', 'Music'], 'say what to change'],
      [['log', 'moment', '--trigger', 'x', '--intensity', '3', '--followed-thought', '--did-not-follow-thought'], 'choose one'],
      [['log', 'moment', '--trigger', 'x', '--intensity', '3', '--strategy', ''], '--strategy: is empty'],
    ] as const) {
      const r = await run(...args);
      expect([r.code, r.stderr], args.join(' ')).toEqual([2, expect.stringContaining(message)]);
    }
    expect(await listJson('moments')).toEqual([]);
  });
});

describe.concurrent('settings and files', () => {
  it('explains a folder or file it cannot use, without an internal error', async () => {
    const { dir, run } = journal();
    const cases: Array<[string[], number, RegExp]> = [
      [['--data-dir', '', 'list', 'moments'], 2, /^--data-dir: is empty/],
      [['measure', 'summary', '--as-of', 'abc'], 2, /^--as-of: must be a real date/],
      [['export', '--out', join(dir, 'missing', 'x.json')], 2, /could not write .*missing\/x\.json: its folder does not exist/],
      [['export', '--out', dir], 2, /that is a folder/],
    ];
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    cases.push([['--data-dir', join(dir, 'a-file'), 'list', 'moments'], 2, /cannot open its database in the data folder/]);
    // Node's recursive mkdir never returned for a path under /proc.
    if (process.platform === 'linux') cases.push([['--data-dir', '/proc/headway-no-such-folder/data', 'list', 'moments'], 2, /could not write \/proc\/headway-no-such-folder/]);
    for (const [args, code, message] of cases) {
      const r = await run(...args);
      expect([r.code, r.stderr], args.join(' ')).toEqual([code, expect.stringMatching(message)]);
      expect(r.stderr).not.toContain('Something went wrong inside Headway');
    }
  });
  it('saves both of two commands started together on a folder that does not exist yet', async () => {
    // The second to migrate the new folder once failed with "table persons already exists".
    for (let round = 0; round < 4; round++) {
      const { run, listJson } = journal();
      const [a, b] = await Promise.all([run('log', 'checkin', '--distress', '1'), run('log', 'checkin', '--distress', '2')]);
      expect([a.code, b.code, a.stderr + b.stderr]).toEqual([0, 0, '']);
      expect((await listJson('checkins')).map((c) => c['distress']).sort()).toEqual([1, 2]);
    }
  });

  it('lets --data-dir override HEADWAY_DATA_DIR', async () => {
    const { dir, run, listJson } = journal();
    const flagDir = join(dir, 'from-flag');
    expect((await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3', '--data-dir', flagDir)).code).toBe(0);
    expect(json(await run('--data-dir', flagDir, 'list', 'moments', '--json'))).toHaveLength(1);
    expect(await listJson('moments')).toEqual([]);
  });

  it('refuses to serve with a bad HEADWAY_PORT, naming the variable (exit 2)', async () => {
    const { dataDir } = journal();
    const r = await headway(['serve'], { HEADWAY_DATA_DIR: dataDir, HEADWAY_PORT: 'abc' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('HEADWAY_PORT');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('creates the data folder as 0700 and the database file as 0600', async () => {
    const { dataDir, run } = journal();
    await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3');
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'headway.sqlite3')).mode & 0o777).toBe(0o600);
  });
});
