/**
 * Whatever the person (or a file) wrote, the CLI prints it so the terminal shows it and
 * does nothing else: ESC (screen clears, OSC 52 clipboard writes), BEL, C1 controls and
 * the marks that reorder a line come out as visible escapes, in the safety plan, lists,
 * the toolkit, the report, JSON output and import problems alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { exportFileWith, exportMoment } from '../fixtures/export-file.js';
import { headway, tempFolders } from '../headway-bin.js';

vi.setConfig({ testTimeout: 60_000, maxConcurrency: 3 });

const folders = tempFolders('headway-terminal-');
afterAll(() => folders.cleanup());

const CLEAR = '\u001b[2J\u001b[H';
const CLIPBOARD = '\u001b]52;c;ZWNobyBoaQ==\u0007';
const C1_CSI = '\u009b31m';
const OVERRIDE = '\u202egnp.exe';
/** Anything a terminal would act on rather than show. */
const ACTS_ON_TERMINAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

async function folder(): Promise<{ dataDir: string; env: Record<string, string> }> {
  const dataDir = join(folders.make(), 'data');
  const env = { HEADWAY_DATA_DIR: dataDir };
  expect((await headway(['list', 'moments'], env)).code).toBe(0);
  return { dataDir, env };
}

describe.concurrent('text the CLI prints', () => {
  it('shows a safety plan holding escape sequences as visible escapes, never sending them', async () => {
    const { dataDir, env } = await folder();
    // Written straight into the file, as a journal from before Headway refused such text might hold it.
    const steps = { warningSigns: [`Racing thoughts${CLEAR}`], onMyOwn: [CLIPBOARD], distractions: [C1_CSI], askForHelp: [OVERRIDE], professionals: [], saferSurroundings: [] };
    const db = new Database(join(dataDir, 'headway.sqlite3'));
    db.prepare('insert into safety_plans (person_id, plan, updated_at) values (?, ?, ?)').run(
      LOCAL_PERSON_ID,
      JSON.stringify({ steps, mattersMost: `My cat\u0007` }),
      '2026-03-01T09:00:00+00:00',
    );
    db.close();

    const r = await headway(['safety-plan'], env);

    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ACTS_ON_TERMINAL);
    expect(r.stdout).toContain('  - Racing thoughts\\x1b[2J\\x1b[H');
    expect(r.stdout).toContain('  - \\x1b]52;c;ZWNobyBoaQ==\\x07');
    expect(r.stdout).toContain('  - \\x9b31m');
    expect(r.stdout).toContain('  - \\u202egnp.exe');
    expect(r.stdout).toContain('  My cat\\x07');
  });

  it('shows right-to-left overrides in a trigger or strategy name visibly in lists, the toolkit, the report and JSON', async () => {
    const { env } = await folder();
    expect((await headway(['toolkit', 'add', `Walk ${OVERRIDE}`, '--role', 'coping', '--function', 'soothe'], env)).code).toBe(0);
    const logged = await headway(['log', 'moment', '--trigger', `Work ${OVERRIDE}`, '--intensity', '4', '--strategy', `Walk ${OVERRIDE}=helped`], env);
    expect(logged.code, logged.stderr).toBe(0);
    expect(logged.stdout).toContain('Logged: Work \\u202egnp.exe, 4/10.');

    for (const args of [['list', 'moments'], ['list', 'triggers'], ['toolkit', 'list'], ['report']]) {
      const r = await headway(args, env);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(ACTS_ON_TERMINAL);
      expect(r.stdout, args.join(' ')).toContain('\\u202egnp.exe');
    }
    const json = await headway(['list', 'moments', '--json'], env);
    expect(json.stdout).not.toMatch(ACTS_ON_TERMINAL);
    expect(json.stdout).toContain('"trigger": "Work \\u202egnp.exe"');
    // The same value once read as JSON: only how it is written changed.
    expect((JSON.parse(json.stdout) as Array<{ trigger: string }>)[0]?.trigger).toBe(`Work ${OVERRIDE}`);
  });

  it('shows escape sequences from an import file visibly in its problems, and imports nothing', async () => {
    const { dataDir, env } = await folder();
    const file = join(dataDir, '..', 'hostile.json');
    const moment = exportMoment(1, { trigger: `Unknown${CLIPBOARD}`, intensity: 3, note: `Note${CLEAR}`, [`x${CLEAR}`]: 1 });
    const body = exportFileWith({ moments: [moment] });
    writeFileSync(file, JSON.stringify(body));

    const r = await headway(['import', file], env);

    expect(r.code).toBe(5);
    expect(r.stderr).not.toMatch(ACTS_ON_TERMINAL);
    expect(r.stderr).toContain('moments[0].x\\x1b[2J\\x1b[H: is not a field Headway knows');
    expect(r.stderr).toContain('"Unknown\\x1b]52;c;ZWNobyBoaQ==\\x07" is not in the file\'s triggers');
    expect(r.stderr).toContain('moments[0].note: has a character Headway can’t store');
    expect((await headway(['list', 'moments'], env)).stdout).toContain('No moments yet');
  });

  it('shows a display name holding escapes visibly in the FHIR export it prints, and keeps it exact in a file', async () => {
    const { dataDir, env } = await folder();
    expect((await headway(['measure', 'add', 'GAD-7', '--items', '1,1,1,1,1,1,1'], env)).code).toBe(0);
    const db = new Database(join(dataDir, 'headway.sqlite3'));
    db.prepare('update persons set display_name = ?').run(`Sam ${OVERRIDE}${CLEAR}`);
    db.close();

    const printed = await headway(['export', '--format', 'fhir'], env);

    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).not.toMatch(ACTS_ON_TERMINAL);
    expect(printed.stdout).toContain('Sam \\u202egnp.exe\\u001b[2J\\u001b[H');
    const out = join(dataDir, '..', 'fhir.json');
    expect((await headway(['export', '--format', 'fhir', '--out', out], env)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(JSON.stringify(`Sam ${OVERRIDE}${CLEAR}`).slice(1, -1));
  });

  it('refuses an import file that is not UTF-8 rather than guessing its letters', async () => {
    const { dataDir, env } = await folder();
    const exported = await headway(['export'], env);
    const text = exported.stdout.replace('"displayName": ""', '"displayName": "Ana\u00ef"');
    const file = join(dataDir, '..', 'latin1.json');
    writeFileSync(file, Buffer.from(text, 'latin1'));

    const r = await headway(['import', file], env);

    expect(r.code).toBe(5);
    expect(r.stderr).toContain('is not UTF-8 text');
    expect(r.stderr).toContain('nothing was imported');
  });
});
