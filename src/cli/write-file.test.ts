/**
 * A file the CLI writes for the person never lands in a file someone else prepared: in a
 * folder others can write to (/tmp), a temporary name they could guess and fill first
 * would otherwise carry the journal, with their permissions (issue 10 review).
 */
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './write-file.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing a file the person asked for', () => {
  it('never writes into a file or link someone left at a guessable temporary name', async () => {
    dir = mkdtempSync(join(tmpdir(), 'headway-write-'));
    chmodSync(dir, 0o1777); // like /tmp: anyone may make files here
    const target = join(dir, 'backup.json');
    const planted = join(dir, `backup.json.tmp-${process.pid}`);
    writeFileSync(planted, '');
    chmodSync(planted, 0o666);
    const elsewhere = join(dir, 'theirs.txt');
    writeFileSync(elsewhere, 'theirs');
    symlinkSync(elsewhere, join(dir, 'backup.json.tmp-link'));

    await writeFileAtomically(target, '{"moments":["private"]}\n');

    expect(readFileSync(target, 'utf8')).toBe('{"moments":["private"]}\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(lstatSync(target).isSymbolicLink()).toBe(false);
    // What was planted is left as it was, and holds nothing of the journal.
    expect(readFileSync(planted, 'utf8')).toBe('');
    expect(readFileSync(elsewhere, 'utf8')).toBe('theirs');
    // No temporary file of this write is left behind.
    expect(readdirSync(dir).sort()).toEqual(['backup.json', 'backup.json.tmp-link', `backup.json.tmp-${process.pid}`, 'theirs.txt'].sort());
  });

  it('leaves an older file of that name as it was when the write fails, and no temporary file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'headway-write-'));
    const target = join(dir, 'backup.json');
    writeFileSync(target, 'older');
    await expect(writeFileAtomically(join(dir, 'no-such-folder', 'backup.json'), 'x')).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('older');
    expect(readdirSync(dir)).toEqual(['backup.json']);
  });
});
