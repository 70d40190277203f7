/**
 * `headway serve --host` beyond this computer says so plainly (issue 10): the journal is
 * reachable from the network over unencrypted HTTP, and what to use instead. The link it
 * prints is one a browser can open (never http://0.0.0.0).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, baseEnv } from '../headway-bin.js';

/** Starts `headway serve` with these flags and returns what it printed up to the link. */
function startAndRead(args: string[]): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'headway-serve-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, env: baseEnv({ HEADWAY_DATA_DIR: dataDir }) });
    let out = '';
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      if (error) reject(error);
      else resolve(out);
    };
    const timer = setTimeout(() => done(new Error(`no link printed within 30 s: ${out}`)), 30_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (/Stop: press Ctrl\+C/.test(out)) done();
    });
    child.on('exit', (code) => done(new Error(`serve exited with ${code}: ${out}`)));
  });
}

describe('headway serve --host', () => {
  it('on every address, warns that the journal is reachable from the network unencrypted, and links to this computer', async () => {
    const out = await startAndRead(['--host', '0.0.0.0']);
    expect(out).not.toContain('stays on this computer');
    expect(out).toContain('listening on the network (0.0.0.0)');
    expect(out).toMatch(/unencrypted HTTP/);
    expect(out).toContain('leave --host out so Headway stays on');
    expect(out).toMatch(/Open: http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect(out).not.toContain('http://0.0.0.0');
  });

  it('on this computer only, says the journal stays here', async () => {
    const out = await startAndRead(['--host', '127.0.0.1']);
    expect(out).toContain('Your journal stays on this computer.');
    expect(out).not.toContain('unencrypted');
  });

  it('on another loopback address, links to the address it listens on', async () => {
    for (const [host, shown] of [['127.0.0.2', '127.0.0.2'], ['::1', '[::1]']] as const) {
      const out = await startAndRead(['--host', host]);
      expect(out).toContain('Your journal stays on this computer.');
      expect(out).toMatch(new RegExp(`Open: http://${shown.replace(/[.[\]]/g, '\\$&')}:\\d+/\\?token=`));
    }
  });
});
