/**
 * Forward-only migrations, named `<timestamp>_<verb_noun>`, applied in name order at
 * start-up. A migration is never edited once released; changes come as new ones.
 */
import type { Migration } from 'kysely';
import type { Dialect } from '../port.js';
import { createJournal } from './20261120T2330_create_journal.js';
import { addMeasuresAndSafety } from './20261121T0100_add_measures_and_safety.js';
import { repairUnstorableText } from './20261207T2300_repair_unstorable_text.js';
import { addTherapyStartWelcomeAndResultBin } from './20261208T0130_add_therapy_start_welcome_and_result_bin.js';

export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    '20261120T2330_create_journal': createJournal(dialect),
    '20261121T0100_add_measures_and_safety': addMeasuresAndSafety(dialect),
    '20261207T2300_repair_unstorable_text': repairUnstorableText(dialect),
    '20261208T0130_add_therapy_start_welcome_and_result_bin': addTherapyStartWelcomeAndResultBin(dialect),
  };
}
