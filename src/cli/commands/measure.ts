/**
 * `headway measure take|add|list|summary|remind|calendar` and `headway safety-plan`:
 * questionnaires from the terminal, with the same care after a critical answer as the app.
 */
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { daySchema } from '../../contracts/fields.js';
import { measureCreateSchema, scheduleBodySchema } from '../../contracts/measures.js';
import { listMeasures } from '../../app/measures/listMeasures.js';
import { measuresOverview } from '../../app/measures/measuresOverview.js';
import { remindersIcs, removeSchedule, setSchedule } from '../../app/measures/schedules.js';
import { takeMeasure } from '../../app/measures/takeMeasure.js';
import { acknowledgeSafetyEvent } from '../../app/safety/safetyEvents.js';
import { getSafetyPlan } from '../../app/safety/safetyPlan.js';
import type { SafetyEventId } from '../../core/ids.js';
import { instrumentById } from '../../core/measures/catalogue.js';
import { INSTRUMENT_IDS, type Instrument } from '../../core/measures/instrument.js';
import { dayWords } from '../../core/words/dates.js';
import { withJournal, type GlobalFlags, type Session } from '../context.js';
import { criticalText, safetyPlanText } from '../care-text.js';
import { CliError, EXIT } from '../fail.js';
import { wrapLines } from '../fit.js';
import { NHS_OUTCOME_WORDS } from '../measure-words.js';
import { askAll } from '../questionnaire.js';
import { writeFileAtomically } from '../write-file.js';
import { parseWith, readAt } from '../flags.js';
import { printJson, printLines, table, when } from '../print.js';
import type { MeasureCreate, MeasureTaken } from '../../contracts/measures.js';

function instrumentArg(name: string): Instrument {
  const i = instrumentById(INSTRUMENT_IDS.find((id) => id.toLowerCase() === name.toLowerCase()) ?? name);
  if (!i) throw new CliError(`instrument: "${name}" is not one Headway knows; choose one of ${INSTRUMENT_IDS.join(', ')}`, EXIT.validation_failed);
  return i;
}

/** Records the answers, then prints care first (if needed) and the result after. */
async function record(s: Session, input: MeasureCreate, json: boolean): Promise<void> {
  const taken = await takeMeasure(s.deps, s.personId, parseWith(measureCreateSchema, input));
  const person = await s.deps.store.getPerson(s.personId);
  if (json) return printJson(taken);
  if (taken.critical.length > 0) {
    printLines(criticalText(taken, person ?? s.env.country));
    // Only a person at a terminal can move on from the care words; a script never acknowledges for them.
    if (process.stdin.isTTY && process.stdout.isTTY && (await pressEnter('Press Enter when you are ready to see your result. '))) {
      for (const id of taken.safetyEventIds) await acknowledgeSafetyEvent(s.deps, s.personId, id as SafetyEventId);
    }
  }
  printLines(resultText(taken));
}

/** Waits for Enter; false if the input ends first. */
async function pressEnter(prompt: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    const line = rl[Symbol.asyncIterator]();
    process.stdout.write(prompt);
    return !(await line.next()).done;
  } finally {
    rl.close();
  }
}

function resultText({ measure: m }: MeasureTaken): string[] {
  if (m.total === null) {
    return [`Saved your ${m.instrument} (${when(m.takenAt)}). Each way of coping, from its lowest to its highest:`, ...table(m.subscales.map((s) => [`  ${s.label}`, `${s.score} (${s.min}–${s.max})`]))];
  }
  return [
    `Saved your ${m.instrument} (${when(m.takenAt)}): ${m.total}${m.band ? `, ${m.band.label.toLowerCase()}` : ''}.`,
    'A score is a snapshot of the last weeks, not a diagnosis.',
  ];
}

