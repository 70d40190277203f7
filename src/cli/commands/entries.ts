/**
 * `headway delete KIND ID` and `headway restore KIND ID`: journal entries and questionnaire
 * results (`result`) share "recently deleted", restorable for 30 days.
 */
import type { Command } from 'commander';
import { deleteEntry } from '../../app/journal/deleteEntry.js';
import { restoreEntry } from '../../app/journal/restoreEntry.js';
import { deleteMeasure } from '../../app/measures/deleteMeasure.js';
import { restoreMeasure } from '../../app/measures/restoreMeasure.js';
import { idSchema } from '../../contracts/fields.js';
import type { EntryId, MeasureId } from '../../core/ids.js';
import { dayWords } from '../../core/words/dates.js';
import { ENTRY_KINDS, type EntryKind } from '../../core/vocabulary.js';
import { withJournal, type GlobalFlags } from '../context.js';
import { usage } from '../fail.js';
import { printJson, printLines } from '../print.js';

type Kind = EntryKind | 'result';

const KIND_OF: Record<string, Kind> = {
  moment: 'moments',
  checkin: 'checkins',
  practice: 'practices',
  shift: 'shifts',
  ...Object.fromEntries(ENTRY_KINDS.map((k) => [k, k])),
  result: 'result',
  results: 'result',
};

const KINDS = 'moment | checkin | practice | shift | result (a questionnaire result)';

function idOf(text: string, kind: Kind): string {
  const what = kind === 'result' ? 'a questionnaire result id; see headway measure list --json' : 'an entry id; see headway list <kind> --json';
  if (!idSchema.safeParse(text).success) throw usage(`<id>: "${text}" is not ${what}`);
  return text;
}

function kindOf(text: string): Kind {
  const kind = KIND_OF[text];
  if (!kind) throw usage(`"${text}" is not something Headway deletes. Use moment, checkin, practice, shift or result (a questionnaire result).`);
  return kind;
}

export function entryCommands(program: Command, global: () => GlobalFlags): void {
  program
    .command('delete')
    .description('move an entry or questionnaire result to "recently deleted" (restorable for 30 days)')
    .argument('<kind>', KINDS)
    .argument('<id>', 'its id (see: headway list … --json, headway measure list --json)')
    .option('--json', 'print JSON')
    .action(async (kindText: string, id: string, o) => {
      const kind = kindOf(kindText);
      const target = idOf(id, kind);
      await withJournal(global(), async ({ deps, personId }) => {
        const r = kind === 'result' ? await deleteMeasure(deps, personId, target as MeasureId) : await deleteEntry(deps, personId, kind, target as EntryId);
        if (o.json) return printJson(r);
        const counts = kind === 'result' ? ' It no longer counts in your results, reports or exports meanwhile.' : '';
        return printLines([`Deleted.${counts} You can bring it back until ${dayWords(r.restorableUntil)}: headway restore ${kindText} ${id}`]);
      });
    });

  program
    .command('restore')
    .description('bring back a recently deleted entry or questionnaire result')
    .argument('<kind>', KINDS)
    .argument('<id>', 'its id')
    .option('--json', 'print JSON')
    .action(async (kindText: string, id: string, o) => {
      const kind = kindOf(kindText);
      const target = idOf(id, kind);
      await withJournal(global(), async ({ deps, personId }) => {
        const r = kind === 'result' ? await restoreMeasure(deps, personId, target as MeasureId) : await restoreEntry(deps, personId, kind, target as EntryId);
        if (o.json) return printJson(r);
        return printLines(['Restored.']);
      });
    });
}
