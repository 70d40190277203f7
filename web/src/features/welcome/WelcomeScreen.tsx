/**
 * The one calm first-start screen: what coping and healing mean here, that everything stays
 * on this computer, and the country for the crisis lines — guessed from the browser, but
 * asked. "Continue" saves the country, "Skip for now" keeps the guess; either way the screen
 * is not shown again. The "I need help now" button stays in the header above it.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { crisisLinesFor } from '../../../../src/core/crisis-lines.js';
import type { PersonView } from '../../../../src/contracts/toolkit.js';
import { welcomeSchema, type Welcome } from '../../../../src/contracts/welcome.js';
import { api } from '../../lib/api.js';
import { errorAt, sentence } from '../../lib/form.js';
import { countryName } from '../../lib/labels.js';
import { href } from '../../lib/route.js';
import { useSession } from '../../lib/session.js';
import { describedBy } from '../../lib/ui/fields.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { countryChoices } from './countries.js';
import './welcome.css';

/** What the help page will list for `country`: the emergency number first, then the named lines. */
function linesInWords(country: string): string {
  const { lines, exact } = crisisLinesFor(country);
  if (!exact) {
    return `Headway has no list for ${countryName(country)} yet, so it will show how to reach your local emergency number and an international directory of helplines.`;
  }
  // Semicolons: some names hold a comma ("NHS 111, mental health option").
  const names = lines.filter((l) => !l.emergency).map((l) => l.service);
  return `You will see the emergency number first, then ${names.length === 1 ? '1 line' : `${names.length} lines`}: ${names.join('; ')}.`;
}

export function WelcomeScreen() {
  const session = useSession();
  const guess = session.person?.country ?? session.crisis.shownFor;
  const [country, setCountry] = useState(guess);
  const choices = useMemo(() => countryChoices(guess), [guess]);
  const form = useSubmit();
  const id = useId();
  const error = errorAt(form.errors, 'country');

  const send = async (body: Welcome) => {
    const saved = await form.submit(welcomeSchema, body, () => api.post<PersonView>('/api/person/welcome', body));
    if (saved !== null) session.updatePerson(saved);
  };
  const onContinue = (event: FormEvent) => {
    event.preventDefault();
    void send({ choice: 'continue', country });
  };

  return (
    <section className="welcome" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} tabIndex={-1}>
        Welcome to Headway
      </h1>
      <p className="lead">
        Coping is what gets you through a hard moment; healing is what, over weeks, makes those moments come less often or
        hurt less. Headway keeps a record of both, so you and your therapist can see progress you may not feel yet.
      </p>
      <p className="lead">Everything you write stays on this computer: there is no account, and nothing is sent anywhere.</p>

      <form ref={form.formRef} className="entry-form welcome-form" noValidate onSubmit={onContinue}>
        <h2>Your crisis lines</h2>
        <p>
          If things ever feel like too much, the “I need help now” button at the top of every page lists crisis lines.
          Which country should they be for?
        </p>
        <FormProblems message={form.formError} />
        <div className={`field${error !== undefined ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-country`}>Your country</label>
          <p id={`${id}-hint`} className="hint">
            Headway guessed {countryName(guess)} from this computer’s settings. Please check it.
          </p>
          <select
            id={`${id}-country`}
            value={country}
            onChange={(e) => {
              setCountry(e.target.value);
              form.clear('country');
            }}
            aria-describedby={describedBy(`${id}-hint`, error !== undefined ? `${id}-error` : null)}
            aria-invalid={error !== undefined ? true : undefined}
          >
            <optgroup label="Countries with their own crisis lines">
              {choices.covered.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Another country">
              {choices.others.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          </select>
          {error !== undefined && (
            <p id={`${id}-error`} className="field-error">
              {sentence('Your country', error)}
            </p>
          )}
          <p className="welcome-preview" aria-live="polite">
            {linesInWords(country)}
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            Continue
          </button>
          <button type="button" className="quiet" disabled={form.busy} onClick={() => void send({ choice: 'skip' })}>
            Skip for now
          </button>
        </div>
        <p className="hint">
          Skipping keeps {countryName(guess)}. You can change the country at any time in Settings.
        </p>
      </form>
      <p className="small welcome-help">
        Need someone to talk to right now? <a href={href({ page: 'safety' })}>Open the crisis lines</a>.
      </p>
    </section>
  );
}
