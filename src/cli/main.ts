/**
 * The `headway` command. Every command is a few lines over the same use-cases the server
 * uses, on the embedded store in the data folder (or PostgreSQL when configured).
 */
import { Command, CommanderError } from 'commander';
import { AppError } from '../app/errors.js';
import { StoreError } from '../store/port.js';
import { demoCommand } from './commands/demo.js';
import { entryCommands } from './commands/entries.js';
import { listCommand } from './commands/list.js';
import { logCommands } from './commands/log.js';
import { serveCommand } from './commands/serve.js';
import { toolkitCommands } from './commands/toolkit.js';
import { transferCommands } from './commands/transfer.js';
import type { GlobalFlags } from './context.js';
import { CliError, EXIT } from './fail.js';

const program = new Command('headway')
  .description('Headway: tell coping apart from healing, privately, on your own computer.')
  .option('--data-dir <dir>', 'the data folder (default: $HEADWAY_DATA_DIR or ~/.local/share/headway)')
  .showHelpAfterError('(run "headway --help" to see what Headway can do)')
  .exitOverride();

const global = (): GlobalFlags => {
  const dir = program.opts<{ dataDir?: string }>().dataDir;
  return dir ? { dataDir: dir } : {};
};

serveCommand(program, global);
logCommands(program, global);
listCommand(program, global);
entryCommands(program, global);
toolkitCommands(program, global);
transferCommands(program, global);
demoCommand(program, global);

function report(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT.usage;
  if (error instanceof CliError) {
    process.stderr.write(`${error.message}\n`);
    for (const p of error.problems.slice(1)) process.stderr.write(`  ${p.path}: ${p.message}\n`);
    return error.exitCode;
  }
  if (error instanceof AppError) {
    process.stderr.write(`${error.message}\n`);
    for (const p of error.problems ?? []) process.stderr.write(`  ${p.path}: ${p.message}\n`);
    return EXIT[error.code];
  }
  if (error instanceof StoreError) {
    process.stderr.write(`${error.message}\n`);
    return error.code === 'database_too_new' ? EXIT.database_too_new : EXIT.conflict;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    process.stderr.write('That port is already in use. Choose another with --port.\n');
    return EXIT.usage;
  }
  if (code === 'EACCES' || code === 'EROFS') {
    process.stderr.write(`Headway cannot write to the data folder (${code}). Check its permissions or choose another with --data-dir.\n`);
    return 1;
  }
  process.stderr.write(`Something went wrong inside Headway (${(error as Error | undefined)?.name ?? 'error'}). Nothing you entered was half-saved.\n`);
  if (process.env['HEADWAY_DEBUG']) process.stderr.write(`${(error as Error).stack}\n`);
  return 1;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error);
}
