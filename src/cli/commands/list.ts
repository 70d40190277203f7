/** `headway list moments|checkins|practices|shifts|triggers [--json] [--since DATE]`. */
import type { Command } from 'commander';
import { listQuerySchema, type CheckinView, type MomentView, type PracticeView, type ShiftView } from '../../contracts/entries.js';
import { listEntries } from '../../app/journal/listEntries.js';
import { listTriggers } from '../../app/toolkit/listTriggers.js';
import { BODY_STATE_LABELS, ENTRY_KINDS, SHIFT_KIND_LABELS, type EntryKind } from '../../core/vocabulary.js';
import { withJournal, type GlobalFlags } from '../context.js';
import { usage } from '../fail.js';
import { defined, numberish, parseWith } from '../flags.js';
import { printJson, printLines, table, when } from '../print.js';

const ROWS: { [K in EntryKind]: (v: never) => string[] } = {
  moments: (m: MomentView) => [
    when(m.occurredAt),
    m.trigger,
    `${m.intensity}/10`,
    m.bodyState ? BODY_STATE_LABELS[m.bodyState] : '',
    m.settledMinutes !== null ? `settled in ${m.settledMinutes} min` : '',
    m.strategies.map((s) => s.name + (s.helped === true ? ' (helped)' : s.helped === false ? ' (didn’t help)' : '')).join(', '),
  ],
  checkins: (c: CheckinView) => [
    when(c.occurredAt),
    `distress ${c.distress}/10`,
    c.mood !== null ? `mood ${c.mood}/5` : '',
    c.windowState ? BODY_STATE_LABELS[c.windowState] : '',
    c.sleepHours !== null ? `${c.sleepHours} h sleep` : '',
  ],
  practices: (p: PracticeView) => [when(p.occurredAt), p.kind, p.minutes !== null ? `${p.minutes} min` : ''],
  shifts: (s: ShiftView) => [when(s.occurredAt), s.kind === 'own-words' ? (s.note ?? '') : SHIFT_KIND_LABELS[s.kind]],
};

export function listCommand(program: Command, global: () => GlobalFlags): void {
  program
    .command('list')
    .description('list moments, checkins, practices, shifts or triggers, newest first')
    .argument('<what>', 'moments | checkins | practices | shifts | triggers')
    .option('--since <date>', 'only from this day on (YYYY-MM-DD)')
    .option('--limit <n>', 'at most this many')
    .option('--json', 'print JSON')
    .action(async (what: string, o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        if (what === 'triggers') {
          const triggers = await listTriggers(deps, personId);
          if (o.json) return printJson(triggers);
          return printLines(table(triggers.map((t) => [t.name, `${t.uses} moment${t.uses === 1 ? '' : 's'}`])));
        }
        if (!(ENTRY_KINDS as readonly string[]).includes(what)) {
          throw usage(`list: "${what}" is not something Headway lists. Try moments, checkins, practices, shifts or triggers.`);
        }
        const kind = what as EntryKind;
        const query = parseWith(listQuerySchema, defined({ since: o.since, limit: numberish(o.limit) }));
        const items = await listEntries(deps, personId, kind, query);
        if (o.json) return printJson(items);
        if (items.length === 0) return printLines([`No ${kind} yet${o.since ? ` since ${o.since}` : ''}.`]);
        const row = ROWS[kind] as (v: unknown) => string[];
        return printLines(table(items.map((v) => row(v))));
      });
    });
}
