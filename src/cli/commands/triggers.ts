/**
 * `headway trigger rename|merge|delete`: tidying the trigger list (`headway list triggers`
 * shows it), e.g. a typo merged into the trigger it meant, with its moments.
 */
import type { Command } from 'commander';
import { AppError } from '../../app/errors.js';
import { deleteTrigger } from '../../app/toolkit/deleteTrigger.js';
import { listTriggers } from '../../app/toolkit/listTriggers.js';
import { mergeTrigger } from '../../app/toolkit/mergeTrigger.js';
import { renameTrigger } from '../../app/toolkit/renameTrigger.js';
import type { Deps } from '../../app/deps.js';
import { triggerRenameSchema, type TriggerView } from '../../contracts/toolkit.js';
import type { PersonId, TriggerId } from '../../core/ids.js';
import { nameKey } from '../../core/names.js';
import { count } from '../../core/words/plural.js';
import { withJournal, type GlobalFlags } from '../context.js';
import { CliError, EXIT } from '../fail.js';
import { parseWith } from '../flags.js';
import { printJson, printLines } from '../print.js';

const moments = (n: number) => count(n, 'moment');
/** A name as the person would type it back into a shell. */
const quoted = (name: string) => `"${name.replace(/(["\\$`])/g, '\\$1')}"`;

async function findTrigger(deps: Deps, personId: PersonId, nameOrId: string, flag?: string): Promise<TriggerView> {
  const all = await listTriggers(deps, personId);
  const found = all.find((t) => t.id === nameOrId || nameKey(t.name) === nameKey(nameOrId));
  if (!found) throw new CliError(`${flag ? `${flag}: ` : ''}"${nameOrId}" is not one of your triggers. See: headway list triggers`, EXIT.not_found);
  return found;
}

export function triggerCommands(program: Command, global: () => GlobalFlags): void {
  const trigger = program.command('trigger').description('tidy your triggers: rename, merge one into another, delete an unused one');

  trigger
    .command('rename')
    .argument('<trigger>', 'name or id')
    .argument('<new-name>', 'the new name')
    .option('--json', 'print JSON')
    .action(async (nameOrId: string, newName: string, o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const current = await findTrigger(deps, personId, nameOrId);
        const { name } = parseWith(triggerRenameSchema, { name: newName });
        try {
          const t = await renameTrigger(deps, personId, current.id as TriggerId, name);
          if (o.json) return printJson(t);
          return printLines([`Renamed "${current.name}" to "${t.name}" in ${moments(t.uses)}.`]);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'name_taken' || !error.existing) throw error;
          const other = error.existing.name;
          throw new CliError(
            `"${other}" is already one of your triggers. To bring them together, merge "${current.name}" into it (its moments move there):\n` +
              `  headway trigger merge ${quoted(current.name)} --into ${quoted(other)}`,
            EXIT.name_taken,
          );
        }
      });
    });

  trigger
    .command('merge')
    .argument('<trigger>', 'the trigger to merge away (name or id)')
    .requiredOption('--into <trigger>', 'the trigger that stays (name or id)')
    .option('--json', 'print JSON')
    .action(async (nameOrId: string, o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const from = await findTrigger(deps, personId, nameOrId);
        const into = await findTrigger(deps, personId, String(o.into), '--into');
        if (from.id === into.id) throw new CliError(`--into: "${into.name}" is the trigger being merged; name another trigger to merge it into`, EXIT.validation_failed);
        const r = await mergeTrigger(deps, personId, from.id as TriggerId, into.id as TriggerId);
        if (o.json) return printJson(r);
        return printLines([`Merged "${from.name}" into "${r.into.name}": ${moments(r.moved)} moved, and "${from.name}" is gone from your triggers.`]);
      });
    });

  trigger
    .command('delete')
    .argument('<trigger>', 'name or id; only a trigger no moment names')
    .option('--json', 'print JSON')
    .action(async (nameOrId: string, o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const current = await findTrigger(deps, personId, nameOrId);
        try {
          const r = await deleteTrigger(deps, personId, current.id as TriggerId);
          if (o.json) return printJson(r);
          return printLines([`Deleted "${current.name}".`]);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'in_use') throw error;
          throw new CliError(`${error.message}\n  headway trigger merge ${quoted(current.name)} --into <another trigger>`, EXIT.in_use);
        }
      });
    });
}
