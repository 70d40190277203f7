/**
 * Whether the first-start screen is due: only once the person is known and has neither
 * finished nor skipped it. Never on the help page, so "I need help now" always works.
 * While it shows, the tab is titled "Welcome"; when it closes, the page's own title comes
 * back and reading (and tabbing) starts again at the page's heading.
 *
 * Call it after the shell's own title effect: effects run in order, so this one wins.
 */
import { useEffect, useRef } from 'react';
import type { Route } from '../../lib/route.js';
import { useSession } from '../../lib/session.js';

export function useWelcomeDue(page: Route['page']): boolean {
  const { person } = useSession();
  const due = person !== null && !person.welcomed && page !== 'safety';
  const pageTitle = useRef<string | null>(null);
  useEffect(() => {
    if (due) {
      pageTitle.current = document.title;
      document.title = 'Welcome — Headway';
    } else if (pageTitle.current !== null) {
      document.title = pageTitle.current;
      pageTitle.current = null;
      document.querySelector<HTMLElement>('#main h1')?.focus();
    }
  }, [due, page]);
  return due;
}
