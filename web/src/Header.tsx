/** The header on every page: the name, "I need help now", and the main sections. */
import { DueDot } from './DueDot.js';
import { href, navigate, type Route } from './lib/route.js';

const SECTIONS = [
  { label: 'Log', route: { page: 'log', kind: 'moments' }, pages: ['log'] },
  { label: 'Progress', route: { page: 'progress' }, pages: ['progress', 'summary'] },
  { label: 'Questionnaires', route: { page: 'measures' }, pages: ['measures', 'take', 'results'] },
  { label: 'History', route: { page: 'history' }, pages: ['history', 'deleted', 'edit'] },
  { label: 'Toolkit', route: { page: 'toolkit' }, pages: ['toolkit'] },
  { label: 'Settings', route: { page: 'settings' }, pages: ['settings'] },
] as const satisfies ReadonlyArray<{ label: string; route: Route; pages: ReadonlyArray<Route['page']> }>;

export function Header({ route }: { route: Route }) {
  return (
    <header className="top">
      <div className="top-inner">
        <a className="brand" href={href({ page: 'log', kind: 'moments' })}>
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
            <rect width="32" height="32" rx="8" className="brand-mark" />
            <path d="M8 22c4-1 6-4 8-8s5-6 8-6" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
          </svg>
          Headway
        </a>
        <button
          type="button"
          className="help-now"
          aria-current={route.page === 'safety' ? 'page' : undefined}
          onClick={() => {
            if (route.page === 'safety' && route.edit !== true) document.querySelector<HTMLElement>('#main h1')?.focus();
            else navigate({ page: 'safety' });
          }}
        >
          I need help now
        </button>
        <nav className="sections" aria-label="Main">
          {SECTIONS.map((s) => (
            <a
              key={s.label}
              href={href(s.route)}
              aria-current={(s.pages as ReadonlyArray<Route['page']>).includes(route.page) ? 'page' : undefined}
            >
              {s.label}
              {s.label === 'Questionnaires' && <DueDot refreshKey={route.page} />}
            </a>
          ))}
        </nav>
      </div>
    </header>
  );
}
