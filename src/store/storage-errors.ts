/**
 * Storage faults in words a person can act on: what happened, that nothing was lost or
 * changed, and what to do. The store turns SQLite's and the file system's error codes into
 * a StoreError with one of the StorageFault codes, once, so the CLI (exit code) and the
 * server (HTTP status) each map a code and never see an engine's error.
 *
 * SQLite often says only "cannot open" or "read-only" without saying which file refused
 * or why, so the files are asked (stat, access): the folder, the database, its -wal and
 * -shm files. A file owned by another account is `storage_denied`; one of the person's own
 * that cannot be written, or a read-only disk, is `storage_read_only`.
 */
import { accessSync, constants, statSync, statfsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { StoreError, type StorageFault } from './port.js';

const RESTORE =
  'To carry on now, restore your latest export into a fresh folder: ' +
  'headway --data-dir <new folder> import backup.json (an export is made with: headway export --out backup.json).';

const errno = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

export const isBusy = (error: unknown): boolean => errno(error)?.startsWith('SQLITE_BUSY') === true;

/** The answer for a write that waited `waitedMs` (when known) for another process's write lock. */
export function busyError(waitedMs?: number): StoreError {
  const seconds = waitedMs === undefined ? undefined : Math.max(1, Math.round(waitedMs / 1000));
  const waited = seconds === undefined ? 'could not wait for it' : `waited ${seconds} second${seconds === 1 ? '' : 's'}`;
  return new StoreError(
    'database_busy',
    `Another Headway program is busy saving to this journal (an import, perhaps), so this change ${waited} and was not saved. ` +
      'Nothing was lost. Please try again in a moment.',
  );
}

export function emptyDatabaseError(file: string): StoreError {
  return new StoreError(
    'database_empty',
    `Your journal file ${file} is empty (0 bytes): it holds no entries, perhaps because a copy or a sync stopped halfway. ` +
      'Headway has left it exactly as it is rather than start a new journal over it. ' +
      `If you have an export, restore it into a fresh folder: headway --data-dir <new folder> import backup.json. ` +
      `If you do want a new, empty journal here, remove the empty file yourself (rm ${file}) and run Headway again.`,
  );
}

const fault = (code: StorageFault, message: string) => new StoreError(code, message);

function damaged(file: string, detail: string): StoreError {
  return fault(
    'database_damaged',
    `Your journal file ${file} is damaged (${detail}), so Headway cannot read it safely. Headway has not changed it. ` +
      `Keep that file as it is: much of it may still be rescued (sqlite3 ${basename(file)} .recover). ${RESTORE}`,
  );
}

function diskError(file: string): StoreError {
  return fault(
    'database_damaged',
    `Headway could not read or write your journal file ${file}: the disk reported an error. Nothing was changed by this attempt. ` +
      `Check the disk (is it still connected? is it failing?) and try again. If the journal still cannot be read, ${RESTORE.charAt(0).toLowerCase()}${RESTORE.slice(1)}`,
  );
}

function full(where: string): StoreError {
  return fault(
    'storage_full',
    `The disk holding ${where} is full: Headway needs a little room there to save a change, and even to open the journal. ` +
      'Nothing was lost: everything saved before is intact, and nothing was half-written. Free some space on that disk, then try again.',
  );
}

function denied(path: string): StoreError {
  return fault(
    'storage_denied',
    `Headway is not allowed to use ${path}: it belongs to another user account, or its permissions do not let this account in. ` +
      'Nothing was lost or changed. Run Headway as the account that owns the journal, have that account give yours access ' +
      '(chown or chmod), or choose another folder with --data-dir.',
  );
}

function readOnly(path: string, kind: 'file' | 'folder' | 'disk'): StoreError {
  const NOTHING = 'Nothing was lost or changed.';
  const message =
    kind === 'disk'
      ? `The disk holding ${path} is mounted read-only, so Headway cannot save to it. ${NOTHING} ` +
        'Remount it read-write, or copy the data folder somewhere writable and use --data-dir.'
      : kind === 'folder'
        ? `The data folder ${path} is read-only, and Headway needs to keep small working files beside the journal, even to read it. ${NOTHING} ` +
          `Make the folder writable (chmod u+w ${path}), or copy it somewhere writable and use --data-dir.`
        : `Your journal file ${path} is read-only, so Headway can show it but cannot save changes. ${NOTHING} ` +
          `To save again, make it writable: chmod u+w ${path}`;
  return fault('storage_read_only', message);
}

/**
 * True when the disk holding `dir` has (almost) no room left for this account. SQLite
 * reports a full disk as SQLITE_FULL only while writing pages; growing its -shm file on a
 * full disk fails as an I/O error (SQLITE_IOERR_SHMSIZE).
 */
function nearlyFull(dir: string): boolean {
  try {
    const fs = statfsSync(dir);
    return fs.bavail * fs.bsize < 1024 * 1024;
  } catch {
    return false; // cannot tell: the words for a disk error fit too
  }
}

type Refusal = { path: string; why: 'denied' | 'read-only' | 'read-only disk' };

/** Which of the journal's folder and files this account cannot use, and why, or undefined. */
function whoRefuses(file: string): Refusal | undefined {
  const dir = dirname(file);
  const uid = process.geteuid?.() ?? 0;
  for (const path of [dir, file, `${file}-wal`, `${file}-shm`]) {
    let owner: number;
    try {
      const stats = statSync(path);
      if (path === dir && !stats.isDirectory()) return undefined; // a data folder that is a file: not a permission
      owner = stats.uid;
    } catch (error) {
      if (errno(error) === 'EACCES') return { path: dir, why: 'denied' };
      continue; // absent: SQLite makes -wal and -shm as needed
    }
    const can = (mode: number) => {
      try {
        accessSync(path, mode);
        return 'yes';
      } catch (error) {
        return errno(error) ?? 'no';
      }
    };
    const read = can(path === dir ? constants.R_OK | constants.X_OK : constants.R_OK);
    const write = can(constants.W_OK);
    if (write === 'EROFS') return { path: dir, why: 'read-only disk' };
    if (read !== 'yes' || (write !== 'yes' && owner !== uid)) return { path, why: 'denied' };
    if (write !== 'yes') return { path, why: 'read-only' };
  }
  return undefined;
}

function refusal(r: Refusal, file: string): StoreError {
  if (r.why === 'denied') return denied(r.path);
  if (r.why === 'read-only disk') return readOnly(dirname(file), 'disk');
  return readOnly(r.path, r.path === dirname(file) ? 'folder' : 'file');
}

/**
 * The StoreError for a storage fault, or undefined when `error` is something else (a
 * constraint, a bug) that the caller should pass on unchanged. `file` is the database
 * file, when known: then the message names it and the files are asked which refused.
 */
export function storageFault(error: unknown, file?: string): StoreError | undefined {
  if (error instanceof StoreError) return error;
  const code = errno(error);
  if (code === undefined) return undefined;
  const journal = file ?? "Headway's journal";
  if (isBusy(error)) return busyError();
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return full(file !== undefined ? `your journal (${dirname(file)})` : 'your journal');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return damaged(journal, code === 'SQLITE_NOTADB' ? 'it is not a database file' : 'its contents do not hold together');
  }
  const fsPath = (error as { path?: unknown }).path;
  if (code === 'EROFS') return readOnly(typeof fsPath === 'string' ? fsPath : journal, 'disk');
  if (code === 'EACCES' || code === 'EPERM') return denied(typeof fsPath === 'string' ? fsPath : journal);
  const permissions = code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM';
  if (!permissions) return undefined;
  const refused = file !== undefined ? whoRefuses(file) : undefined;
  if (refused) return refusal(refused, file ?? journal);
  if (code.startsWith('SQLITE_READONLY')) return readOnly(journal, 'file');
  if (code === 'SQLITE_IOERR_SHORT_READ') return damaged(journal, 'it is shorter than it should be');
  if (code.startsWith('SQLITE_IOERR')) return file !== undefined && nearlyFull(dirname(file)) ? full(`your journal (${dirname(file)})`) : diskError(journal);
  return undefined; // cannot open, for a reason the files do not show (a data folder that is a file, say)
}
