/**
 * Turns stored records into the views the API, CLI and web show: a moment carries its
 * trigger's name and its strategies' names, so no client has to join them itself.
 */
import type { CheckinView, MomentView, PracticeView, ShiftView } from '../../contracts/entries.js';
import type { PersonId } from '../../core/ids.js';
import type { EntryByKind, Moment } from '../../core/records.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { StoreTx } from '../../store/port.js';

export interface ViewByKind {
  moments: MomentView;
  checkins: CheckinView;
  practices: PracticeView;
  shifts: ShiftView;
}

export interface Names {
  trigger: Map<string, string>;
  strategy: Map<string, string>;
}

export async function loadNames(tx: StoreTx, personId: PersonId): Promise<Names> {
  const [triggers, strategies] = await Promise.all([tx.listTriggers(personId), tx.listStrategies(personId)]);
  return {
    trigger: new Map(triggers.map((t) => [t.id, t.name])),
    strategy: new Map(strategies.map((s) => [s.id, s.name])),
  };
}

export function momentView(m: Moment, names: Names): MomentView {
  return momentViewNamed(m, names.trigger.get(m.triggerId) ?? '', names.strategy);
}

/** A moment's view when its trigger's name is already at hand (logging it). */
export function momentViewNamed(m: Moment, trigger: string, strategyNames: ReadonlyMap<string, string>): MomentView {
  return {
    id: m.id,
    occurredAt: m.occurredAt,
    triggerId: m.triggerId,
    intensity: m.intensity,
    bodyState: m.bodyState,
    thought: m.thought,
    followedThought: m.followedThought,
    recognizedEarly: m.recognizedEarly,
    handledDifferently: m.handledDifferently,
    settledMinutes: m.settledMinutes,
    strategies: m.strategies.length === 0 ? [] : m.strategies.map((s) => ({ strategyId: s.strategyId, helped: s.helped, name: strategyNames.get(s.strategyId) ?? '' })),
    note: m.note,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    deletedAt: m.deletedAt,
    trigger,
  };
}

export function entryView<K extends EntryKind>(kind: K, entry: EntryByKind[K], names: Names): ViewByKind[K] {
  return (kind === 'moments' ? momentView(entry as Moment, names) : entry) as ViewByKind[K];
}
