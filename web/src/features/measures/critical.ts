/**
 * The second guard for critical answers (MEASURES.md §4): the browser checks the answers
 * against the instrument's critical items itself, so the calm screen shows even if the
 * server's answer were to leave them out. Never hide a critical answer behind a low total.
 */
import type { InstrumentView, MeasureTaken } from '../../../../src/contracts/measures.js';

export function criticalItemsIn(instrument: InstrumentView, answers: ReadonlyArray<number | null>): number[] {
  return instrument.criticalItems.filter((c) => (answers[c.item - 1] ?? -1) >= c.minValue).map((c) => c.item);
}

/** True when the calm screen must come before any score. */
export function needsCalmScreen(instrument: InstrumentView, answers: ReadonlyArray<number | null>, taken: MeasureTaken): boolean {
  return taken.critical.length > 0 || criticalItemsIn(instrument, answers).length > 0;
}
