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
  // Object.assign, not spread: see the note in store/entry-rows.ts (a V8 slow path).
  return Object.assign({}, m, {
    trigger: names.trigger.get(m.triggerId) ?? '',
    strategies: m.strategies.map((s) => ({ strategyId: s.strategyId, helped: s.helped, name: names.strategy.get(s.strategyId) ?? '' })),
  });
}

export function entryView<K extends EntryKind>(kind: K, entry: EntryByKind[K], names: Names): ViewByKind[K] {
  return (kind === 'moments' ? momentView(entry as Moment, names) : entry) as ViewByKind[K];
}
