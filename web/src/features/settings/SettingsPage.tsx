/** Settings: name and country, and the person's data — export it, or bring it in. */
import { api } from '../../lib/api.js';
import { useSession, type SessionView } from '../../lib/session.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { ExportSection } from './ExportSection.js';
import { ImportSection } from './ImportSection.js';
import { ProfileForm } from './ProfileForm.js';
import { TherapyStartForm } from '../therapy/TherapyStartForm.js';

export function SettingsPage() {
  const session = useSession();
  // An import into an empty journal brings the file's name and country along.
  const refresh = () => {
    api.get<SessionView>('/api/session').then(
      (s) => session.updatePerson(s.person),
      // Not fatal: the import result is already on screen, and the session notice covers a restart.
      () => undefined,
    );
  };
  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>
      <p className="lead">Everything stays on this computer. Nothing is sent anywhere unless you choose to share it.</p>
      <section className="card" aria-labelledby="you-heading">
        <h2 id="you-heading">You</h2>
        {session.person !== null ? (
          <>
            <ProfileForm key={`${session.person.displayName}|${session.person.country}`} person={session.person} />
            <TherapyStartForm key={session.person.therapyStartedOn ?? ''} person={session.person} />
          </>
        ) : session.loadError !== null ? (
          <LoadProblem error={session.loadError} onRetry={() => window.location.reload()} />
        ) : (
          <p className="muted">Loading…</p>
        )}
      </section>
      <ExportSection />
      <ImportSection onImported={refresh} />
    </>
  );
}
