/** `headway report` fits an 80-column terminal: sentences wrap under their bullet, the trigger table becomes one block per trigger. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headway, tempFolders } from '../headway-bin.js';

const folders = tempFolders('headway-cli-report-width-');
let env: Record<string, string>;
beforeAll(async () => {
  env = { HEADWAY_DATA_DIR: folders.make() };
  expect((await headway(['demo'], env)).code).toBe(0);
}, 60_000);
afterAll(() => folders.cleanup());

const tooWide = (text: string) => text.split('\n').filter((l) => Array.from(l).length > 80);

describe('headway report in 80 columns', () => {
  it.each([[[]], [['--weeks', 'all']], [['--weeks', '8']]])('no line of the demo journal’s report %j is wider than 80 columns', async (extra) => {
    const r = await headway(['report', ...extra], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(30);
    expect(tooWide(r.stdout)).toEqual([]);
  }, 60_000);

  it('shows each trigger as a block: name and status, then its moments, intensity, settling and catching it early', async () => {
    const lines = (await headway(['report'], env)).stdout.split('\n');
    const at = lines.indexOf('Criticism at work — easing');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5).map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(['Moments', 'Intensity', 'Settling', 'Caught early']);
    expect(lines[at + 2]).toMatch(/^ {2}Intensity {5}\d/);
  });

  it('wraps a long sentence under its bullet, keeping every word', async () => {
    const r = await headway(['report'], env);
    const lines = r.stdout.split('\n');
    const first = lines.findIndex((l) => l.startsWith('• '));
    expect(lines[first + 1]).toMatch(/^ {2}\S/);
    // The closing line, longer than 80 columns, arrives whole once its line breaks are undone.
    expect(r.stdout.replace(/\n {0,2}/g, ' ')).toContain('"headway safety-plan"');
  });
});
