/**
 * The safety events a questionnaire's critical answers call for (MEASURES.md §4): one per
 * answer that meets a critical-item rule, with numbers and the rule's tier only. Taking a
 * questionnaire and both imports record them through this one function.
 */
import type { SafetyEventId } from '../../core/ids.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import { scoreAdministration } from '../../core/measures/score.js';
import type { MeasureResponse, SafetyEvent } from '../../core/safety/records.js';
import type { Deps } from '../deps.js';

/** `skip(item)` leaves out answers whose event already exists. */
export function criticalAnswerEvents(
  deps: Deps,
  measure: Pick<MeasureResponse, 'id' | 'instrument' | 'answers'>,
  skip: (item: number) => boolean = () => false,
): SafetyEvent[] {
  const now = deps.clock.now();
  return scoreAdministration(INSTRUMENTS[measure.instrument], measure.answers)
    .criticalItems.filter((c) => !skip(c.item))
    .map((c) => ({
      id: deps.newId() as SafetyEventId,
      occurredAt: now,
      acknowledgedAt: null,
      detail: { kind: 'critical-answer', measureId: measure.id, instrument: measure.instrument, item: c.item, value: c.value, tier: c.tier },
    }));
}
