/**
 * A new moment's draft, kept in this browser (localStorage) as it is typed, so nothing is
 * lost when the page must be reopened: the server restarted and the person opens the new
 * link (often in a new tab, which sessionStorage would not reach), or the tab closed. It
 * stays on this computer, is dropped once the moment is saved or the person starts again,
 * and is forgotten after a day, when it is unlikely to still be what they meant to note.
 */
import { BODY_STATES, type BodyState } from '../../../../src/core/vocabulary.js';
import { emptyMoment, type MomentDraft, type StrategyUse } from './momentDraft.js';

const KEY = 'headway.moment-draft.v1';
export const KEEP_MS = 24 * 60 * 60 * 1000;

interface Kept {
  keptAtMs: number;
  draft: MomentDraft;
}

/** True when the person has put anything in the form. */
export function hasContent(d: MomentDraft): boolean {
  return JSON.stringify(d) !== JSON.stringify(emptyMoment);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const boolOrNull = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

/** A draft read back from storage, checked field by field; null when it is not one (or too old). */
export function draftFromStored(raw: string | null, nowMs: number): MomentDraft | null {
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const kept = parsed as Partial<Kept> | null;
  if (typeof kept?.keptAtMs !== 'number' || nowMs - kept.keptAtMs > KEEP_MS || typeof kept.draft !== 'object' || kept.draft === null) return null;
  const d = kept.draft as unknown as Record<string, unknown>;
  const intensity = typeof d['intensity'] === 'number' && Number.isInteger(d['intensity']) && d['intensity'] >= 0 && d['intensity'] <= 10 ? d['intensity'] : null;
  const bodyState = BODY_STATES.includes(d['bodyState'] as BodyState) ? (d['bodyState'] as BodyState) : null;
  const strategies: StrategyUse[] = Array.isArray(d['strategies'])
    ? d['strategies'].flatMap((s: unknown) => {
        const u = s as Record<string, unknown> | null;
        const id = str(u?.['strategyId']);
        return id === null ? [] : [{ strategyId: id, name: str(u?.['name']) ?? '', helped: boolOrNull(u?.['helped']) }];
      })
    : [];
  const draft: MomentDraft = {
    trigger: str(d['trigger']) ?? '',
    intensity,
    bodyState,
    thought: str(d['thought']) ?? '',
    followedThought: boolOrNull(d['followedThought']),
    recognizedEarly: d['recognizedEarly'] === true,
    handledDifferently: d['handledDifferently'] === true,
    settledMinutes: str(d['settledMinutes']) ?? '',
    strategies,
    note: str(d['note']) ?? '',
    when: str(d['when']) ?? '',
  };
  return hasContent(draft) ? draft : null;
}

/** localStorage can be missing or refuse (private mode, full disk): the form then works as before, unkept. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function keptDraft(nowMs = Date.now()): MomentDraft | null {
  try {
    return draftFromStored(storage()?.getItem(KEY) ?? null, nowMs);
  } catch {
    return null;
  }
}

export function keepDraft(draft: MomentDraft, nowMs = Date.now()): void {
  try {
    if (!hasContent(draft)) storage()?.removeItem(KEY);
    else storage()?.setItem(KEY, JSON.stringify({ keptAtMs: nowMs, draft } satisfies Kept));
  } catch {
    // Storage full or refused: the form still holds what was typed until the page closes.
  }
}

export function dropDraft(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing was kept, or storage is refused: nothing to drop.
  }
}
