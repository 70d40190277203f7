/** A value of the wrong type, or a missing one, is named in Headway's words, not zod's. */
import { describe, expect, it } from 'vitest';
import { problemsOf } from './errors.js';
import { exportFileWith } from '../../test/fixtures/export-file.js';
import { exportFileSchema } from './export-format.js';

describe('words for the wrong type of value', () => {
  it('say a missing field is missing and what a wrong one must be', () => {
    const moment = { id: '018f0000-0000-7000-8000-000000000001', occurredAt: '2026-03-01T09:00:00+00:00', trigger: 'Noise', intensity: 3 };
    const result = exportFileSchema.safeParse(exportFileWith({ toolkit: 'none', triggers: [{ name: 'Noise' }], moments: [moment], person: 5 }));
    expect(result.success).toBe(false);
    const problems = result.success ? [] : problemsOf(result.error);
    const said = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(said['toolkit']).toBe('must be a list');
    expect(said['person']).toBe('must be an object ({ … })');
    expect(said['moments[0].strategies']).toBe('is missing');
    for (const p of problems) expect(p.message, p.path).not.toMatch(/Invalid input|expected .*received/);
  });

  it('leave a schema’s own words as they are', () => {
    const result = exportFileSchema.safeParse(exportFileWith({ moments: [{ id: 'x' }] }));
    const said = result.success ? {} : Object.fromEntries(problemsOf(result.error).map((p) => [p.path, p.message]));
    expect(said['moments[0].id']).toBe('must be an id (UUID)');
  });
});
