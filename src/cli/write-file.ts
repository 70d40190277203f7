/**
 * Writes a file the person asked for (an export, a calendar) whole or not at all, as
 * SQLite and PostgreSQL write theirs: into a temporary file beside it, synced to the disk,
 * renamed over the name asked for, and the folder synced so the rename survives a power
 * loss too. On any failure the temporary file is removed, so a full disk never leaves a
 * `backup.json.tmp-<pid>` behind, and an older file of that name is left as it was.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError, EXIT } from './fail.js';

/** The person's words for a file that could not be written, or undefined for main.ts to word (a missing folder, say). */
function outputFault(error: unknown, file: string): CliError | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  const unchanged = 'Nothing was written there, and your journal is unchanged.';
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new CliError(`Headway could not write ${file}: the disk is full. ${unchanged} Free some space, or choose another place with --out.`, EXIT.storage_full);
  }
  if (code === 'EROFS') return new CliError(`Headway could not write ${file}: that disk is read-only. ${unchanged} Choose another place with --out.`, EXIT.storage_read_only);
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliError(`Headway could not write ${file}: this account is not allowed to write there. ${unchanged} Choose another place with --out.`, EXIT.storage_denied);
  }
  return undefined;
}

/**
 * Writes `text` to `file` (private to the person: 0600) atomically and durably.
 *
 * The temporary file is made new (`wx`: O_CREAT|O_EXCL, never following a link) under a
 * random name: in a folder others may write to, such as /tmp, a predictable name opened
 * with `w` would write the journal into a file or link someone else made there first, with
 * their permissions.
 */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  let tmp = '';
  let made = false;
  let handle: FileHandle | undefined;
  try {
    for (let attempt = 0; handle === undefined; attempt++) {
      tmp = `${file}.tmp-${randomBytes(8).toString('hex')}`;
      try {
        handle = await open(tmp, 'wx', 0o600);
        made = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
      }
    }
    await handle.writeFile(text);
    await handle.sync(); // the data is on the disk before the name points at it
    await handle.close();
    handle = undefined;
    await rename(tmp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined); // the write's own error is the one to report
    // Only a file this call made is removed (one it found in the way is not its to delete).
    if (made) await rm(tmp, { force: true });
    throw outputFault(error, file) ?? error;
  }
  await syncFolder(dirname(file));
}

async function syncFolder(dir: string): Promise<void> {
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } catch (error) {
    // Some file systems cannot sync a folder (EINVAL); the file itself is already on the disk.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
  } finally {
    await folder.close();
  }
}
