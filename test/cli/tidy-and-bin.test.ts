/**
 * `headway trigger rename|merge|delete` and `headway delete|restore result` end to end
 * (issue 11): the real binary, a fresh data folder per test, exit codes and words.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hasStackTrace, headway, tempFolders, type Run } from '../headway-bin.js';

vi.setConfig({ testTimeout: 60_000, maxConcurrency: 3 });

const folders = tempFolders('headway-tidy-');
afterAll(() => folders.cleanup());

const json = <T>(r: Run): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

function journal() {
  const dataDir = join(folders.make(), 'data');
  const run = (...args: string[]) => headway(args, { HEADWAY_DATA_DIR: dataDir });
  const triggers = async () => json<Array<{ name: string; uses: number }>>(await run('list', 'triggers', '--json')).map((t) => [t.name, t.uses]);
  return { run, triggers };
}

describe.concurrent('tidying triggers', () => {
  it('offers the merge when a rename takes another trigger’s name, and the merge moves the moments', async () => {
    const { run, triggers } = journal();
    for (const t of ['Work', 'Work', 'Wrok']) expect((await run('log', 'moment', '--trigger', t, '--intensity', '4')).code).toBe(0);

    const refused = await run('trigger', 'rename', 'Wrok', 'work');
    expect(refused.code).toBe(4);
    expect(refused.stderr).toBe(
      '"Work" is already one of your triggers. To bring them together, merge "Wrok" into it (its moments move there):\n  headway trigger merge "Wrok" --into "Work"\n',
    );

    const merged = await run('trigger', 'merge', 'Wrok', '--into', 'work');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe('Merged "Wrok" into "Work": 1 moment moved, and "Wrok" is gone from your triggers.\n');
    expect(await triggers()).toEqual([['Work', 3]]);
  });

  it('deletes an unused trigger, and refuses a used one, offering the merge', async () => {
    const { run, triggers } = journal();
    const m = json<{ id: string }>(await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3', '--json'));
    const refused = await run('trigger', 'delete', 'noise');
    expect(refused.code).toBe(4);
    expect(refused.stderr).toBe(
      '“Noise” can’t be deleted: 1 moment names it. To tidy it away, merge it into another trigger; its moments move there.\n  headway trigger merge "Noise" --into <another trigger>\n',
    );
    expect((await run('log', 'moment', '--trigger', 'Neighbours', '--intensity', '3')).code).toBe(0);
    const merged = await run('trigger', 'merge', 'Noise', '--into', 'Neighbours');
    expect(merged.code).toBe(0);
    expect(await triggers()).toEqual([['Neighbours', 2]]);
    expect((await run('list', 'moments', '--json')).stdout).toContain(m.id);

    // A trigger no moment names: one that came in with an import.
    const file = JSON.parse((await run('export')).stdout) as { triggers: Array<{ name: string; createdAt: string }> };
    file.triggers.push({ name: 'Crowds', createdAt: file.triggers[0]?.createdAt ?? '' });
    const path = join(folders.make(), 'with-crowds.json');
    writeFileSync(path, JSON.stringify(file));
    expect((await run('import', path)).code).toBe(0);
    expect(await triggers()).toEqual([['Neighbours', 2], ['Crowds', 0]]);
    const deleted = await run('trigger', 'delete', 'crowds');
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toBe('Deleted "Crowds".\n');
    expect(await triggers()).toEqual([['Neighbours', 2]]);
  });

  it('names what it cannot find, and a merge into itself, with the flag', async () => {
    const { run } = journal();
    expect((await run('log', 'moment', '--trigger', 'Work', '--intensity', '3')).code).toBe(0);
    const missing = await run('trigger', 'merge', 'Work', '--into', 'Office');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe('--into: "Office" is not one of your triggers. See: headway list triggers\n');
    const self = await run('trigger', 'merge', 'Work', '--into', 'WORK');
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('--into: "Work" is the trigger being merged');
    const gone = await run('trigger', 'delete', 'Office');
    expect(gone.code).toBe(3);
    expect(hasStackTrace(gone.stderr)).toBe(false);
  });
});

describe.concurrent('deleting a questionnaire result', () => {
  it('says it can be restored and until when, leaves it out of the list, and restores it', async () => {
    const { run } = journal();
    const taken = json<{ measure: { id: string } }>(await run('measure', 'add', 'GAD-7', '--items', '1,1,1,1,1,1,1', '--json'));
    const id = taken.measure.id;
    const deleted = await run('delete', 'result', id);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toMatch(
      new RegExp(`^Deleted\\. It no longer counts in your results, reports or exports meanwhile\\. You can bring it back until \\d{1,2} [A-Z][a-z]{2} \\d{4}: headway restore result ${id}\\n$`),
    );
    expect(json<{ items: unknown[] }>(await run('measure', 'list', '--json')).items).toEqual([]);
    expect((await run('delete', 'result', id)).code).toBe(3);
    const restored = await run('restore', 'result', id);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toBe('Restored.\n');
    expect(json<{ items: Array<{ id: string }> }>(await run('measure', 'list', '--json')).items.map((m) => m.id)).toEqual([id]);
  });

  it('refuses an id that is not one, naming where ids are found', async () => {
    const { run } = journal();
    const r = await run('delete', 'result', '42');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a questionnaire result id; see headway measure list --json');
  });
});
