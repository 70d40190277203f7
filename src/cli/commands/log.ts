/** `headway log moment|checkin|practice|shift`: the same use-cases as the web app. */
import type { Command } from 'commander';
import { checkinCreateSchema, momentCreateSchema, practiceCreateSchema, shiftCreateSchema } from '../../contracts/entries.js';
import { logCheckin } from '../../app/journal/logCheckin.js';
import { logMoment } from '../../app/journal/logMoment.js';
import { logPractice } from '../../app/journal/logPractice.js';
import { logShift } from '../../app/journal/logShift.js';
import { SHIFT_KIND_LABELS, SHIFT_KINDS } from '../../core/vocabulary.js';
import { withJournal, type GlobalFlags, type Session } from '../context.js';
import { defined, numberish, parseWith, readAt } from '../flags.js';
import { usage } from '../fail.js';
import { printJson, printLines } from '../print.js';
import { resolveStrategyFlags } from '../strategy-flags.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function done(json: boolean | undefined, view: { id: string }, words: string): void {
  if (json) printJson(view);
  else printLines([words]);
}

/** After words that sound heavy: saved as always, then a gentle offer (loaded only when needed). */
async function offerCare(deps: Session['deps'], personId: Session['personId']): Promise<void> {
  const { safetyOfferText } = await import('../care-text.js');
  const person = await deps.store.getPerson(personId);
  process.stdout.write(`${safetyOfferText(person ?? 'US').join('\n')}\n`);
}

export function logCommands(program: Command, global: () => GlobalFlags): void {
  const log = program.command('log').description('log a moment, check-in, practice or shift');

  log
    .command('moment')
    .description('log a triggered moment (only --trigger and --intensity are needed)')
    .requiredOption('--trigger <name>', 'what set it off, in your words')
    .requiredOption('--intensity <0-10>', 'how strong it felt, 0–10')
    .option('--body <state>', 'within | hyper | hypo')
    .option('--strategy <name>', 'a strategy you used, with how it went: "A walk=helped", "=not helped" or "=not sure" (repeatable)', collect)
    .option('--settled <minutes>', 'minutes until you settled')
    .option('--recognized-early', 'you recognised the pattern early')
    .option('--followed-thought', 'you followed the thought')
    .option('--did-not-follow-thought', 'the thought came and you did not follow it')
    .option('--thought <text>', 'the thought that came')
    .option('--differently', 'you handled it differently')
    .option('--note <text>', 'a note')
    .option('--at <when>', 'when it happened (ISO 8601, default now)')
    .option('--json', 'print the saved moment as JSON')
    .action(async (o) => {
      if (o.followedThought && o.didNotFollowThought) throw usage('--followed-thought and --did-not-follow-thought: choose one');
      await withJournal(global(), async ({ deps, personId }) => {
        const strategies = await resolveStrategyFlags(deps, personId, o.strategy ?? []);
        const followed = o.followedThought ? true : o.didNotFollowThought ? false : undefined;
        const body = parseWith(
          momentCreateSchema,
          defined({
            trigger: o.trigger,
            intensity: numberish(o.intensity),
            bodyState: o.body,
            strategies: strategies.length > 0 ? strategies : undefined,
            settledMinutes: numberish(o.settled),
            recognizedEarly: o.recognizedEarly ? true : undefined,
            followedThought: followed,
            thought: o.thought,
            handledDifferently: o.differently ? true : undefined,
            note: o.note,
            occurredAt: readAt(o.at),
          }),
        );
        const m = await logMoment(deps, personId, body);
        done(o.json, m, `Logged: ${m.trigger}, ${m.intensity}/10. Thank you for noticing it.`);
        if (m.safety && !o.json) await offerCare(deps, personId);
      });
    });

  log
    .command('checkin')
    .description('log how you are right now')
    .requiredOption('--distress <0-10>', 'distress right now, 0–10')
    .option('--mood <1-5>', 'mood, 1 (very low) to 5 (very good)')
    .option('--window <state>', 'within | hyper | hypo')
    .option('--sleep <hours>', 'hours slept last night')
    .option('--note <text>', 'a note')
    .option('--at <when>', 'when (ISO 8601, default now)')
    .option('--json', 'print the saved check-in as JSON')
    .action(async (o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const body = parseWith(
          checkinCreateSchema,
          defined({
            distress: numberish(o.distress),
            mood: numberish(o.mood),
            windowState: o.window,
            sleepHours: numberish(o.sleep),
            note: o.note,
            occurredAt: readAt(o.at),
          }),
        );
        const c = await logCheckin(deps, personId, body);
        done(o.json, c, `Check-in saved: distress ${c.distress}/10.`);
        if (c.safety && !o.json) await offerCare(deps, personId);
      });
    });

  log
    .command('practice')
    .description('log a piece of healing practice')
    .requiredOption('--kind <kind>', 'e.g. "Therapy session", "Sitting with a feeling"')
    .option('--minutes <n>', 'how long, in minutes')
    .option('--note <text>', 'a note')
    .option('--at <when>', 'when (ISO 8601, default now)')
    .option('--json', 'print the saved practice as JSON')
    .action(async (o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const body = parseWith(
          practiceCreateSchema,
          defined({ kind: o.kind, minutes: numberish(o.minutes), note: o.note, occurredAt: readAt(o.at) }),
        );
        const p = await logPractice(deps, personId, body);
        // Heavy words are not echoed back with a cheerful line; the care comes next.
        done(o.json, p, p.safety ? 'Practice saved.' : `Practice saved: ${p.kind}${p.minutes !== null ? `, ${p.minutes} min` : ''}.`);
        if (p.safety && !o.json) await offerCare(deps, personId);
      });
    });

  log
    .command('shift')
    .description('note a sign of change')
    .requiredOption('--kind <kind>', `one of: ${SHIFT_KINDS.join(', ')}`)
    .option('--note <text>', 'a note (your own words, needed with --kind own-words)')
    .option('--at <when>', 'when (ISO 8601, default now)')
    .option('--json', 'print the saved shift as JSON')
    .action(async (o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const body = parseWith(shiftCreateSchema, defined({ kind: o.kind, note: o.note, occurredAt: readAt(o.at) }));
        const s = await logShift(deps, personId, body);
        done(o.json, s, s.safety ? 'Shift saved.' : `Shift noted: "${s.kind === 'own-words' ? s.note : SHIFT_KIND_LABELS[s.kind]}". That counts.`);
        if (s.safety && !o.json) await offerCare(deps, personId);
      });
    });
}
