/**
 * Asked once, after a first questionnaire or a first practice named "Therapy session": the
 * day therapy began, so the summary can count change from there. Saving or "Not now" both
 * answer it for good; Settings can change it any time.
 */
import { useId, useState, type FormEvent } from 'react';
import type { PersonView } from '../../../../src/contracts/toolkit.js';
import { api } from '../../lib/api.js';
import { errorAt } from '../../lib/form.js';
import { href } from '../../lib/route.js';
import { useSession } from '../../lib/session.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { saveTherapyStart, startWords, THERAPY_FIELD } from './therapyStart.js';
import { TherapyStartField } from './TherapyStartField.js';
import './therapy.css';

type State = { at: 'asking' } | { at: 'saved'; day: string | null } | { at: 'skipped' };

export function AskTherapyStart() {
  const session = useSession();
  const headingId = useId();
  // Decided once, when shown: answering changes the session, and the answer must stay on screen.
  const [due] = useState(() => session.person !== null && !session.person.therapyStartAsked);
  const [state, setState] = useState<State>({ at: 'asking' });
  const [value, setValue] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const form = useSubmit();
  if (!due) return null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await saveTherapyStart(form, value, incomplete);
    if (saved === null) return;
    // An empty box saved is "I'd rather not say": the question is answered all the same.
    const answered = saved.therapyStartAsked ? saved : await api.patch<PersonView>('/api/person', { therapyStartAsked: true }).catch(() => saved);
    session.updatePerson(answered);
    setState({ at: 'saved', day: answered.therapyStartedOn });
  };
  const notNow = () => {
    setState({ at: 'skipped' });
    api.patch<PersonView>('/api/person', { therapyStartAsked: true }).then(session.updatePerson, () => undefined);
  };

  return (
    <section className="card ask-therapy" aria-labelledby={headingId}>
      <h2 id={headingId}>When did your therapy begin?</h2>
      {state.at === 'asking' && (
        <form ref={form.formRef} className="entry-form" noValidate onSubmit={onSubmit} aria-busy={form.busy}>
          <p>
            If you like, tell Headway the day. Your session summary can then show how things have changed since then, not only in the last
            few weeks. You can skip this, and change it later in Settings.
          </p>
          <FormProblems message={form.formError} details={[]} />
          <TherapyStartField
            value={value}
            onChange={(v, bad) => {
              setValue(v);
              setIncomplete(bad);
              form.clear(THERAPY_FIELD);
            }}
            error={errorAt(form.errors, THERAPY_FIELD)}
            hint="An approximate day is fine."
          />
          <div className="actions">
            <button type="submit" className="primary">
              Save the day
            </button>
            <button type="button" onClick={notNow}>
              Not now
            </button>
          </div>
        </form>
      )}
      {state.at === 'saved' && (
        <p role="status">
          {state.day === null ? 'Alright, nothing saved.' : `Saved: therapy began on ${startWords(state.day)}.`} You can change it in{' '}
          <a href={href({ page: 'settings' })}>Settings</a>.
        </p>
      )}
      {state.at === 'skipped' && (
        <p role="status">
          Alright, Headway won’t ask again. You can add the day any time in <a href={href({ page: 'settings' })}>Settings</a>.
        </p>
      )}
    </section>
  );
}
