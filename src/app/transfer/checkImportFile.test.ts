/**
 * Checking a huge or hostile import file: the first hundred problems by path and the
 * count of all, memory that does not grow with the problems, and turns for the event
 * loop while it runs. (importJournal.test.ts covers the problems of ordinary files.)
 */
import { describe, expect, it } from 'vitest';
import { EXPORTED_AT as AT, exportFileWith as fileWith, exportMoment as moment } from '../../../test/fixtures/export-file.js';
import { checkImportFile } from './checkImportFile.js';

const NOW = '2026-03-01T09:00:00+00:00';

async function problemsOf(file: unknown) {
  const checked = await checkImportFile(file, NOW);
  if (checked.ok) throw new Error('expected problems');
  return checked;
}

describe('a file with more problems than anyone could read', () => {
  it('lists the first hundred by path and counts every one', async () => {
    const checked = await problemsOf(fileWith({ moments: Array.from({ length: 20_000 }, () => ({})) }));
    expect(checked.problems).toHaveLength(100);
    // Every field of a moment is missing: 14 problems for each of 20,000 moments.
    expect(checked.problemCount).toBe(14 * 20_000);
    expect(checked.problems[0]).toEqual({ path: 'moments[0].id', message: 'must be an id (UUID)' });
    expect(checked.problems.at(-1)?.path).toMatch(/^moments\[7\]\./);
  });

  it('counts each unknown field of an object with a hundred thousand of them, listing the first hundred', async () => {
    const extra = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`x${i}`, i]));
    const checked = await problemsOf(fileWith({ triggers: [{ name: 'Work', createdAt: AT }], moments: [moment(1, extra)] }));
    expect(checked.problemCount).toBe(100_000);
    expect(checked.problems[0]).toEqual({ path: 'moments[0].x0', message: 'is not a field Headway knows' });
    expect(checked.problems).toHaveLength(100);
  });

  it('names a list inside one entry that is far too long once, and still checks the rest of the entry', async () => {
    const strategies = Array.from({ length: 200_000 }, () => ({}));
    const answers = Array.from({ length: 5_000 }, () => 'x');
    const checked = await problemsOf(
      fileWith({
        triggers: [{ name: 'Work', createdAt: AT }],
        moments: [moment(1, { strategies, intensity: 11 })],
        measures: [{ id: moment(2).id, instrument: 'PHQ-9', takenAt: AT, answers, source: 'app', createdAt: AT }],
      }),
    );
    expect(checked.problems).toEqual([
      { path: 'moments[0].strategies', message: 'is a list of 200,000 items, far more than Headway ever writes here' },
      { path: 'moments[0].intensity', message: 'must be 0–10' },
      { path: 'measures[0].answers', message: 'is a list of 5,000 items, far more than Headway ever writes here' },
    ]);
    expect(checked.problemCount).toBe(3);
  });

  it('keeps problems kind by kind: shape first, then references, then dates, each list capped', async () => {
    const moments = Array.from({ length: 150 }, (_, i) => moment(i, { trigger: 'Nowhere', occurredAt: '2027-01-01T00:00:00+00:00' }));
    moments[149] = moment(149, { intensity: 11 });
    const checked = await problemsOf(fileWith({ triggers: [{ name: 'Work', createdAt: AT }], moments }));
    expect(checked.problems[0]).toEqual({ path: 'moments[149].intensity', message: 'must be 0–10' });
    expect(checked.problems[1]).toEqual({ path: 'moments[0].trigger', message: '"Nowhere" is not in the file\'s triggers' });
    // 1 shape problem, 149 unknown triggers, 149 dates in the future.
    expect(checked.problemCount).toBe(1 + 149 + 149);
  });
});

describe('checking a large file', () => {
  it('gives the event loop a turn every few milliseconds', async () => {
    const file = fileWith({ moments: Array.from({ length: 60_000 }, () => ({})) });
    let turns = 0;
    const ticker = setInterval(() => turns++, 1);
    const started = performance.now();
    try {
      await checkImportFile(file, NOW);
    } finally {
      clearInterval(ticker);
    }
    const ms = performance.now() - started;
    // A check that held the event loop throughout would let the timer run once at most.
    expect(turns).toBeGreaterThan(Math.min(5, ms / 40));
  });

  it('still reads a valid file whole', async () => {
    const moments = Array.from({ length: 3_000 }, (_, i) => moment(i));
    const checked = await checkImportFile(fileWith({ triggers: [{ name: 'Work', createdAt: AT }], moments }), NOW);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems.slice(0, 3)));
    expect(checked.file.moments).toHaveLength(3_000);
    expect(checked.file.moments[2_999]).toEqual(moment(2_999));
    expect(checked.file).toMatchObject({ measures: [], schedules: [], safetyEvents: [], safetyPlan: null });
  });
});
