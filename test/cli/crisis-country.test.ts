/**
 * The terminal's crisis lines: in the web's order (emergency number first), and saying so
 * once when the country is only Headway's guess (C.UTF-8 means the United States) and how
 * to choose it; once the first-start screen is done, the note is gone.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { headway, tempFolders } from '../headway-bin.js';

vi.setConfig({ testTimeout: 60_000 });
const folders = tempFolders('headway-cli-country-');
afterAll(() => folders.cleanup());

describe('crisis lines in the terminal', () => {
  it('come emergency number first, say once that the country was guessed, and stop saying it once chosen', async () => {
    const dataDir = join(folders.make(), 'data');
    // No HEADWAY_COUNTRY and a C locale: the person starts with the United States as a guess.
    const env = { HEADWAY_DATA_DIR: dataDir, HEADWAY_COUNTRY: '', LC_ALL: '', LANG: 'C.UTF-8' };
    const first = await headway(['safety-plan'], env);
    expect(first.code, first.stderr).toBe(0);
    const out = first.stdout;
    expect(out.match(/Headway's guess/g)).toHaveLength(1);
    expect(out).toContain("United States is Headway's guess from this computer's settings. To choose your country, open Settings in the app: headway serve");
    expect(out.indexOf('Emergency services: Call 911')).toBeGreaterThan(-1);
    expect(out.indexOf('Emergency services: Call 911')).toBeLessThan(out.indexOf('988 Suicide & Crisis Lifeline'));
    expect(out.indexOf('988 Suicide & Crisis Lifeline')).toBeLessThan(out.indexOf('Crisis Text Line'));

    // As the web's first-start screen does when the person chooses their country.
    const store = await SqliteStore.open(dataDir);
    await store.updatePerson(LOCAL_PERSON_ID, { country: 'JP', welcomedAt: '2026-12-08T09:00:00+00:00' });
    await store.close();
    const chosen = await headway(['safety-plan'], env);
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(chosen.stdout).not.toContain("Headway's guess");
    expect(chosen.stdout).toContain('Emergency services: Call 119');
    expect(chosen.stdout.indexOf('Call 119')).toBeLessThan(chosen.stdout.indexOf('Yorisoi Hotline'));
  });
});
