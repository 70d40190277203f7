/**
 * A questionnaire at the terminal, one question at a time. Answers are numbered by the value
 * they score, exactly as the web app and the paper forms number them (PHQ-9: 0 = Not at all …
 * 3 = Nearly every day), so a person using both never answers with the wrong number; the same
 * numbers go into `headway measure add --items`. "b" goes back a question, "q" stops without
 * saving. Prompts go to standard error, so standard output holds only the result.
 */
import { createInterface } from 'node:readline/promises';
import type { Instrument } from '../core/measures/instrument.js';
import { CliError, EXIT } from './fail.js';

const BACK = new Set(['b', 'back']);
const STOP = new Set(['q', 'quit', 'stop', 'exit']);

/** "0 = Not at all" lines, in the form's own order (WHO-5 runs 5 down to 0, as on paper). */
export function optionLines(instrument: Instrument): string[] {
  return instrument.responses.map((r) => `   ${r.value} = ${r.label}`);
}

export const HOW_TO_ANSWER = 'Type the number of your answer and press Enter. Type b to go back a question, or q to stop without saving.';

/**
 * Asks every item in turn and returns the answers, or null when the person stops ("q").
 * Throws CliError (validation_failed) when the input ends before the last answer: nothing is saved.
 */
export async function askAll(instrument: Instrument): Promise<number[] | null> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  const say = (text: string) => process.stderr.write(text);
  const values = instrument.responses.map((r) => r.value);
  const label = (v: number) => instrument.responses.find((r) => r.value === v)?.label ?? String(v);
  const answers: Array<number | undefined> = [];
  try {
    say(`${instrument.name} (${instrument.id}). Answers stay on this computer; nobody sees them as you type.\n${HOW_TO_ANSWER}\n`);
    say(`${instrument.stem ?? `Thinking about ${instrument.recallPeriod.label}:`}\n`);
    let index = 0;
    let reask = false;
    while (index < instrument.items.length) {
      const item = instrument.items[index];
      if (item === undefined) break;
      if (!reask) say(`\n${item.number}/${instrument.items.length}. ${item.text}\n${optionLines(instrument).join('\n')}\n`);
      say('> ');
      const next = await lines.next();
      if (next.done) throw new CliError('answers: the questionnaire was left before the end; nothing was saved', EXIT.validation_failed);
      const text = next.value.trim().toLowerCase();
      reask = false;
      if (STOP.has(text)) return null;
      if (BACK.has(text)) {
        if (index === 0) {
          say('   This is the first question; there is none before it.\n');
          reask = true;
        } else {
          index -= 1;
          const before = answers[index];
          say(`   Back to question ${index + 1}.${before === undefined ? '' : ` Your answer was ${before} (${label(before)}); type it again or choose another.`}\n`);
        }
        continue;
      }
      const value = Number(text);
      if (/^\d+$/.test(text) && values.includes(value)) {
        answers[index] = value;
        index += 1;
        continue;
      }
      say(`   Please type one of ${values.join(', ')} (or b to go back, q to stop without saving).\n`);
      reask = true;
    }
  } finally {
    rl.close();
  }
  const complete = answers.filter((a): a is number => a !== undefined);
  // The loop only ends past the last item, each one answered; anything else is a bug, never a guessed 0.
  if (complete.length !== instrument.items.length) throw new Error('questionnaire ended with an unanswered item');
  return complete;
}
