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

/** Names for the countries Headway has crisis lines for (core/crisis-lines.ts). */
export const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  EU: 'European Union (116 123 / 112)',
};

export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}
