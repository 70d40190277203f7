/**
 * Another process holding the journal's write lock, as a long `headway import` in a
 * terminal does: a child Node process with its own better-sqlite3 connection runs
 * BEGIN IMMEDIATE and keeps the transaction open until told to let go.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../headway-bin.js';

const SCRIPT = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1], { timeout: 5000 });
db.exec('BEGIN IMMEDIATE');
db.prepare("UPDATE persons SET display_name = display_name").run();
process.stdout.write('locked\\n');
process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.stdout.write('released\\n'); process.exit(0); });
`;

export interface LockHolder {
  release(): Promise<void>;
  child: ChildProcess;
}

/** Resolves once the child holds the write lock on `file`. */
export function holdWriteLock(file: string): Promise<LockHolder> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', SCRIPT, file], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      if (!out.includes('locked')) reject(new Error(`lock holder exited ${code}: ${err}`));
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out === 'locked\n') {
        resolve({
          child,
          release: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done(); // already let go
              child.once('exit', () => done());
              child.stdin.write('go\n');
            }),
        });
      }
    });
  });
}
