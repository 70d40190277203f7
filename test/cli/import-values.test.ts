/**
 * `headway import --format fhir` of a file whose values no form has: a resourceType nested
 * 5,000 levels deep once crashed the CLI ("Something went wrong inside Headway
 * (RangeError)", exit 1) and a 700 KB code was printed back whole. Now each is a plain
 * problem (exit 5) and a file's text is quoted at most 80 characters long.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fhirInstrument } from '../../src/core/fhir/codes.js';
import { hasStackTrace, headway, tempFolders } from '../headway-bin.js';

vi.setConfig({ testTimeout: 60_000 });

const folders = tempFolders('headway-cli-values-');
afterAll(() => folders.cleanup());

describe.concurrent('importing a FHIR file with values no form has', () => {
  it('refuses a resourceType nested 5,000 levels deep with a plain problem, not a crash', async () => {
    const dir = folders.make();
    const file = join(dir, 'deep.json');
    writeFileSync(file, `{"resourceType":${'['.repeat(5_000)}${']'.repeat(5_000)}}`);
    const r = await headway(['import', '--format', 'fhir', file], { HEADWAY_DATA_DIR: join(dir, 'data') });
    expect(r.code).toBe(5);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).not.toMatch(/Something went wrong/);
    expect(r.stderr.length).toBeLessThan(1_000);
  });

  it('quotes a 700 KB code at most 80 characters long', async () => {
    const dir = folders.make();
    const file = join(dir, 'long-code.json');
    const answer = (code: string) => ({ valueCoding: { system: 'https://headway.local/fhir/CodeSystem/answers', code } });
    const ids = fhirInstrument('PHQ-9').items.map((q) => q.id);
    const item = ids.map((linkId, i) => ({ linkId, answer: [answer(i === 0 ? 'x'.repeat(700_000) : 'phq-9.0')] }));
    const qr = { resourceType: 'QuestionnaireResponse', status: 'completed', authored: '2026-03-02T21:15:00+01:00', questionnaire: 'https://headway.local/fhir/Questionnaire/phq-9', item };
    writeFileSync(file, JSON.stringify(qr));
    const r = await headway(['import', '--format', 'fhir', file], { HEADWAY_DATA_DIR: join(dir, 'data') });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`code "${'x'.repeat(80)}…"`);
    expect(r.stderr.length).toBeLessThan(5_000);
  });

  it('refuses a journal file nested deeper than any export before reading it, as the server does', async () => {
    const dir = folders.make();
    const file = join(dir, 'deep-journal.json');
    writeFileSync(file, `{"format":"headway.export","moments":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    const r = await headway(['import', file], { HEADWAY_DATA_DIR: join(dir, 'data') });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('is nested more than 64 levels deep');
    expect(r.stderr).toContain('nothing was imported');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
