/**
 * Bring in a Headway export. Nothing is written unless the whole file is fine; when it
 * is not, the problems are listed with where in the file each is (the first 100, and how
 * many more there are).
 */
import { useId, useState, type FormEvent } from 'react';
import type { Problem } from '../../../../src/contracts/errors.js';
import type { ImportResult } from '../../../../src/contracts/export-format.js';
import { api, ApiError } from '../../lib/api.js';
import { friendlyError } from '../../lib/friendly.js';
import { count } from '../../../../src/core/words/plural.js';
import { moreProblemsWords } from './importWords.js';

type Outcome = { ok: true; result?: ImportResult; fhir?: FhirImportResult } | { ok: false; message: string; problems: Problem[]; more: string | null };

function addedWords(r: ImportResult): string {
  const a = r.added;
  const parts = [
    [a.moments, 'moment', 'moments'],
    [a.checkins, 'check-in', 'check-ins'],
    [a.practices, 'healing practice', 'healing practices'],
    [a.shifts, 'shift', 'shifts'],
    [a.toolkit, 'strategy', 'strategies'],
    [a.triggers, 'trigger', 'triggers'],
    [a.measures, 'questionnaire result', 'questionnaire results'],
    [a.schedules, 'reminder rhythm', 'reminder rhythms'],
  ] as const;
  const added = parts.filter(([n]) => n > 0).map(([n, one, many]) => count(n, one, many));
  const plan = r.safetyPlan === 'replaced' ? ' Your safety plan came from the file.' : '';
  return added.length === 0 ? `Nothing new to add.${plan}` : `Added ${added.join(', ')}.${plan}`;
}

interface FhirImportResult {
  added: number;
  alreadyPresent: number;
  withCriticalAnswers: number;
}

function fhirWords(r: FhirImportResult): string {
  const added = r.added === 0 ? 'No new questionnaire results.' : `Added ${count(r.added, 'questionnaire result', 'questionnaire results')}.`;
  const already = r.alreadyPresent > 0 ? ` ${count(r.alreadyPresent, 'was', 'were')} already here.` : '';
  const care = r.withCriticalAnswers > 0 ? ' Some answers in them are worth talking over with someone you trust; your safety plan is under “I need help now”.' : '';
  return `${added}${already}${care}`;
}

export function ImportSection({ onImported }: { onImported: () => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (file === null) {
      setOutcome({ ok: false, message: 'Choose a file first.', problems: [], more: null });
      return;
    }
    setBusy(true);
    try {
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        setOutcome({ ok: false, message: "This file isn't a Headway export: it isn't JSON.", problems: [], more: null });
        return;
      }
      // A FHIR resource (QuestionnaireResponse or Bundle) from a clinic goes to the FHIR import.
      if (typeof data === 'object' && data !== null && 'resourceType' in data) {
        const fhir = await api.post<FhirImportResult>('/api/fhir/import', data);
        setOutcome({ ok: true, fhir });
      } else {
        const result = await api.post<ImportResult>('/api/import', data);
        setOutcome({ ok: true, result });
      }
      onImported();
    } catch (error) {
      const problems = error instanceof ApiError ? error.problems : [];
      const more = error instanceof ApiError ? moreProblemsWords(problems.length, error.problemCount) : null;
      setOutcome({ ok: false, message: friendlyError(error), problems, more });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p>
        Bring in a file exported from Headway, or questionnaire results from a clinic as FHIR R4. What is already here is
        left as it is, so importing the same file twice adds nothing.
      </p>
      <form className="entry-form" noValidate onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={id}>File</label>
          <input
            id={id}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
        </div>
        <div className="actions">
          <button type="submit" className="secondary" aria-busy={busy}>
            Import
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {outcome?.ok === true && outcome.fhir !== undefined && (
          <div className="notice success">
            <p>{fhirWords(outcome.fhir)}</p>
          </div>
        )}
        {outcome?.ok === true && outcome.result !== undefined && (
          <div className="notice success">
            <p>{addedWords(outcome.result)}</p>
            {outcome.result.alreadyPresent > 0 && (
              <p>{count(outcome.result.alreadyPresent, 'entry was', 'entries were')} already here and left as they are.</p>
            )}
            {outcome.result.replacedToolkit && (
              <p>Your journal was empty, so the file&apos;s toolkit, triggers and settings replaced the starting ones.</p>
            )}
          </div>
        )}
        {outcome?.ok === false && (
          <div className="notice problem" role="alert">
            <p>{outcome.message}</p>
            {outcome.problems.length > 0 && (
              <ul className="problems">
                {outcome.problems.map((p, i) => (
                  <li key={`${p.path}-${i}`}>
                    <code>{p.path}</code>: {p.message}
                  </li>
                ))}
              </ul>
            )}
            {outcome.more !== null && <p className="muted">{outcome.more}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
