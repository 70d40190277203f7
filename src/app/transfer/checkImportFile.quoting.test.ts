/**
 * An import file's own text in its problems: quoted at most QUOTE_CHARS characters long,
 * so a file with 700 KB names (or keys) gets a short answer, not the names back whole.
 */
import { describe, expect, it } from 'vitest';
import { QUOTE_CHARS } from '../../core/quote.js';
import { EXPORTED_AT as AT, exportFileWith as fileWith, exportMoment } from '../../../test/fixtures/export-file.js';
import { checkImportFile } from './checkImportFile.js';

const HUGE = 'x'.repeat(700_000);

/** The one moment of a file, with `extra` fields over it. */
const moment = (extra: Record<string, unknown>) => exportMoment(1, extra);

async function problemsOf(file: unknown) {
  const checked = await checkImportFile(file);
  if (checked.ok) throw new Error('expected problems');
  return checked.problems;
}

const cut = `"${'x'.repeat(QUOTE_CHARS)}…"`;

describe('an import file’s long text in its problems', () => {
  it('quotes a long name that appears twice, or is missing from the toolkit or triggers, cut short', async () => {
    const file = fileWith({
      triggers: [{ name: HUGE }, { name: HUGE }],
      toolkit: [],
      moments: [moment({ trigger: `y${HUGE}`, strategies: [{ name: HUGE }] })],
    });
    const problems = await problemsOf(file);
    const quoting = problems.filter((p) => p.message.includes('…"'));
    expect(quoting.map((p) => p.path)).toEqual(expect.arrayContaining(['triggers[1].name', 'moments[0].trigger', 'moments[0].strategies[0].name']));
    expect(problems).toContainEqual({ path: 'triggers[1].name', message: `${cut} appears twice` });
    for (const p of problems) expect(p.message.length + p.path.length).toBeLessThan(300);
  });

  it('cuts a long unknown key in the path that names it', async () => {
    const problems = await problemsOf(fileWith({ triggers: [{ name: 'Work', createdAt: AT }], moments: [moment({ [HUGE]: 1 })] }));
    expect(problems).toEqual([{ path: `moments[0].${'x'.repeat(QUOTE_CHARS)}…`, message: 'is not a field Headway knows' }]);
  });
});
