/**
 * Storage faults on the real `headway` binary, each made for real: a 0-byte file, a
 * truncated and a garbled copy, a read-only file and folder and a journal owned by another
 * account (the binary run as `nobody`, since root ignores permissions), a tmpfs remounted
 * read-only, and a full tmpfs. Each gets its own exit code and words, and nothing of the
 * person's is changed.
 */
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, existsSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hasStackTrace, headway, tempFolders, type Run } from '../headway-bin.js';
import { NOBODY, fillDisk, freeDisk, headwayAsNobody, mountTmpfs, whyNoRoot } from '../storage-faults.js';

vi.setConfig({ testTimeout: 60_000, maxConcurrency: 3 });

const folders = tempFolders('headway-faults-');
afterAll(() => folders.cleanup());

const DB = 'headway.sqlite3';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const noRoot = whyNoRoot();

/** A journal with three moments, in `<temp>/data`; the temp folder is open to `nobody`. */
async function journal() {
  const dir = folders.make();
  chmodSync(dir, 0o755);
  const dataDir = join(dir, 'data');
  const run = (...args: string[]) => headway(args, { HEADWAY_DATA_DIR: dataDir });
  for (const i of [1, 2, 3]) expect((await run('log', 'moment', '--trigger', 'Noise next door', '--intensity', String(i))).code).toBe(0);
  return { dir, dataDir, file: join(dataDir, DB), run };
}

function expectWords(r: Run, exit: number, words: RegExp) {
  expect([r.code, r.stderr]).toEqual([exit, expect.stringMatching(words)]);
  expect(r.stderr).not.toContain('Something went wrong');
  expect(hasStackTrace(r.stderr)).toBe(false);
}

