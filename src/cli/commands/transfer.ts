/** `headway export [--out FILE]` and `headway import FILE`. */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportJournal } from '../../app/transfer/exportJournal.js';
import { importJournal } from '../../app/transfer/importJournal.js';
import { withJournal, type GlobalFlags } from '../context.js';
import { CliError, EXIT } from '../fail.js';
import { printJson, printLines } from '../print.js';

async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`, EXIT.not_found);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: is not valid JSON (${(error as Error).message})`, EXIT.import_invalid);
  }
}

export function transferCommands(program: Command, global: () => GlobalFlags): void {
  program
    .command('export')
    .description('export everything as one JSON file (docs/EXPORT-FORMAT.md)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const file = await exportJournal(deps, personId);
        const text = `${JSON.stringify(file, null, 2)}\n`;
        if (!o.out) return void process.stdout.write(text);
        const tmp = `${o.out}.tmp-${process.pid}`;
        await writeFile(tmp, text, { mode: 0o600 });
        await rename(tmp, o.out);
        const n = file.moments.length + file.checkins.length + file.practices.length + file.shifts.length;
        process.stderr.write(`Exported ${n} entries and ${file.toolkit.length} strategies to ${o.out}.\n`);
      });
    });

  program
    .command('import')
    .description('import an export file; all or nothing')
    .argument('<file>', 'a Headway export (JSON)')
    .option('--json', 'print the result as JSON')
    .action(async (path: string, o) => {
      const raw = await readJsonFile(path);
      // A new journal takes the file's toolkit instead of the default one.
      await withJournal(
        global(),
        async ({ deps, personId }) => {
          const r = await importJournal(deps, personId, raw);
          if (o.json) return printJson(r);
          const a = r.added;
          return printLines([
            `Imported ${a.moments} moments, ${a.checkins} check-ins, ${a.practices} practices and ${a.shifts} shifts` +
              ` (${a.toolkit} strategies, ${a.triggers} triggers).`,
            ...(r.alreadyPresent > 0 ? [`${r.alreadyPresent} entries were already here and were left as they are.`] : []),
          ]);
        },
        { seedToolkit: false },
      );
    });
}
