/**
 * A moment's draft read back from the browser's storage (web/src/features/moments/
 * draftStore.ts): what was typed comes back whole; anything damaged, foreign or older
 * than a day does not, and an untouched form is not a draft.
 */
import { describe, expect, it } from 'vitest';
import { draftFromStored, hasContent, KEEP_MS } from '../../web/src/features/moments/draftStore.js';
import { emptyMoment, type MomentDraft } from '../../web/src/features/moments/momentDraft.js';

const typed: MomentDraft = {
  ...emptyMoment,
  trigger: 'A crowded train',
  intensity: 7,
  bodyState: 'hyper',
  settledMinutes: '10',
  strategies: [{ strategyId: 's1', name: 'Slow breathing', helped: true }],
  note: 'Stood by the door.',
};
const stored = (draft: unknown, keptAtMs = 1000) => JSON.stringify({ keptAtMs, draft });

describe('a kept moment draft', () => {
  it('comes back as it was typed', () => {
    expect(draftFromStored(stored(typed), 1000 + 60_000)).toEqual(typed);
  });

  it('is forgotten after a day', () => {
    expect(draftFromStored(stored(typed), 1000 + KEEP_MS)).toEqual(typed);
    expect(draftFromStored(stored(typed), 1000 + KEEP_MS + 1)).toBeNull();
  });

  it('is nothing when nothing was typed, or the stored text is not a draft', () => {
    expect(hasContent(emptyMoment)).toBe(false);
    expect(draftFromStored(stored(emptyMoment), 1000)).toBeNull();
    for (const raw of [null, '', 'not json', 'null', '[]', '{"keptAtMs":"x","draft":{}}', JSON.stringify({ keptAtMs: 1000 })]) {
      expect(draftFromStored(raw, 1000)).toBeNull();
    }
  });

  it('keeps only well-formed values, field by field', () => {
    const odd = { ...typed, intensity: 11, bodyState: 'asleep', recognizedEarly: 'yes', strategies: [{ strategyId: 5 }, { strategyId: 's2', helped: 'maybe' }] };
    expect(draftFromStored(stored(odd), 1000)).toEqual({
      ...typed,
      intensity: null,
      bodyState: null,
      recognizedEarly: false,
      strategies: [{ strategyId: 's2', name: '', helped: null }],
    });
  });
});
