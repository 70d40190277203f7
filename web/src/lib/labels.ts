/** Words the web shows for stable keys that have no label in core/vocabulary.ts. */
import type { StrategyFunction } from '../../../src/core/vocabulary.js';
import type { EntryKind } from '../../../src/core/vocabulary.js';

export const FUNCTION_LABELS: Record<StrategyFunction, string> = {
  soothe: 'Soothe',
  ground: 'Ground',
  distract: 'Distract',
  connect: 'Connect',
  move: 'Move',
  express: 'Express',
  numb: 'Numb',
  avoid: 'Avoid',
  control: 'Control',
  process: 'Process',
};

/** One entry of each kind, as a noun in a sentence ("Moment deleted."). */
export const KIND_NOUNS: Record<EntryKind, string> = {
  moments: 'moment',
  checkins: 'check-in',
  practices: 'healing practice',
  shifts: 'shift',
};

export const KIND_TITLES: Record<EntryKind, string> = {
  moments: 'Moment',
  checkins: 'Check-in',
  practices: 'Practice',
  shifts: 'Shift',
};

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const regionNames = new Intl.DisplayNames(undefined, { type: 'region', fallback: 'code' });

/** A country's name in the browser's language ("FR" → "France"); "EU" is the European Union. */
export function countryName(code: string): string {
  if (code === 'EU') return 'European Union';
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** How a country reads in a picker; "EU" stands for EU members without their own list. */
export function countryOption(code: string): string {
  return code === 'EU' ? 'Another EU country (EU-wide numbers)' : countryName(code);
}
