/**
 * Every instrument Headway ships, by id (MEASURES.md §2). The set is closed on purpose: see the
 * note in instrument.ts on CORE-10, K10, AAQ-II and OQ-45, which are left out for licence reasons.
 */
import { BRIEF_COPE } from './brief-cope.js';
import { GAD7 } from './gad7.js';
import type { Instrument, InstrumentId } from './instrument.js';
import { PCL5 } from './pcl5.js';
import { PHQ9 } from './phq9.js';
import { WHO5 } from './who5.js';

export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  'PHQ-9': PHQ9,
  'GAD-7': GAD7,
  'WHO-5': WHO5,
  'PCL-5': PCL5,
  'Brief-COPE': BRIEF_COPE,
};

/**
 * The instrument with this id (exact, case-sensitive: 'PHQ-9', 'Brief-COPE'), or undefined for
 * any other string, including inherited object keys such as 'toString'.
 */
export function instrumentById(id: string): Instrument | undefined {
  return Object.hasOwn(INSTRUMENTS, id) ? INSTRUMENTS[id as InstrumentId] : undefined;
}