export function measureCommands(program: Command, global: () => GlobalFlags): void {
  const measure = program.command('measure').description('questionnaires: take one, enter a paper form, see change over time');

  measure
    .command('take')
    .description('answer a questionnaire here, one question at a time (b goes back, q stops without saving)')
    .argument('<instrument>', INSTRUMENT_IDS.join(' | '))
    .option('--json', 'print the result as JSON')
    .action(async (name: string, o) => {
      const instrument = instrumentArg(name);
      const answers = await askAll(instrument);
      if (answers === null) return void process.stderr.write('\nStopped. Nothing was saved.\n');
      await withJournal(global(), (s) => record(s, { instrument: instrument.id, answers, source: 'app' }, Boolean(o.json)));
      // The form's credit comes last: any care words and the result are read first.
      process.stderr.write(`\n${instrument.attribution}\n`);
    });

  measure
    .command('add')
    .description('enter a questionnaire filled in on paper')
    .argument('<instrument>', INSTRUMENT_IDS.join(' | '))
    .requiredOption('--items <values>', 'every answer in order, comma-separated, numbered as on the form and in `measure take` (PHQ-9: 0 = Not at all … 3 = Nearly every day), e.g. 1,2,0,1,0,0,1,0,0')
    .option('--at <when>', 'when it was filled in (ISO 8601, default now)')
    .option('--json', 'print the result as JSON')
    .action(async (name: string, o) => {
      const instrument = instrumentArg(name);
      const answers = String(o.items)
        .split(',')
        .map((t) => t.trim())
        .map((t) => (t === '' ? null : /^-?\d+$/.test(t) ? Number(t) : Number.NaN));
      const bad = answers.findIndex((a) => Number.isNaN(a));
      if (bad >= 0) throw new CliError(`--items: answer ${bad + 1} is not a whole number`, EXIT.validation_failed);
      const at = readAt(o.at);
      await withJournal(global(), (s) =>
        record(s, { instrument: instrument.id, answers, source: 'paper', ...(at !== undefined && { takenAt: at }) }, Boolean(o.json)),
      );
    });

  measure
    .command('list')
    .description('your questionnaire results, oldest first')
    .option('--instrument <id>', 'only this questionnaire')
    .option('--json', 'print as JSON')
    .action(async (o) => {
      const only = o.instrument === undefined ? undefined : instrumentArg(String(o.instrument)).id;
      await withJournal(global(), async ({ deps, personId }) => {
        const items = await listMeasures(deps, personId, only);
        if (o.json) return printJson({ items });
        if (items.length === 0) return printLines(['No questionnaires yet. Try: headway measure take PHQ-9']);
        printLines(table(items.map((m) => [when(m.takenAt), m.instrument, m.total === null ? 'scales only' : String(m.total), m.band?.label ?? '', m.critical.length > 0 ? 'answer needing care' : ''])));
      });
    });

  measure
    .command('summary')
    .description('change per questionnaire, and what is due')
    .option('--as-of <day>', 'as if today were this day (YYYY-MM-DD)')
    .option('--json', 'print as JSON')
    .action(async (o) => {
      const asOf = o.asOf === undefined ? undefined : parseWith(daySchema, o.asOf, 'asOf');
      await withJournal(global(), async ({ deps, personId }) => {
        const overview = await measuresOverview(deps, personId, asOf);
        if (o.json) return printJson(overview);
        const lines: string[] = [];
        for (const i of overview.instruments) {
          if (i.count === 0 && i.schedule === null) continue;
          lines.push(`${i.instrument}: ${i.summary ?? 'not answered yet.'}`);
          if (i.notOnTrack?.flag) lines.push(`  Not on track (a rule of thumb, not a validated curve): ${i.notOnTrack.reason}`);
          if (i.due) lines.push(`  ${i.due.due || i.due.nextOn === null ? 'Ready to take again whenever you like.' : `Next suggested on ${dayWords(i.due.nextOn)}.`}`);
        }
        if (overview.nhs) lines.push(`NHS Talking Therapies outcome: ${NHS_OUTCOME_WORDS[overview.nhs.outcome]} ${overview.nhs.note}`);
        printLines(lines.length > 0 ? wrapLines(lines) : ['No questionnaires yet. Try: headway measure take PHQ-9']);
      });
    });

  measure
    .command('remind')
    .description('suggest a questionnaire every N days (shows as due; see `measure calendar`)')
    .argument('<instrument>', INSTRUMENT_IDS.join(' | '))
    .option('--every <days>', 'how many days apart')
    .option('--off', 'stop suggesting it')
    .action(async (name: string, o) => {
      const instrument = instrumentArg(name);
      await withJournal(global(), async ({ deps, personId }) => {
        if (o.off) {
          await removeSchedule(deps, personId, instrument.id);
          return printLines([`${instrument.id} will no longer be suggested.`]);
        }
        const { everyDays } = parseWith(scheduleBodySchema, { everyDays: o.every === undefined ? undefined : Number(o.every) });
        await setSchedule(deps, personId, { instrument: instrument.id, everyDays });
        printLines([`${instrument.id} will be suggested every ${everyDays === 1 ? 'day' : `${everyDays} days`}.`]);
      });
    });

  measure
    .command('calendar')
    .description('write an .ics calendar file with your reminders')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (o) => {
      await withJournal(global(), async ({ deps, personId }) => {
        const ics = await remindersIcs(deps, personId);
        if (!o.out) return void process.stdout.write(ics);
        await writeFileAtomically(o.out, ics);
        process.stderr.write(`Wrote ${o.out}. Import it into your calendar app.\n`);
      });
    });

  program
    .command('safety-plan')
    .description('your safety plan, with crisis lines first')
    .option('--json', 'print as JSON')
    .action(async (o) => {
      await withJournal(global(), async ({ deps, personId, env }) => {
        const plan = await getSafetyPlan(deps, personId);
        if (o.json) return printJson(plan);
        const person = await deps.store.getPerson(personId);
        printLines(safetyPlanText(plan, person ?? env.country));
      });
    });
}
