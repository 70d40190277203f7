/** Log or edit a healing practice: what kind of work, for how long, and a note. */
import { useId, useState, type FormEvent } from 'react';
import { practiceCreateSchema, practiceUpdateSchema, type PracticeView } from '../../../../src/contracts/entries.js';
import { LIMITS, PRACTICE_KIND_SUGGESTIONS } from '../../../../src/core/vocabulary.js';
import { api } from '../../lib/api.js';
import { errorAt, numberOrNull, unplaced } from '../../lib/form.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { NumberField, TextArea, TextField, WhenField } from '../../lib/ui/fields.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { instantToInput, occurredAtFor } from '../../lib/when.js';
import { FormActions } from '../../lib/ui/FormActions.js';

const FIELDS = ['kind', 'minutes', 'note', 'occurredAt'];

interface Draft {
  kind: string;
  minutes: string;
  note: string;
  when: string;
}

function draftFrom(p?: PracticeView): Draft {
  if (!p) return { kind: '', minutes: '', note: '', when: '' };
  return { kind: p.kind, minutes: p.minutes === null ? '' : String(p.minutes), note: p.note ?? '', when: instantToInput(p.occurredAt) };
}

interface Props {
  initial?: PracticeView;
  onSaved: (practice: PracticeView) => void;
  onCancel?: () => void;
}

export function PracticeForm({ initial, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(initial));
  const listId = useId();
  const form = useSubmit();
  const { errors } = form;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clear(key === 'when' ? 'occurredAt' : key);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = { kind: draft.kind, minutes: numberOrNull(draft.minutes), note: draft.note };
    const occurredAt = occurredAtFor(draft.when, initial?.occurredAt);
    if (occurredAt !== undefined) body['occurredAt'] = occurredAt;
    const early = draft.kind.trim() === '' ? { kind: 'Pick or type what you did.' } : {};
    const saved = await form.submit(
      initial ? practiceUpdateSchema : practiceCreateSchema,
      body,
      () =>
        initial ? api.patch<PracticeView>(`/api/practices/${initial.id}`, body) : api.post<PracticeView>('/api/practices', body),
      early,
    );
    if (saved !== null) onSaved(saved);
  };

  const chosen = draft.kind.trim().toLowerCase();
  return (
    <form ref={form.formRef} className="entry-form" noValidate onSubmit={onSubmit} aria-busy={form.busy}>
      <FormProblems message={form.formError} details={unplaced(errors, FIELDS)} />
      <TextField
        label="What kind of practice"
        hint="Tap a suggestion or use your own words."
        value={draft.kind}
        onChange={(v) => set('kind', v)}
        list={listId}
        maxLength={LIMITS.nameChars}
        error={errorAt(errors, 'kind')}
      />
      <datalist id={listId}>
        {PRACTICE_KIND_SUGGESTIONS.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <div className="chips" role="group" aria-label="Suggestions">
        {PRACTICE_KIND_SUGGESTIONS.map((k) => (
          <button key={k} type="button" className="chip" aria-pressed={k.toLowerCase() === chosen} onClick={() => set('kind', k)}>
            {k}
          </button>
        ))}
      </div>
      <NumberField
        label="How long"
        value={draft.minutes}
        onChange={(v) => set('minutes', v)}
        min={0}
        max={LIMITS.practiceMinutesMax}
        unit="minutes"
        error={errorAt(errors, 'minutes')}
        optional
      />
      <TextArea
        label="Note"
        hint="What came up, what you noticed."
        value={draft.note}
        onChange={(v) => set('note', v)}
        maxLength={LIMITS.noteChars}
        error={errorAt(errors, 'note')}
        optional
      />
      <WhenField value={draft.when} onChange={(v) => set('when', v)} error={errorAt(errors, 'occurredAt')} editing={initial !== undefined} />
      <FormActions saveLabel="Save practice" editing={initial !== undefined} onCancel={onCancel} />
    </form>
  );
}
