/**
 * The moment form's state, as the person types it, and the request body it becomes.
 * Text stays text until submit, so the schema (not the form) decides what is valid.
 */
import type { MomentView } from '../../../../src/contracts/entries.js';
import type { BodyState } from '../../../../src/core/vocabulary.js';
import { numberOrNull } from '../../lib/form.js';
import { instantToInput, occurredAtFor } from '../../lib/when.js';

export interface StrategyUse {
  strategyId: string;
  name: string;
  helped: boolean | null;
}

export interface MomentDraft {
  trigger: string;
  intensity: number | null;
  bodyState: BodyState | null;
  thought: string;
  followedThought: boolean | null;
  recognizedEarly: boolean;
  handledDifferently: boolean;
  settledMinutes: string;
  strategies: StrategyUse[];
  note: string;
  /** datetime-local text; '' means "now". */
  when: string;
}

export const emptyMoment: MomentDraft = {
  trigger: '',
  intensity: null,
  bodyState: null,
  thought: '',
  followedThought: null,
  recognizedEarly: false,
  handledDifferently: false,
  settledMinutes: '',
  strategies: [],
  note: '',
  when: '',
};

export function draftFromMoment(m: MomentView): MomentDraft {
  return {
    trigger: m.trigger,
    intensity: m.intensity,
    bodyState: m.bodyState,
    thought: m.thought ?? '',
    followedThought: m.followedThought,
    recognizedEarly: m.recognizedEarly,
    handledDifferently: m.handledDifferently,
    settledMinutes: m.settledMinutes === null ? '' : String(m.settledMinutes),
    strategies: m.strategies.map((s) => ({ strategyId: s.strategyId, name: s.name, helped: s.helped })),
    note: m.note ?? '',
    when: instantToInput(m.occurredAt),
  };
}

/** True when anything in "More detail" is filled in, so an edit opens it. */
export function hasDetail(d: MomentDraft): boolean {
  return d.bodyState !== null || d.thought !== '' || d.followedThought !== null || d.recognizedEarly || d.handledDifferently || d.note !== '';
}

/**
 * The body for POST or PATCH. Every field is sent, so clearing one in an edit clears it.
 * The time is only sent on an edit when the person changed it.
 */
export function momentBody(d: MomentDraft, original?: MomentView): Record<string, unknown> {
  const body: Record<string, unknown> = {
    trigger: d.trigger,
    intensity: d.intensity ?? undefined,
    bodyState: d.bodyState,
    thought: d.thought,
    followedThought: d.followedThought,
    recognizedEarly: d.recognizedEarly,
    handledDifferently: d.handledDifferently,
    settledMinutes: numberOrNull(d.settledMinutes),
    strategies: d.strategies.map((s) => ({ strategyId: s.strategyId, helped: s.helped })),
    note: d.note,
  };
  const occurredAt = occurredAtFor(d.when, original?.occurredAt);
  if (occurredAt !== undefined) body['occurredAt'] = occurredAt;
  return body;
}
