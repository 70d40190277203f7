/** Counts in the terminal's own sentences read correctly for one and for many. */
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
