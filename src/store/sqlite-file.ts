/**
 * Opening the journal's SQLite file without changing anything the person owns:
 *
 * - A new file is made private (0600) and whole: built under a temporary name with its
 *   WAL header written, then linked into place, so another process never finds a 0-byte
 *   `headway.sqlite3` that is merely being made. A 0-byte file found there is therefore
 *   not Headway's doing (an interrupted copy or sync, say); it is refused as
 *   `database_empty`, never silently turned into a new, empty journal.
 * - An existing file keeps its permissions. One this account may read but not write
 *   (0400) is opened read-only, so `list`, `report` and `export` work and writes get
 *   `storage_read_only`. SQLite gives the -wal and -shm files it makes the database's own
 *   mode; left behind as 0400 they would keep the journal read-only even after the person
 *   made it writable again, so the ones made for a read-only session are removed after it.
 */
import { accessSync, closeSync, constants, existsSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase, { type Database as BetterSqlite } from 'better-sqlite3';
import { emptyDatabaseError, storageFault } from './storage-errors.js';

export interface OpenedFile {
  sqlite: BetterSqlite;
  /** True when this account may not write the file: the journal is shown but not changed. */
  readOnly: boolean;
  /** Removes what a read-only session made beside the file; call after closing. */
  tidy(): void;
}

const SCRATCH = ['-wal', '-shm'] as const;

/**
 * Creates a folder and any missing parents, each private to the person (0700). Node's own
 * `mkdirSync(…, { recursive: true })` never returns for a path under /proc (Node 20), so
 * each level is made in turn, and a level that cannot be made fails with its own error.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      mkdirSync(d, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // made meanwhile by another process: fine
    }
  }
}

/** Makes `file` as a new, empty WAL-mode database, private to this account, unless another process made it meanwhile. */
function createPrivate(file: string): void {
  const tmp = `${file}.new-${process.pid}`;
  try {
    closeSync(openSync(tmp, 'wx', 0o600));
    const db = new SqliteDatabase(tmp);
    try {
      db.pragma('journal_mode = WAL'); // writes the first page, so the file is never 0 bytes
    } finally {
      db.close();
    }
    try {
      linkSync(tmp, file); // fails, rather than replace, if another process made the file first
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      if (!existsSync(file)) renameSync(tmp, file); // a file system without hard links
    }
  } finally {
    for (const f of [tmp, ...SCRATCH.map((s) => `${tmp}${s}`)]) rmSync(f, { force: true });
  }
}

const writable = (path: string): boolean => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Opens the journal's database file, creating it if there is none. `busyTimeoutMs` is
 * how long SQLite itself may wait (blocking) for another process's lock.
 * Throws a StoreError for a storage fault (empty, damaged, denied, read-only, full).
 */
export function openSqliteFile(file: string, busyTimeoutMs: number): OpenedFile {
  if (file === ':memory:') return { sqlite: new SqliteDatabase(file, { timeout: busyTimeoutMs }), readOnly: false, tidy: () => undefined };
  try {
    let size: number | undefined;
    let missing = false;
    try {
      size = statSync(file).size;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTDIR: the data folder is a file; SQLite's "cannot open" is worded for that (cli/main.ts).
      if (code === 'ENOENT') missing = true;
      else if (code !== 'ENOTDIR') throw error;
    }
    if (size === 0) throw emptyDatabaseError(file);
    if (missing) createPrivate(file);
    const readOnly = !writable(file);
    const made = SCRATCH.filter((s) => !existsSync(`${file}${s}`));
    const sqlite = new SqliteDatabase(file, { timeout: busyTimeoutMs, readonly: readOnly });
    const tidy = () => {
      if (!readOnly) return;
      // Only what this session made, and only while the WAL holds nothing (no writer can add to it: the file is read-only).
      if (made.includes('-wal') && existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) return;
      for (const s of made) rmSync(`${file}${s}`, { force: true });
    };
    return { sqlite, readOnly, tidy };
  } catch (error) {
    throw storageFault(error, file) ?? error;
  }
}
