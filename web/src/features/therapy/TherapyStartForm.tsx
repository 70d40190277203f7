/** Settings: the day therapy began, which the session summary counts change from. */
import { useState, type FormEvent } from 'react';
import type { PersonView } from '../../../../src/contracts/toolkit.js';
import { errorAt, unplaced } from '../../lib/form.js';
import { useSession } from '../../lib/session.js';
import { useToast } from '../../lib/toast.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { saveTherapyStart, startWords, THERAPY_FIELD } from './therapyStart.js';
import { TherapyStartField } from './TherapyStartField.js';
import './therapy.css';

export function TherapyStartForm({ person }: { person: PersonView }) {
  const session = useSession();
  const toast = useToast();
  const [value, setValue] = useState(person.therapyStartedOn ?? '');
  const [incomplete, setIncomplete] = useState(false);
  const form = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await saveTherapyStart(form, value, incomplete);
    if (saved === null) return;
    session.updatePerson(saved);
    toast({ message: saved.therapyStartedOn === null ? 'The day therapy began is cleared.' : `Saved: therapy began on ${startWords(saved.therapyStartedOn)}.` });
  };

  return (
    <form ref={form.formRef} className="entry-form therapy-start-form" noValidate onSubmit={onSubmit} aria-busy={form.busy}>
      <FormProblems message={form.formError} details={unplaced(form.errors, [THERAPY_FIELD])} />
      <TherapyStartField
        value={value}
        onChange={(v, bad) => {
          setValue(v);
          setIncomplete(bad);
          form.clear(THERAPY_FIELD);
        }}
        error={errorAt(form.errors, THERAPY_FIELD)}
        hint="The session summary can then show how things have changed since then. Leave it empty if you would rather not say."
      />
      <div className="actions">
        <button type="submit" className="primary">
          Save the day therapy began
        </button>
      </div>
    </form>
  );
}
