/**
 * Moves keyboard focus to an element that a coming render will show (a restored entry, the
 * neighbour of a removed one), so an action never leaves focus at the top of the page.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function usePendingFocus(): (selector: string) => void {
  const pending = useRef<string | null>(null);
  const [, rerender] = useState(0);
  useEffect(() => {
    if (pending.current === null) return;
    const el = document.querySelector<HTMLElement>(pending.current);
    if (!el) return; // not shown yet: try again after the next render
    pending.current = null;
    el.focus();
    el.scrollIntoView({ block: 'nearest' });
  });
  return useCallback((selector: string) => {
    pending.current = selector;
    rerender((n) => n + 1);
  }, []);
}

/** The selector of an entry card's first action, by the entry's id. */
export const entryAction = (id: string): string => `[data-entry-id="${CSS.escape(id)}"] .entry-actions :is(a, button)`;
