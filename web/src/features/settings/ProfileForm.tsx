/** The person's name (for greetings only) and country (which crisis lines to show). */
import { useState, type FormEvent } from 'react';
import { personUpdateSchema, type PersonView } from '../../../../src/contracts/toolkit.js';
import { CRISIS_COUNTRIES } from '../../../../src/core/crisis-lines.js';
import { api } from '../../lib/api.js';
import { errorAt, unplaced } from '../../lib/form.js';
import { countryOption } from '../../lib/labels.js';
import { useSession } from '../../lib/session.js';
import { useToast } from '../../lib/toast.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { SelectField, TextField } from '../../lib/ui/fields.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';

const OTHER = 'other';
const KNOWN: readonly string[] = CRISIS_COUNTRIES;
// By name (29 countries in the data's order are hard to scan), then the two "another" choices.
const COUNTRY_OPTIONS = [
  ...CRISIS_COUNTRIES.filter((c) => c !== 'EU')
    .map((c) => ({ value: c, label: countryOption(c) }))
    .sort((a, b) => a.label.localeCompare(b.label)),
  { value: 'EU', label: countryOption('EU') },
  { value: OTHER, label: 'Another country…' },
];

export function ProfileForm({ person }: { person: PersonView }) {
  const session = useSession();
  const toast = useToast();
  const [displayName, setDisplayName] = useState(person.displayName);
  const [choice, setChoice] = useState(KNOWN.includes(person.country) ? person.country : OTHER);
  const [otherCode, setOtherCode] = useState(KNOWN.includes(person.country) ? '' : person.country);
  const form = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { displayName, country: choice === OTHER ? otherCode.trim() : choice };
    const saved = await form.submit(personUpdateSchema, body, () => api.patch<PersonView>('/api/person', body));
    if (saved === null) return;
    session.updatePerson(saved);
    toast({ message: 'Settings saved.' });
  };

  return (
    <form ref={form.formRef} className="entry-form" noValidate onSubmit={onSubmit}>
      <FormProblems message={form.formError} details={unplaced(form.errors, ['displayName', 'country'])} />
      <TextField
        label="Your name"
        hint="Only used to greet you. Leave it empty if you like."
        value={displayName}
        onChange={setDisplayName}
        maxLength={80}
        autoComplete="given-name"
        error={errorAt(form.errors, 'displayName')}
        optional
      />
      <SelectField
        label="Country"
        hint="Decides which crisis lines Headway shows you."
        value={choice}
        onChange={setChoice}
        options={COUNTRY_OPTIONS}
        error={choice === OTHER ? undefined : errorAt(form.errors, 'country')}
      />
      {choice === OTHER && (
        <TextField
          label="Country code"
          hint="Two letters, like FR, DE or JP."
          value={otherCode}
          onChange={(v) => setOtherCode(v.toUpperCase())}
          maxLength={2}
          autoComplete="country"
          error={errorAt(form.errors, 'country')}
        />
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Save settings
        </button>
      </div>
    </form>
  );
}
