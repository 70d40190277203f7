/** Hash routes ("#/history"), so the server only ever serves one page and links still work. */
import { useSyncExternalStore } from 'react';
import { ENTRY_KINDS, type EntryKind } from '../../../src/core/vocabulary.js';

export type Route =
  | { page: 'log'; kind: EntryKind }
  | { page: 'progress' }
  | { page: 'summary' }
  | { page: 'history' }
  | { page: 'deleted' }
  | { page: 'edit'; kind: EntryKind; id: string }
  | { page: 'toolkit' }
  | { page: 'help' }
  | { page: 'settings' };

const isKind = (s: string | undefined): s is EntryKind => ENTRY_KINDS.includes(s as EntryKind);

export function parseHash(hash: string): Route {
  const [page = '', a, b] = hash.replace(/^#\/?/, '').split('/');
  if (page === 'history') return a === 'deleted' ? { page: 'deleted' } : { page: 'history' };
  if (page === 'edit') return isKind(a) && b !== undefined && b !== '' ? { page: 'edit', kind: a, id: b } : { page: 'history' };
  if (page === 'progress' || page === 'summary' || page === 'toolkit' || page === 'help' || page === 'settings') return { page };
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
    case 'progress':
    case 'summary':
    case 'history':
    case 'toolkit':
    case 'help':
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
