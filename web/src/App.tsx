/** The shell: header, the page for the current route, and the calm notice when the session ended. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { DeletedPage } from './features/history/DeletedPage.js';
import { EditPage } from './features/history/EditPage.js';
import { HistoryPage } from './features/history/HistoryPage.js';
import { LogPage } from './features/log/LogPage.js';
import { MeasuresPage } from './features/measures/MeasuresPage.js';
import { TakePage } from './features/measures/TakePage.js';
import { keptPlan } from './features/safety/planCache.js';
import { SafetyPage } from './features/safety/SafetyPage.js';
import { SettingsPage } from './features/settings/SettingsPage.js';
import { ToolkitPage } from './features/toolkit/ToolkitPage.js';
import { useWelcomeDue } from './features/welcome/useWelcome.js';
import { WelcomeScreen } from './features/welcome/WelcomeScreen.js';
import { Header } from './Header.js';
import { ApiError } from './lib/api.js';
import { RECONNECT_STEPS, RESTARTED_MESSAGE } from './lib/friendly.js';
import { href, parseHash, useHash, type Route } from './lib/route.js';
import { SessionProvider, useSession } from './lib/session.js';
import { ToastProvider } from './lib/toast.js';

// The charts (Observable Plot) load only when a person opens Progress or the summary.
const ProgressPage = lazy(() => import('./features/progress/ProgressPage.js').then((m) => ({ default: m.ProgressPage })));
const SummaryPage = lazy(() => import('./features/summary/SummaryPage.js').then((m) => ({ default: m.SummaryPage })));
const ResultsPage = lazy(() => import('./features/measures/results/ResultsPage.js').then((m) => ({ default: m.ResultsPage })));

const TITLES: Record<Route['page'], string> = {
  log: 'Log',
  progress: 'Progress',
  summary: 'Session summary',
  history: 'History',
  deleted: 'Recently deleted',
  edit: 'Edit',
  measures: 'Questionnaires',
  take: 'Questionnaire',
  results: 'Questionnaire results',
  toolkit: 'Toolkit',
  safety: 'Help and my safety plan',
  settings: 'Settings',
};

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'log':
      return <LogPage kind={route.kind} />;
    case 'progress':
      return <ProgressPage />;
    case 'summary':
      return <SummaryPage />;
    case 'history':
      return <HistoryPage />;
    case 'deleted':
      return <DeletedPage />;
    case 'edit':
      return <EditPage key={route.id} kind={route.kind} id={route.id} />;
    case 'measures':
      return <MeasuresPage />;
    case 'take':
      return <TakePage key={route.instrument} instrument={route.instrument} />;
    case 'results':
      return <ResultsPage key={route.instrument} instrument={route.instrument} />;
    case 'toolkit':
      return <ToolkitPage />;
    case 'safety':
      return <SafetyPage edit={route.edit === true} />;
    case 'settings':
      return <SettingsPage />;
  }
}

/**
 * The session ended (Headway restarted, a bookmark, another browser): what happened and
 * what to do. Not above the crisis lines on the help page: its plan section says the same.
 */
function SessionNotice({ route }: { route: Route }) {
  const { expired, loadError } = useSession();
  const unauthorized = loadError instanceof ApiError && loadError.code === 'unauthorized';
  if ((!expired && !unauthorized) || (route.page === 'safety' && route.edit !== true)) return null;
  return (
    <div className="session-notice" role="alert">
      <p>{RESTARTED_MESSAGE}</p>
      <p>{RECONNECT_STEPS}</p>
      <p className="small">
        The crisis lines under “I need help now” still work{keptPlan() !== null ? ', with your safety plan as this device last saw it.' : '.'}
      </p>
    </div>
  );
}

function Shell() {
  const hash = useHash();
  const route = parseHash(hash);
  const firstRender = useRef(true);

  // The help page became the safety plan page: an old "#/help" link or bookmark lands there.
  useEffect(() => {
    if (/^#\/?help\/?$/.test(hash)) window.history.replaceState(null, '', href({ page: 'safety' }));
  }, [hash]);

  useEffect(() => {
    document.title = `${route.page === 'safety' && route.edit === true ? 'Edit my safety plan' : TITLES[route.page]} — Headway`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A new page: start reading (and tabbing) from its heading, as after a page load.
    window.scrollTo(0, 0);
    const main = document.getElementById('main');
    // While a lazy page loads, React keeps the previous page mounted but hidden: skip its heading.
    const heading = () => [...(main?.querySelectorAll<HTMLElement>('h1') ?? [])].find((h) => h.offsetParent !== null) ?? null;
    const now = heading();
    if (now !== null || main === null) {
      now?.focus();
      return;
    }
    // A lazily loaded page (Progress, the summary) brings its heading a moment later.
    const arrival = new MutationObserver(() => {
      const h1 = heading();
      if (h1 === null) return;
      arrival.disconnect();
      h1.focus();
    });
    arrival.observe(main, { childList: true, subtree: true });
    return () => arrival.disconnect();
  }, [hash, route.page]);
  // After the title effect above, so the first-start screen's title wins while it shows.
  const welcomeDue = useWelcomeDue(route.page);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <Header route={route} />
      <SessionNotice route={route} />
      <main id="main" tabIndex={-1}>
        {welcomeDue ? (
          <WelcomeScreen />
        ) : (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Page route={route} />
          </Suspense>
        )}
      </main>
      <footer className="foot">
        <p>Private by default: your journal stays on this computer. Headway informs; it does not diagnose.</p>
      </footer>
    </>
  );
}

export function App() {
  return (
    <SessionProvider>
      <ToastProvider>
        <Shell />
      </ToastProvider>
    </SessionProvider>
  );
}