describe.concurrent('a damaged or empty journal file', () => {
  it('keeps the permissions of an existing database file', async () => {
    const { file, run } = await journal();
    chmodSync(file, 0o640);
    expect((await run('log', 'moment', '--trigger', 'Noise', '--intensity', '2')).code).toBe(0);
    expect((await run('list', 'moments')).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('refuses a 0-byte database file, says how to start afresh or restore, and leaves the file as it is (exit 12)', async () => {
    const dir = folders.make();
    const dataDir = join(dir, 'data');
    const run = (...args: string[]) => headway(args, { HEADWAY_DATA_DIR: dataDir });
    expect((await run('list', 'moments')).code).toBe(0); // makes the folder
    const file = join(dataDir, DB);
    for (const f of readdirSync(dataDir)) truncateSync(join(dataDir, f), 0);
    for (const args of [['list', 'moments'], ['log', 'moment', '--trigger', 'Noise', '--intensity', '2']]) {
      const r = await run(...args);
      expectWords(r, 12, /is empty \(0 bytes\)/);
      expect(r.stderr).toMatch(/import backup\.json/);
      expect(r.stderr).toContain(`rm ${file}`);
    }
    expect(statSync(file).size).toBe(0);
  });

  it('says a truncated or garbled database is damaged, how to restore from an export, and changes nothing (exit 11)', async () => {
    const { file, run } = await journal();
    const copy = `${file}.copy`;
    copyFileSync(file, copy);
    for (const damage of [() => truncateSync(file, Math.floor(statSync(copy).size / 2)), () => writeFileSync(file, Buffer.concat([Buffer.from('not a database at all'), readFileSync(copy).subarray(21)]))]) {
      copyFileSync(copy, file);
      damage();
      const before = sha(file);
      for (const args of [['list', 'moments'], ['log', 'moment', '--trigger', 'Noise', '--intensity', '2'], ['export']]) {
        const r = await run(...args);
        expectWords(r, 11, /is damaged .*Headway has not changed it/);
        expect(r.stderr).toMatch(/--data-dir <new folder> import backup\.json/);
      }
      expect(sha(file)).toBe(before);
    }
  });
});

describe.skipIf(noRoot !== undefined).concurrent(`files this account may not write (as nobody${noRoot ? `; skipped: ${noRoot}` : ''})`, () => {
  /** A journal made by nobody in a folder nobody owns. */
  async function nobodysJournal() {
    const dir = folders.make();
    chmodSync(dir, 0o755);
    chownSync(dir, NOBODY, NOBODY);
    const dataDir = join(dir, 'data');
    const run = (...args: string[]) => headwayAsNobody(args, { HEADWAY_DATA_DIR: dataDir });
    for (const i of [1, 2]) expect((await run('log', 'moment', '--trigger', 'Noise next door', '--intensity', String(i))).code).toBe(0);
    return { dir, dataDir, file: join(dataDir, DB), run };
  }

  it('shows a read-only (0400) journal, refuses changes (exit 9), keeps its mode, and leaves no working files that would keep it read-only', async () => {
    const { dataDir, file, run } = await nobodysJournal();
    chmodSync(file, 0o400);
    const list = await run('list', 'moments', '--json');
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(2);
    expect((await run('report')).code).toBe(0);
    expect((await run('export')).code).toBe(0);
    expectWords(await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3'), 9, /is read-only, so Headway can show it but cannot save changes\. Nothing was lost or changed\. .*chmod u\+w/);
    expect(statSync(file).mode & 0o777).toBe(0o400);
    expect(readdirSync(dataDir)).toEqual([DB]);
    chmodSync(file, 0o600);
    expect((await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3')).code).toBe(0);
  });

  it('says a read-only data folder is read-only (exit 9)', async () => {
    const { dataDir, run } = await nobodysJournal();
    chmodSync(dataDir, 0o500);
    expectWords(await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3'), 9, /data folder .* is read-only.*Nothing was lost or changed/);
    expectWords(await run('list', 'moments'), 9, /chmod u\+w/);
  });

  it('says a journal owned by another account is not this account’s to use (exit 10), and changes nothing', async () => {
    const { dir, file } = await journal(); // root's, 0600, in root's 0700 folder
    const before = sha(file);
    const run = (...args: string[]) => headwayAsNobody(args, { HEADWAY_DATA_DIR: join(dir, 'data') });
    expectWords(await run('list', 'moments'), 10, /belongs to another user account.*Nothing was lost or changed/);
    chmodSync(join(dir, 'data'), 0o755); // the folder open, the file still root's own
    chownSync(join(dir, 'data'), NOBODY, NOBODY);
    expectWords(await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3'), 10, new RegExp(`not allowed to use ${file}`));
    expect(sha(file)).toBe(before);
  });
});

describe.skipIf(noRoot !== undefined)(`a disk that is full or read-only (tmpfs${noRoot ? `; skipped: ${noRoot}` : ''})`, () => {
  it('refuses a change on a full disk (exit 8), keeps what was saved, writes no half export nor a temporary file, and saves again once space is freed', async (ctx) => {
    const mountPoint = join(folders.make(), 'disk');
    const disk = mountTmpfs(mountPoint, '2m');
    if (!disk) return ctx.skip('mount is not permitted here');
    try {
      const dataDir = join(mountPoint, 'data');
      const run = (...args: string[]) => headway(args, { HEADWAY_DATA_DIR: dataDir });
      expect((await run('log', 'moment', '--trigger', 'Noise', '--intensity', '1')).code).toBe(0);
      const backup = join(mountPoint, 'backup.json');
      writeFileSync(backup, 'the older export');
      const filler = fillDisk(mountPoint);
      expectWords(await run('log', 'moment', '--trigger', 'Noise', '--intensity', '2'), 8, /disk holding your journal .* is full.*Nothing was lost.*Free some space/);
      // An export from a journal elsewhere onto the full disk: no half file, no temporary file, the older export kept.
      const elsewhere = await journal();
      expectWords(await elsewhere.run('export', '--out', backup), 8, /could not write .*backup\.json: the disk is full/);
      expect(readFileSync(backup, 'utf8')).toBe('the older export');
      expect(readdirSync(mountPoint).filter((f) => f.includes('.tmp-'))).toEqual([]);
      freeDisk(filler);
      expect((await run('log', 'moment', '--trigger', 'Noise', '--intensity', '3')).code).toBe(0);
      const list = await run('list', 'moments', '--json');
      expect((JSON.parse(list.stdout) as Array<{ intensity: number }>).map((m) => m.intensity).sort()).toEqual([1, 3]);
      expect((await run('export', '--out', backup)).code).toBe(0);
      expect(JSON.parse(readFileSync(backup, 'utf8'))).toMatchObject({ format: 'headway.export' });
    } finally {
      disk.unmount();
    }
  });

  it('refuses a change on a disk mounted read-only, even as root (exit 9)', async (ctx) => {
    const mountPoint = join(folders.make(), 'disk');
    const disk = mountTmpfs(mountPoint, '2m');
    if (!disk) return ctx.skip('mount is not permitted here');
    try {
      const dataDir = join(mountPoint, 'data');
      const run = (...args: string[]) => headway(args, { HEADWAY_DATA_DIR: dataDir });
      expect((await run('log', 'moment', '--trigger', 'Noise', '--intensity', '1')).code).toBe(0);
      const before = sha(join(dataDir, DB));
      disk.remount('ro');
      expectWords(await run('log', 'moment', '--trigger', 'Noise', '--intensity', '2'), 9, /mounted read-only.*Nothing was lost or changed/);
      expect(existsSync(join(dataDir, DB))).toBe(true);
      expect(sha(join(dataDir, DB))).toBe(before);
    } finally {
      disk.unmount();
    }
  });
});
