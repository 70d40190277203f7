/** `headway toolkit list|add|edit|remove`. */
import type { Command } from 'commander';
import { strategyCreateSchema, strategyUpdateSchema, type StrategyView } from '../../contracts/toolkit.js';
import type { Deps } from '../../app/deps.js';
import { addStrategy } from '../../app/toolkit/addStrategy.js';
import { editStrategy } from '../../app/toolkit/editStrategy.js';
import { listToolkit } from '../../app/toolkit/listToolkit.js';
import { removeStrategy } from '../../app/toolkit/removeStrategy.js';
import type { PersonId, StrategyId } from '../../core/ids.js';
import { nameKey } from '../../core/names.js';
import { STRATEGY_FUNCTIONS, STRATEGY_ROLES, STRATEGY_ROLE_LABELS } from '../../core/vocabulary.js';
import { withJournal, type GlobalFlags } from '../context.js';
import { CliError, EXIT, usage } from '../fail.js';
import { defined, parseWith } from '../flags.js';
import { printJson, printLines, table } from '../print.js';

async function findStrategy(deps: Deps, personId: PersonId, nameOrId: string): Promise<StrategyView> {
  const all = await listToolkit(deps, personId);
  const found = all.find((s) => s.id === nameOrId || nameKey(s.name) === nameKey(nameOrId));
  if (!found) throw new CliError(`"${nameOrId}" is not in your toolkit. See: headway toolkit list`, EXIT.not_found);
  return found;
}

export function toolkitCommands(program: Command, global: () => GlobalFlags): void {
  const toolkit = program.command('toolkit').description('your strategies: coping, avoidant and healing');

  toolkit
    .command('list')
    .option('--json', 'print JSON')
    .option('--all', 'include archived strategies')
    .action(async (o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const items = (await listToolkit(deps, personId)).filter((s) => o.all || !s.archived);
        if (o.json) return printJson(items);
        const lines: string[] = [];
        for (const role of STRATEGY_ROLES) {
          const group = items.filter((s) => s.role === role);
          if (group.length === 0) continue;
          lines.push(`${STRATEGY_ROLE_LABELS[role]}:`);
          lines.push(...table(group.map((s) => [`  ${s.name}`, s.function, `used ${s.uses}×`, s.archived ? '(archived)' : ''])));
        }
        return printLines(lines);
      });
    });

  toolkit
    .command('add')
    .argument('<name>', 'the strategy, in your words')
    .requiredOption('--role <role>', STRATEGY_ROLES.join(' | '))
    .requiredOption('--function <fn>', STRATEGY_FUNCTIONS.join(' | '))
    .option('--json', 'print JSON')
    .action(async (name: string, o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const body = parseWith(strategyCreateSchema, { name, role: o.role, function: o.function });
        const s = await addStrategy(deps, personId, body);
        if (o.json) return printJson(s);
        return printLines([`Added "${s.name}" (${s.role}, ${s.function}) to your toolkit.`]);
      });
    });

  toolkit
    .command('edit')
    .argument('<strategy>', 'name or id')
    .option('--name <name>', 'new name')
    .option('--role <role>', STRATEGY_ROLES.join(' | '))
    .option('--function <fn>', STRATEGY_FUNCTIONS.join(' | '))
    .option('--archive', 'stop offering it for new moments')
    .option('--unarchive', 'offer it again')
    .option('--json', 'print JSON')
    .action(async (nameOrId: string, o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        if (o.archive && o.unarchive) throw usage('--archive and --unarchive: choose one');
        if (o.name === undefined && o.role === undefined && o.function === undefined && !o.archive && !o.unarchive) {
          throw usage('toolkit edit: say what to change, with --name, --role, --function, --archive or --unarchive');
        }
        const current = await findStrategy(deps, personId, nameOrId);
        const archived = o.archive ? true : o.unarchive ? false : undefined;
        const patch = parseWith(strategyUpdateSchema, defined({ name: o.name, role: o.role, function: o.function, archived }));
        const s = await editStrategy(deps, personId, current.id as StrategyId, patch);
        if (o.json) return printJson(s);
        return printLines([`Updated "${s.name}" (${s.role}, ${s.function})${s.archived ? ', archived' : ''}.`]);
      });
    });

  toolkit
    .command('remove')
    .argument('<strategy>', 'name or id')
    .option('--json', 'print JSON')
    .action(async (nameOrId: string, o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const current = await findStrategy(deps, personId, nameOrId);
        const r = await removeStrategy(deps, personId, current.id as StrategyId);
        if (o.json) return printJson(r);
        return printLines([
          r.outcome === 'deleted'
            ? `Removed "${current.name}".`
            : `"${current.name}" is part of past moments, so it was archived instead: it stays in your history and can be restored.`,
        ]);
      });
    });
}
