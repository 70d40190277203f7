/** `headway report` from the terminal: readable sections, the mode first, and --json. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/contracts/report.js';
import { hasStackTrace, headway, tempFolders } from '../headway-bin.js';

const folders = tempFolders('headway-cli-report-');
let env: Record<string, string>;
beforeAll(async () => {
  env = { HEADWAY_DATA_DIR: folders.make() };
  expect((await headway(['demo'], env)).code).toBe(0);
}, 60_000);
afterAll(() => folders.cleanup());

describe('headway report', () => {
  it('prints the mode first, then the progress you may not feel yet, with numbers', async () => {
    const r = await headway(['report'], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    // The period in words, with its length: "Headway report, 10 Jun – 8 Dec 2026 (26 weeks)".
    expect(lines[0]).toMatch(/^Headway report, \d{1,2} [A-Z][a-z]{2} – \d{1,2} [A-Z][a-z]{2} \d{4} \(26 weeks\)$/);
    expect(lines[2]).toMatch(/^(Shifting|Coping|A hard stretch|Steadying first)/);
    const progress = lines.indexOf('Progress you may not feel yet');
    expect(progress).toBeGreaterThan(2);
    expect(lines[progress + 2]).toMatch(/^• .*\d/);
    for (const heading of ['Why we say this', 'Coping load', 'Repertoire', 'Healing work and shifts', 'Window of tolerance']) {
      expect(lines).toContain(heading);
    }
  });

  it('prints the same report as JSON with --json, as of a given day', async () => {
    const r = await headway(['report', '--json', '--as-of', '2026-10-01', '--weeks', '12'], env);
    expect(r.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.asOf).toBe('2026-10-01');
    expect(report.period.to).toBe('2026-10-01');
  });

  it('names the flag when the day or the weeks are wrong, without a stack trace', async () => {
    const bad = await headway(['report', '--as-of', 'yesterday'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^--as-of: /);
    const weeks = await headway(['report', '--weeks', '0'], env);
    expect(weeks.code).toBe(2);
    expect(weeks.stderr).toMatch(/^--weeks: /);
    expect(hasStackTrace(bad.stderr + weeks.stderr)).toBe(false);
    const ahead = await headway(['report', '--as-of', '2999-01-01'], env);
    expect(ahead.code).toBe(2);
    expect(ahead.stderr).toMatch(/^--as-of: can't be after today/);
  });
});

describe('headway report on a journal with no entries', () => {
  it('puts a critical answer first and claims nothing it has no entries for', async () => {
    const fresh = { HEADWAY_DATA_DIR: folders.make() };
    const quiet = await headway(['report'], fresh);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('Nothing noted in this period yet');
    expect(quiet.stdout).not.toMatch(/Coping: your coping|room for deeper work/);
    expect(quiet.stdout).not.toContain('Something to look after');

    expect((await headway(['measure', 'add', 'PHQ-9', '--items', '0,0,0,0,0,0,0,0,1'], fresh)).code).toBe(0);
    const r = await headway(['report'], fresh);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const look = lines.indexOf('Something to look after');
    expect(look).toBeGreaterThan(0);
    expect(look).toBeLessThan(lines.findIndex((l) => l.startsWith('Nothing noted')));
    expect(r.stdout).toContain('headway safety-plan');
    expect(r.stdout).not.toMatch(/room for deeper work|deeper work when you want it/);
  });
});
