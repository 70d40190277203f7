/** What the import screen says below a problem list the server cut short. */
import { describe, expect, it } from 'vitest';
import { moreProblemsWords } from '../../web/src/features/settings/importWords.js';

describe('the words below a cut-short problem list', () => {
  it('say how many more problems there are, and that the journal is unchanged', () => {
    expect(moreProblemsWords(100, 14_000_000)).toBe('…and 13,999,900 more like these, not listed here. Nothing was imported, so your journal is just as it was.');
  });

  it('say nothing when every problem is listed', () => {
    expect(moreProblemsWords(3, 3)).toBeNull();
    expect(moreProblemsWords(3, undefined)).toBeNull();
  });
});
