/** The terminal's own words: counts that read correctly for one and for many, and dates in words. */
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { headway, tempFolders } from '../headway-bin.js';

vi.setConfig({ testTimeout: 60_000 });
const folders = tempFolders('headway-cli-counts-');
afterAll(() => folders.cleanup());

describe('counts in words', () => {
  it('export and import say "1 entry", "1 moment", "1 trigger", never "1 entries" or "1 moments"', async () => {
    const a = { HEADWAY_DATA_DIR: join(folders.make(), 'data') };
    const b = { HEADWAY_DATA_DIR: join(folders.make(), 'data') };
    expect((await headway(['log', 'moment', '--trigger', 'Noise', '--intensity', '4'], a)).code).toBe(0);
    const file = join(folders.make(), 'journal.json');
    const out = await headway(['export', '--out', file], a);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toMatch(/^Exported 1 entry and \d+ strategies to /);
    const imported = await headway(['import', file], b);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Imported 1 moment, 0 check-ins, 0 practices, 0 shifts and 0 questionnaires \(\d+ strategies, 1 trigger\)\./);
    const again = await headway(['import', file], b);
    expect(again.stdout).toContain('1 entry was already here and was left as it is.');
  });
});

describe('dates in words', () => {
  it('lists and results give the day in words, in the offset it was written with, never an ISO date', async () => {
    const env = { HEADWAY_DATA_DIR: join(folders.make(), 'data') };
    expect((await headway(['log', 'moment', '--trigger', 'Noise', '--intensity', '4', '--at', '2026-03-02T21:15:00-05:00'], env)).code).toBe(0);
    const list = await headway(['list', 'moments'], env);
    expect(list.stdout).toContain('2 Mar 2026 21:15');
    expect(list.stdout).not.toMatch(/2026-03-0\d/);
    const paper = await headway(['measure', 'add', 'GAD-7', '--items', '1,1,1,1,1,1,1', '--at', '2026-03-01T10:00:00+00:00'], env);
    expect(paper.stdout).toContain('Saved your GAD-7 (1 Mar 2026 10:00): 7, mild.');
  });
});
