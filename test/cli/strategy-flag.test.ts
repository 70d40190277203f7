/**
 * `--strategy "A walk=not helped"` with the real binary: the outcome spellings a person is likely
 * to type are understood, and an unknown outcome is refused naming the flag, never taken as part
 * of a new strategy's name.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hasStackTrace, headway, tempFolders } from '../headway-bin.js';

vi.setConfig({ testTimeout: 60_000, maxConcurrency: 3 });
const folders = tempFolders('headway-cli-strategy-');
afterAll(() => folders.cleanup());

function journal() {
  const env = { HEADWAY_DATA_DIR: join(folders.make(), 'data') };
  const run = (...args: string[]) => headway(args, env);
  const strategiesLogged = async () => {
    const r = await run('list', 'moments', '--json');
    return (JSON.parse(r.stdout) as Array<{ strategies: Array<{ name: string; helped: boolean | null }> }>).flatMap((m) => m.strategies);
  };
  return { run, strategiesLogged };
}

describe.concurrent('--strategy outcomes', () => {
  it('understands "=not helped", ": didn’t help", "=Yes" and "=?" as not helped, not helped, helped and not sure', async () => {
    const { run, strategiesLogged } = journal();
    for (const flag of ['A walk=not helped', 'A walk: didn’t help', 'A walk=Yes', 'A walk=?']) {
      const r = await run('log', 'moment', '--trigger', 'Noise', '--intensity', '4', '--strategy', flag);
      expect(r.code, `${flag}: ${r.stderr}`).toBe(0);
      expect(r.stdout + r.stderr).not.toContain('toolkit add');
    }
    const logged = await strategiesLogged();
    expect(logged.map((s) => s.name)).toEqual(['A walk', 'A walk', 'A walk', 'A walk']);
    expect(logged.map((s) => s.helped).sort()).toEqual([false, false, null, true].sort());
  });

  it('refuses an outcome it does not know, naming --strategy and the words to use, and saves nothing', async () => {
    const { run, strategiesLogged } = journal();
    const r = await run('log', 'moment', '--trigger', 'Noise', '--intensity', '4', '--strategy', 'A walk=sort of');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--strategy: "sort of" is not an outcome Headway knows');
    expect(r.stderr).toContain('helped, not helped or not sure');
    expect(r.stderr).toContain('--strategy "A walk=not helped"');
    expect(r.stderr).not.toContain('toolkit add');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(await strategiesLogged()).toEqual([]);
  });

  it('refuses a bare "=" with nothing after it, naming --strategy', async () => {
    const { run } = journal();
    const r = await run('log', 'moment', '--trigger', 'Noise', '--intensity', '4', '--strategy', 'A walk=');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--strategy: "A walk=" says nothing after "="');
  });

  it('still offers to add a strategy that is not in the toolkit, by its name alone', async () => {
    const { run } = journal();
    const r = await run('log', 'moment', '--trigger', 'Noise', '--intensity', '4', '--strategy', 'Cold water=not helped');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('headway toolkit add "Cold water" ');
  });
});
