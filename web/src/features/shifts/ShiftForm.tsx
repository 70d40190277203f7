/** Log or edit a shift: a sign of change the person noticed, from the list or in their own words. */
import { useState, type FormEvent } from 'react';
import { shiftCreateSchema, shiftUpdateSchema, type ShiftView } from '../../../../src/contracts/entries.js';
import { LIMITS, SHIFT_KINDS, SHIFT_KIND_LABELS, type ShiftKind } from '../../../../src/core/vocabulary.js';
import { api } from '../../lib/api.js';
import { errorAt, unplaced } from '../../lib/form.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { ChoiceGroup, type Choice } from '../../lib/ui/choices.js';
import { TextArea, WhenField } from '../../lib/ui/fields.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { instantToInput, occurredAtFor } from '../../lib/when.js';
import { FormActions } from '../../lib/ui/FormActions.js';

const KINDS: ReadonlyArray<Choice<ShiftKind>> = SHIFT_KINDS.map((k) => ({ value: k, label: SHIFT_KIND_LABELS[k] }));
const FIELDS = ['kind', 'note', 'occurredAt'];

interface Draft {
  kind: ShiftKind | null;
  note: string;
  when: string;
}

interface Props {
  initial?: ShiftView;
  onSaved: (shift: ShiftView) => void;
  onCancel?: () => void;
}

export function ShiftForm({ initial, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(() =>
    initial ? { kind: initial.kind, note: initial.note ?? '', when: instantToInput(initial.occurredAt) } : { kind: null, note: '', when: '' },
  );
  const form = useSubmit();
  const { errors } = form;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clear(key === 'when' ? 'occurredAt' : key);
  };
  const ownWords = draft.kind === 'own-words';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = { kind: draft.kind ?? undefined, note: draft.note };
    const occurredAt = occurredAtFor(draft.when, initial?.occurredAt);
    if (occurredAt !== undefined) body['occurredAt'] = occurredAt;
    const early: Record<string, string> = {};
    if (draft.kind === null) early['kind'] = 'Choose what shifted, or pick "In my own words".';
    if (ownWords && draft.note.trim() === '') early['note'] = 'Write what shifted — a few words are enough.';
    const saved = await form.submit(
      initial ? shiftUpdateSchema : shiftCreateSchema,
      body,
      () => (initial ? api.patch<ShiftView>(`/api/shifts/${initial.id}`, body) : api.post<ShiftView>('/api/shifts', body)),
      early,
    );
    if (saved !== null) onSaved(saved);
  };

  return (
    <form ref={form.formRef} className="entry-form" noValidate onSubmit={onSubmit} aria-busy={form.busy}>
      <FormProblems message={form.formError} details={unplaced(errors, FIELDS)} />
      <ChoiceGroup
        legend="What shifted?"
        hint="Healing often shows in small ways like these."
        options={KINDS}
        value={draft.kind}
        onChange={(v) => set('kind', v)}
        error={errorAt(errors, 'kind')}
        layout="list"
      />
      <TextArea
        label={ownWords ? 'In my own words' : 'Anything to add?'}
        hint={ownWords ? 'What did you notice?' : 'What happened, or how it felt.'}
        value={draft.note}
        onChange={(v) => set('note', v)}
        maxLength={LIMITS.noteChars}
        error={errorAt(errors, 'note')}
        optional={!ownWords}
      />
      <WhenField value={draft.when} onChange={(v) => set('when', v)} error={errorAt(errors, 'occurredAt')} editing={initial !== undefined} />
      <FormActions saveLabel="Save shift" editing={initial !== undefined} onCancel={onCancel} />
    </form>
  );
}
