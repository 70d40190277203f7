/**
 * Keyboard rules for the moment form, kept pure so they can be tested without a browser.
 * - A chip group is one Tab stop; arrow keys move within it (WAI-ARIA Authoring Practices,
 *   "roving tabindex" in radio groups and toolbars): Right/Down next, Left/Up previous,
 *   both wrapping, Home first, End last.
 * - Number keys set intensity: 0–9 at once, and "1" then "0" within a moment means 10.
 */

/** The index focus moves to for `key` in a group of `count`, or null when the key is not a move. */
export function rovingIndex(current: number, key: string, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** How long after "1" a "0" still makes 10, in milliseconds (about one relaxed keystroke pair). */
export const TEN_WINDOW_MS = 1000;

export interface DigitPress {
  digit: number;
  atMs: number;
}

/**
 * The intensity a key sets, given the previous digit pressed (if any) and when: a digit
 * sets itself; "0" right after "1" sets 10. Null for keys that are not digits.
 */
export function intensityForKey(key: string, previous: DigitPress | null, nowMs: number): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  const digit = Number(key);
  if (digit === 0 && previous?.digit === 1 && nowMs - previous.atMs <= TEN_WINDOW_MS) return 10;
  return digit;
}
