/** How instruments and administrations look on the wire (contracts/measures.ts). */
import type { InstrumentView, MeasureView } from '../../contracts/measures.js';
import { jacobsonTruaxThreshold } from '../../core/measures/change.js';
import { subscaleRange, type Instrument } from '../../core/measures/instrument.js';
import { scoreAdministration, type CriticalAnswer } from '../../core/measures/score.js';
import type { MeasureResponse } from '../../core/safety/records.js';

export function instrumentView(i: Instrument): InstrumentView {
  const rule = i.reliableChange;
  return {
    id: i.id,
    name: i.name,
    stem: i.stem,
    recallPeriod: i.recallPeriod,
    items: i.items.map(({ number, id, label, text }) => ({ number, id, label, text })),
    responses: i.responses.map(({ value, label }) => ({ value, label })),
    total: i.scoring && { min: i.scoring.min, max: i.scoring.max, better: i.scoring.better },
    bands: i.bands.map(({ id, label, min, max }) => ({ id, label, min, max })),
    caseness: i.caseness && { direction: i.caseness.direction, cutOff: i.caseness.cutOff, label: i.caseness.label },
    reliableChange:
      rule &&
      (rule.kind === 'points'
        ? { points: rule.points, source: rule.source }
        : { points: Math.round(jacobsonTruaxThreshold(rule.baselineSd, rule.reliability) * 10) / 10, source: rule.source }),
    subscales: i.subscales.map((s) => ({ id: s.id, label: s.label, items: [...s.items], ...subscaleRange(i, s) })),
    criticalItems: i.criticalItems.map(({ item, minValue, tier }) => ({ item, minValue, tier })),
    attribution: i.attribution,
    licence: i.licence.summary,
    suggestedEveryDays: i.recallPeriod.days >= 28 ? 28 : 14,
  };
}

export function criticalView(i: Instrument, answers: readonly CriticalAnswer[]) {
  return answers.map((c) => ({ item: c.item, value: c.value, tier: c.tier, label: i.items[c.item - 1]?.label ?? `Item ${c.item}` }));
}

/** A stored administration with its scores, derived now from the instrument's data. */
export function measureView(i: Instrument, m: MeasureResponse): MeasureView {
  const r = scoreAdministration(i, m.answers);
  // Stored answers were complete and valid when written (takeMeasure refuses anything else).
  if (!r.ok) throw new Error(`stored ${m.instrument} ${m.id} no longer scores: ${r.reason}`);
  return {
    id: m.id,
    instrument: m.instrument,
    takenAt: m.takenAt,
    source: m.source,
    answers: [...m.answers],
    total: r.total,
    band: r.band && { id: r.band.id, label: r.band.label },
    caseness: r.caseness,
    subscales: r.subscales,
    critical: criticalView(i, r.criticalItems),
  };
}
