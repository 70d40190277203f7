/** `headway serve`: the local web app. The server code is loaded only for this command. */
import type { Command } from 'commander';
import { isLoopbackHost, parsePort } from '../../server/env.js';
import { loadEnv, type GlobalFlags } from '../context.js';
import { usage } from '../fail.js';

export interface ServeFlags {
  port?: string;
  host?: string;
}

export async function serve(global: GlobalFlags, o: ServeFlags, intro: string[] = []): Promise<void> {
  const env = loadEnv(global);
  let port = env.port;
  if (o.port !== undefined) {
    const p = o.port === '0' ? 0 : parsePort(o.port);
    if (p === null) throw usage(`--port: must be a port number from 1 to 65535 (got "${o.port}")`);
    port = p;
  }
  const { startServer } = await import('../../server/main.js');
  const running = await startServer({
    ...env,
    port,
    host: o.host ?? env.host,
    portExplicit: o.port !== undefined || process.env['HEADWAY_PORT'] !== undefined,
  });
  const where = env.databaseUrl ? 'PostgreSQL (HEADWAY_DATABASE_URL)' : env.dataDir;
  const host = o.host ?? env.host;
  process.stdout.write(
    [
      ...intro,
      ...(isLoopbackHost(host) ? ['Headway is running. Your journal stays on this computer.'] : networkWarning(host)),
      '',
      `  Open: ${running.url}`,
      '',
      `  Data: ${where}`,
      '  Stop: press Ctrl+C',
      '',
    ].join('\n'),
  );
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * Said plainly when --host is not this computer alone: who can reach Headway, that the
 * link and the journal cross the network unencrypted, and what to do instead.
 */
function networkWarning(host: string): string[] {
  return [
    `Headway is running, and it is listening on the network (${host}), not only on this computer.`,
    '',
    '  Careful: anyone who can reach this computer on the network can try to connect, and',
    '  everything between a browser and Headway (your private link and your journal) travels',
    '  over plain, unencrypted HTTP that others on the network may be able to read.',
    '',
    '  Headway does not yet offer a safe way in from a phone or another computer (paired',
    '  devices over HTTPS are coming). Until then, leave --host out so Headway stays on',
    '  127.0.0.1, this computer only. docs/SECURITY.md says more.',
  ];
}

export function serveCommand(program: Command, global: () => GlobalFlags): void {
  program
    .command('serve')
    .description('start the Headway web app on this computer')
    .option('--port <n>', 'port to listen on (default 4747, or the next free one)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1: this computer only)')
    .action(async (o: ServeFlags) => serve(global(), o));
}
