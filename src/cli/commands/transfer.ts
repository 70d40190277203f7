/** `headway export [--out FILE]` and `headway import FILE`. */
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportFhir, importFhir } from '../../app/transfer/fhir.js';
import { exportJournal } from '../../app/transfer/exportJournal.js';
import { importJournal } from '../../app/transfer/importJournal.js';
import { jsonShapeProblem } from '../../core/json-shape.js';
import { count } from '../../core/words/plural.js';
import { withJournal, type GlobalFlags } from '../context.js';
import { CliError, EXIT } from '../fail.js';
import { printJson, printLines } from '../print.js';
import { terminalJson } from '../visible.js';
import { writeFileAtomically } from '../write-file.js';

async function readJsonFile(file: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`, EXIT.not_found);
  }
  // Decoding would quietly turn bytes that are not UTF-8 into U+FFFD, importing letters nobody wrote.
  if (!isUtf8(bytes)) throw new CliError(`${file}: is not UTF-8 text, so it cannot be read as JSON; nothing was imported. Headway's exports are UTF-8`, EXIT.import_invalid);
  // Refused before JSON.parse, as the server refuses such a body (core/json-shape.ts).
  const shape = jsonShapeProblem(bytes);
  if (shape !== null) throw new CliError(`${file}: ${shape}, more than any Headway export or FHIR form has, so it was not read; nothing was imported`, EXIT.import_invalid);
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new CliError(`${file}: is not valid JSON (${(error as Error).message})`, EXIT.import_invalid);
  }
}

export function transferCommands(program: Command, global: () => GlobalFlags): void {
  program
    .command('export')
    .description('export everything as one JSON file (docs/EXPORT-FORMAT.md), or questionnaires as FHIR R4')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--format <format>', 'headway (default) or fhir (questionnaire results as a FHIR R4 Bundle)', 'headway')
    .action(async (o) => {
      if (o.format !== 'headway' && o.format !== 'fhir') throw new CliError('--format: must be headway or fhir', EXIT.validation_failed);
      await withJournal(global(), async ({ deps, personId }) => {
        if (o.format === 'fhir') {
          const { bundle, loincNotice } = await exportFhir(deps, personId);
          const text = `${JSON.stringify(bundle, null, 2)}\n`;
          if (o.out) await writeFileAtomically(o.out, text);
          else process.stdout.write(terminalJson(text));
          if (o.out) process.stderr.write(`Exported ${bundle.entry.filter((e) => e.resource.resourceType === 'QuestionnaireResponse').length} questionnaire results to ${o.out}.\n`);
          if (loincNotice) process.stderr.write(`${loincNotice}\n`);
          return;
        }
        const file = await exportJournal(deps, personId);
        const text = `${JSON.stringify(file, null, 2)}\n`;
        if (!o.out) return void process.stdout.write(terminalJson(text));
        await writeFileAtomically(o.out, text);
        const n = file.moments.length + file.checkins.length + file.practices.length + file.shifts.length;
        process.stderr.write(`Exported ${count(n, 'entry')} and ${count(file.toolkit.length, 'strategy')} to ${o.out}.\n`);
      });
    });

  program
    .command('import')
    .description('import an export file, or FHIR R4 QuestionnaireResponses; all or nothing')
    .argument('<file>', 'a Headway export (JSON), or with --format fhir a QuestionnaireResponse or Bundle')
    .option('--format <format>', 'headway (default) or fhir', 'headway')
    .option('--json', 'print the result as JSON')
    .action(async (path: string, o) => {
      if (o.format !== 'headway' && o.format !== 'fhir') throw new CliError('--format: must be headway or fhir', EXIT.validation_failed);
      const raw = await readJsonFile(path);
      if (o.format === 'fhir') {
        return withJournal(global(), async ({ deps, personId }) => {
          const r = await importFhir(deps, personId, raw);
          if (o.json) return printJson(r);
          return printLines([
            `Imported ${count(r.added, 'questionnaire result')}${r.alreadyPresent > 0 ? `; ${r.alreadyPresent} ${r.alreadyPresent === 1 ? 'was' : 'were'} already here` : ''}.`,
            ...(r.withCriticalAnswers > 0 ? [`${r.withCriticalAnswers} of them hold an answer that needs care; see "headway safety-plan" for people to talk to.`] : []),
          ]);
        });
      }
      // A new journal takes the file's toolkit instead of the default one.
      await withJournal(
        global(),
        async ({ deps, personId }) => {
          const r = await importJournal(deps, personId, raw);
          if (o.json) return printJson(r);
          const a = r.added;
          return printLines([
            `Imported ${count(a.moments, 'moment')}, ${count(a.checkins, 'check-in')}, ${count(a.practices, 'practice')}, ${count(a.shifts, 'shift')} and ${count(a.measures, 'questionnaire')}` +
              ` (${count(a.toolkit, 'strategy')}, ${count(a.triggers, 'trigger')}${r.safetyPlan === 'replaced' ? ', the safety plan' : ''}).`,
            ...(r.alreadyPresent > 0 ? [`${r.alreadyPresent === 1 ? '1 entry was' : `${r.alreadyPresent} entries were`} already here and ${r.alreadyPresent === 1 ? 'was' : 'were'} left as ${r.alreadyPresent === 1 ? 'it is' : 'they are'}.`] : []),
          ]);
        },
      );
    });
}
