/**
 * `headway import` of a file with thousands of problems: the first 100 are printed by
 * path, then how many more there are, and nothing is imported (exit 5). Before, every
 * problem was printed, hundreds of thousands of lines for a damaged file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMAT } from '../../src/contracts/export-format.js';
import { hasStackTrace, headway, tempFolders } from '../headway-bin.js';

vi.setConfig({ testTimeout: 60_000 });

const folders = tempFolders('headway-cli-problems-');
afterAll(() => folders.cleanup());

/** Indented lines of stderr: one per problem printed, and the "…and N more" line. */
const problemLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('  '));

describe.concurrent('importing a file with thousands of problems', () => {
  it('prints the first 100 problems by path, then how many more there are, and imports nothing', async () => {
    const dir = folders.make();
    const file = join(dir, 'broken.json');
    const moments = Array.from({ length: 1_000 }, () => ({}));
    writeFileSync(file, JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: '2026-01-01T00:00:00+00:00', person: { displayName: '', country: 'GB' }, toolkit: [], triggers: [], moments, checkins: [], practices: [], shifts: [] }));
    const dataDir = join(dir, 'data');
    const r = await headway(['import', file], { HEADWAY_DATA_DIR: dataDir });
    expect(r.code).toBe(5);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr.split('\n')[0]).toBe('The file has 14,000 problems (the first 100 are listed), so nothing was imported.');
    const lines = problemLines(r.stderr);
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('  moments[0].id: must be an id (UUID)');
    expect(lines[100]).toBe('  …and 13,900 more.');
    const listed = await headway(['list', 'moments', '--json'], { HEADWAY_DATA_DIR: dataDir });
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });

  it('does the same for a FHIR file', async () => {
    const dir = folders.make();
    const file = join(dir, 'bundle.json');
    const entry = Array.from({ length: 500 }, () => ({ resource: { resourceType: 'QuestionnaireResponse' } }));
    writeFileSync(file, JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry }));
    const r = await headway(['import', '--format', 'fhir', file], { HEADWAY_DATA_DIR: join(dir, 'data') });
    expect(r.code).toBe(5);
    expect(r.stderr.split('\n')[0]).toBe('The FHIR file has 1,500 problems (the first 100 are listed), so nothing was imported.');
    const lines = problemLines(r.stderr);
    expect(lines).toHaveLength(101);
    expect(lines[0]).toMatch(/^ {2}entry\[0\]\.resource\.status: status is missing/);
    expect(lines[100]).toBe('  …and 1,400 more.');
  });
});
