/**
 * Renaming a trigger. A name another trigger already has is refused beside the field, with
 * that trigger's name and one button to merge into it instead (the server names it in
 * `error.existing`), so a typo never has to stay.
 */
import { useState, type FormEvent } from 'react';
import { triggerRenameSchema, type TriggerView } from '../../../../src/contracts/toolkit.js';
import { LIMITS } from '../../../../src/core/vocabulary.js';
import { api, ApiError } from '../../lib/api.js';
import { errorAt } from '../../lib/form.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { TextField } from '../../lib/ui/fields.js';

interface Props {
  trigger: TriggerView;
  onRenamed: (t: TriggerView) => void;
  onMerge: (into: { id: string; name: string }) => void;
  onCancel: () => void;
}

export function TriggerRename({ trigger, onRenamed, onMerge, onCancel }: Props) {
  const [name, setName] = useState(trigger.name);
  const [taken, setTaken] = useState<{ id: string; name: string } | null>(null);
  const form = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTaken(null);
    const saved = await form.submit(triggerRenameSchema, { name }, async () => {
      try {
        return await api.patch<TriggerView>(`/api/triggers/${trigger.id}`, { name });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'name_taken' && error.existing) setTaken(error.existing);
        throw error;
      }
    });
    if (saved !== null) onRenamed(saved);
  };
  return (
    <form ref={form.formRef} className="inline-form" noValidate onSubmit={onSubmit}>
      <FormProblems message={form.formError} />
      <TextField
        label={`New name for “${trigger.name}”`}
        value={name}
        onChange={(v) => {
          setName(v);
          form.clear('name');
        }}
        maxLength={LIMITS.nameChars}
        error={errorAt(form.errors, 'name')}
      />
      {taken !== null && errorAt(form.errors, 'name') !== undefined && (
        <p className="actions">
          <button type="button" className="primary small-button" onClick={() => onMerge(taken)}>
            Merge into “{taken.name}”
          </button>
        </p>
      )}
      <div className="actions">
        <button type="submit" className={taken !== null ? 'secondary small-button' : 'primary small-button'}>
          Save name
        </button>
        <button type="button" className="secondary small-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
