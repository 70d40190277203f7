/**
 * Who is using Headway and which crisis lines to show them. The crisis lines never
 * depend on the server answering: until it does (or if it can't), the built-in list for
 * the country Headway last named on this device, else for the browser's own locale.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PersonView } from '../../../src/contracts/toolkit.js';
import { countryFromLocale, crisisLinesFor, type CrisisLinesFor } from '../../../src/core/crisis-lines.js';
import { api, UNAUTHORIZED_EVENT } from './api.js';

/** GET /api/session (no contract schema exists for it yet). */
export interface SessionView {
  person: PersonView;
  crisis: CrisisLinesFor;
}

export interface Session {
  person: PersonView | null;
  crisis: CrisisLinesFor;
  /** The server no longer knows this browser (it restarted with a new key). */
  expired: boolean;
  loadError: unknown;
  updatePerson: (person: PersonView) => void;
}

/** The person's country as last told by Headway, kept so a lost session still shows their own lines. */
const COUNTRY_KEY = 'headway.country';

function keptCountry(): string | null {
  try {
    return localStorage.getItem(COUNTRY_KEY);
  } catch {
    return null;
  }
}

function keepCountry(country: string): void {
  try {
    localStorage.setItem(COUNTRY_KEY, country);
  } catch {
    // Storage off: a lost session then shows the lines for the browser's language.
  }
}

const fallback = (): CrisisLinesFor => crisisLinesFor(keptCountry() ?? countryFromLocale(navigator.language));

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [person, setPerson] = useState<PersonView | null>(null);
  const [crisis, setCrisis] = useState<CrisisLinesFor>(fallback);
  const [expired, setExpired] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  /** The country whose crisis lines are loaded, so they are fetched again only when it changes. */
  const country = useRef<string | null>(null);

  useEffect(() => {
    const onExpired = () => setExpired(true);
    window.addEventListener(UNAUTHORIZED_EVENT, onExpired);
    api.get<SessionView>('/api/session').then(
      (s) => {
        country.current = s.person.country;
        keepCountry(s.person.country);
        setPerson(s.person);
        setCrisis(s.crisis);
      },
      (error: unknown) => setLoadError(error),
    );
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onExpired);
  }, []);

  const updatePerson = useCallback((next: PersonView) => {
    setPerson(next);
    if (country.current === next.country) return;
    country.current = next.country;
    keepCountry(next.country);
    api.get<CrisisLinesFor>(`/api/crisis-lines?country=${encodeURIComponent(next.country)}`).then(
      setCrisis,
      () => setCrisis(crisisLinesFor(next.country)),
    );
  }, []);

  const value = useMemo(
    () => ({ person, crisis, expired, loadError, updatePerson }),
    [person, crisis, expired, loadError, updatePerson],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
