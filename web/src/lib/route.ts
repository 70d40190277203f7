/** Hash routes ("#/history"), so the server only ever serves one page and links still work. */
import { useSyncExternalStore } from 'react';
import { INSTRUMENT_IDS, type InstrumentId } from '../../../src/core/measures/instrument.js';
import { ENTRY_KINDS, type EntryKind } from '../../../src/core/vocabulary.js';

export type Route =
  | { page: 'log'; kind: EntryKind }
  | { page: 'progress' }
  | { page: 'summary' }
  | { page: 'history' }
  | { page: 'deleted' }
  | { page: 'edit'; kind: EntryKind; id: string }
  | { page: 'measures' }
  | { page: 'take'; instrument: InstrumentId }
  | { page: 'results'; instrument: InstrumentId }
  | { page: 'toolkit' }
  | { page: 'safety'; edit?: true }
  | { page: 'settings' };

const isKind = (s: string | undefined): s is EntryKind => ENTRY_KINDS.includes(s as EntryKind);
const isInstrument = (s: string | undefined): s is InstrumentId => INSTRUMENT_IDS.includes(s as InstrumentId);

/** The address of the safety plan; "#/help" (its address before the plan existed) still leads there. */
const SAFETY_PATHS = ['safety-plan', 'help'];

function questionnaires(a: string | undefined, b: string | undefined): Route {
  let id: string | undefined;
  try {
    id = a === undefined ? undefined : decodeURIComponent(a);
  } catch {
    // A mangled link (e.g. "%E0") must not take the app, and its help button, down.
    id = undefined;
  }
  if (!isInstrument(id)) return { page: 'measures' };
  return b === 'take' ? { page: 'take', instrument: id } : { page: 'results', instrument: id };
}

export function parseHash(hash: string): Route {
  const [page = '', a, b] = hash.replace(/^#\/?/, '').split('/');
  if (page === 'history') return a === 'deleted' ? { page: 'deleted' } : { page: 'history' };
  if (page === 'edit') return isKind(a) && b !== undefined && b !== '' ? { page: 'edit', kind: a, id: b } : { page: 'history' };
  if (page === 'questionnaires') return questionnaires(a, b);
  if (SAFETY_PATHS.includes(page)) return a === 'edit' ? { page: 'safety', edit: true } : { page: 'safety' };
  if (page === 'progress' || page === 'summary' || page === 'toolkit' || page === 'settings') return { page };
  return { page: 'log', kind: isKind(a) ? a : 'moments' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'log':
      return `#/log/${route.kind}`;
    case 'deleted':
      return '#/history/deleted';
    case 'edit':
      return `#/edit/${route.kind}/${route.id}`;
    case 'measures':
      return '#/questionnaires';
    case 'take':
      return `#/questionnaires/${route.instrument}/take`;
    case 'results':
      return `#/questionnaires/${route.instrument}`;
    case 'safety':
      return route.edit === true ? '#/safety-plan/edit' : '#/safety-plan';
    case 'progress':
    case 'summary':
    case 'history':
    case 'toolkit':
    case 'settings':
      return `#/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current hash; components re-render when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
