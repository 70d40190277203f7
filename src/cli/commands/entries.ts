/** `headway delete KIND ID` and `headway restore KIND ID`. */
import type { Command } from 'commander';
import { deleteEntry } from '../../app/journal/deleteEntry.js';
import { restoreEntry } from '../../app/journal/restoreEntry.js';
import { idSchema } from '../../contracts/fields.js';
import type { EntryId } from '../../core/ids.js';
import { ENTRY_KINDS, type EntryKind } from '../../core/vocabulary.js';
import { withJournal, type GlobalFlags } from '../context.js';
import { usage } from '../fail.js';
import { printJson, printLines } from '../print.js';

const KIND_OF: Record<string, EntryKind> = {
  moment: 'moments',
  checkin: 'checkins',
  practice: 'practices',
  shift: 'shifts',
  ...Object.fromEntries(ENTRY_KINDS.map((k) => [k, k])),
};

function entryIdOf(text: string): EntryId {
  if (!idSchema.safeParse(text).success) throw usage(`<id>: "${text}" is not an entry id; see headway list <kind> --json`);
  return text as EntryId;
}

function kindOf(text: string): EntryKind {
  const kind = KIND_OF[text];
  if (!kind) throw usage(`"${text}" is not a kind of entry. Use moment, checkin, practice or shift.`);
  return kind;
}

export function entryCommands(program: Command, global: () => GlobalFlags): void {
  program
    .command('delete')
    .description('move an entry to "recently deleted" (restorable for 30 days)')
    .argument('<kind>', 'moment | checkin | practice | shift')
    .argument('<id>', 'the entry id (see: headway list … --json)')
    .option('--json', 'print JSON')
    .action(async (kindText: string, id: string, o) => {
      const kind = kindOf(kindText);
      const entryId = entryIdOf(id);
      await withJournal(global(), async ({ deps, personId }) => {
        const r = await deleteEntry(deps, personId, kind, entryId);
        if (o.json) return printJson(r);
        return printLines([`Deleted. You can bring it back until ${r.restorableUntil.slice(0, 10)}: headway restore ${kindText} ${id}`]);
      });
    });

  program
    .command('restore')
    .description('bring back a recently deleted entry')
    .argument('<kind>', 'moment | checkin | practice | shift')
    .argument('<id>', 'the entry id')
    .option('--json', 'print JSON')
    .action(async (kindText: string, id: string, o) => {
      const kind = kindOf(kindText);
      const entryId = entryIdOf(id);
      await withJournal(global(), async ({ deps, personId }) => {
        const r = await restoreEntry(deps, personId, kind, entryId);
        if (o.json) return printJson(r);
        return printLines(['Restored.']);
      });
    });
}
