/**
 * The `headway` command. Every command is a few lines over the same use-cases the server
 * uses, on the embedded store in the data folder (or PostgreSQL when configured).
 */
import { Command, CommanderError } from 'commander';
import { AppError } from '../app/errors.js';
import { PROBLEM_LIMIT } from '../contracts/errors.js';
import { StoreError } from '../store/port.js';
import { storageFault } from '../store/storage-errors.js';
import type { GlobalFlags } from './context.js';
import { CliError, EXIT } from './fail.js';
import { flagFor } from './flag-names.js';
import { visible, visibleLines } from './visible.js';

const program = new Command('headway')
  .description('Headway: tell coping apart from healing, privately, on your own computer.')
  .option('--data-dir <dir>', 'the data folder (default: $HEADWAY_DATA_DIR or ~/.local/share/headway)')
  .showHelpAfterError('(run "headway --help" to see what Headway can do)')
  .exitOverride();

const global = (): GlobalFlags => {
  const dir = program.opts<{ dataDir?: string }>().dataDir;
  return dir !== undefined ? { dataDir: dir } : {};
};

type Register = (p: Command, g: () => GlobalFlags) => void;

/**
 * Each command's module, loaded only when that command runs: `headway log moment`
 * should not pay for parsing the export format's schemas (docs/PERFORMANCE.md).
 * Help and unknown commands load them all, so help lists everything.
 */
const COMMANDS: Record<string, () => Promise<Register[]>> = {
  serve: async () => [(await import('./commands/serve.js')).serveCommand],
  log: async () => [(await import('./commands/log.js')).logCommands],
  list: async () => [(await import('./commands/list.js')).listCommand],
  delete: async () => [(await import('./commands/entries.js')).entryCommands],
  restore: async () => [(await import('./commands/entries.js')).entryCommands],
  toolkit: async () => [(await import('./commands/toolkit.js')).toolkitCommands],
  trigger: async () => [(await import('./commands/triggers.js')).triggerCommands],
  export: async () => [(await import('./commands/transfer.js')).transferCommands],
  import: async () => [(await import('./commands/transfer.js')).transferCommands],
  demo: async () => [(await import('./commands/demo.js')).demoCommand],
  report: async () => [(await import('./commands/report.js')).reportCommand],
  measure: async () => [(await import('./commands/measure.js')).measureCommands],
  'safety-plan': async () => [(await import('./commands/measure.js')).measureCommands],
};

function commandName(argv: string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--data-dir') i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

async function registerCommands(): Promise<void> {
  const name = commandName(process.argv);
  const load = name !== undefined ? COMMANDS[name] : undefined;
  const loaders = load ? [load] : [...new Set(Object.values(COMMANDS))];
  const registered = new Set<Register>();
  for (const register of (await Promise.all(loaders.map((l) => l()))).flat()) {
    if (!registered.has(register)) register(program, global);
    registered.add(register);
  }
}

function report(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT.usage;
  // Messages and problems may quote the person's words or a file's: shown, never acted on (visible.ts).
  if (error instanceof CliError) {
    process.stderr.write(`${visibleLines(error.message)}\n`);
    for (const p of error.problems.slice(1)) process.stderr.write(`  ${visible(`${p.path}: ${p.message}`)}\n`);
    return error.exitCode;
  }
  if (error instanceof AppError) {
    // A use-case names its field ("occurredAt: can't be in the future"); say the flag the person typed (--at).
    const field = error.code === 'validation_failed' ? error.field : undefined;
    const message = field !== undefined && error.message.startsWith(`${field}: `) ? `${flagFor(field)}: ${error.message.slice(field.length + 2)}` : error.message;
    process.stderr.write(`${visible(message)}\n`);
    // The first problem is often the message itself; say each thing once.
    const problems = error.problems ?? [];
    for (const p of problems.slice(0, PROBLEM_LIMIT)) if (!error.message.startsWith(`${p.path}: ${p.message}`)) process.stderr.write(`  ${visible(`${p.path}: ${p.message}`)}\n`);
    const unlisted = Math.max(error.problemCount ?? 0, problems.length) - Math.min(problems.length, PROBLEM_LIMIT);
    if (unlisted > 0) process.stderr.write(`  …and ${unlisted.toLocaleString('en')} more.\n`);
    return EXIT[error.code];
  }
  // The store words its own faults (store/storage-errors.ts); an engine error that slipped past it is worded here the same way.
  const stored = error instanceof StoreError ? error : (error as Error | undefined)?.name === 'SqliteError' ? storageFault(error) : undefined;
  if (stored) {
    process.stderr.write(`${visible(stored.message)}\n`);
    return stored.code === 'unique_violation' ? EXIT.conflict : EXIT[stored.code];
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'SQLITE_CANTOPEN') {
    process.stderr.write('Headway cannot open its database in the data folder. Check that --data-dir (or HEADWAY_DATA_DIR) names a folder, not a file, that you can write to.\n');
    return EXIT.usage;
  }
  if (code === 'ENOTFOUND' || code === 'EADDRNOTAVAIL') {
    process.stderr.write('--host: is not an address of this computer. Leave it out to use 127.0.0.1, this computer only.\n');
    return EXIT.usage;
  }
  if ((code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') && typeof (error as NodeJS.ErrnoException).path === 'string') {
    // Files are written through a temporary name first; name the file the person asked for.
    const path = ((error as NodeJS.ErrnoException).path ?? '').replace(/\.tmp-[0-9a-f]+$/, '');
    process.stderr.write(`Headway could not write ${path}: ${code === 'EISDIR' ? 'that is a folder' : 'its folder does not exist'}. Nothing was written.\n`);
    return EXIT.usage;
  }
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

async function main(): Promise<void> {
  try {
    await registerCommands();
    await program.parseAsync(process.argv);
  } catch (error) {
    process.exitCode = report(error);
  }
}

void main();
