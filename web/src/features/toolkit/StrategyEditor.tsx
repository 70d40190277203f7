/** Add a strategy to the toolkit, or change one's name, role or function. */
import { useState, type FormEvent } from 'react';
import {
  strategyCreateSchema,
  strategyUpdateSchema,
  type StrategyView,
} from '../../../../src/contracts/toolkit.js';
import { LIMITS, type StrategyFunction, type StrategyRole } from '../../../../src/core/vocabulary.js';
import { api } from '../../lib/api.js';
import { errorAt, unplaced } from '../../lib/form.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { SelectField, TextField } from '../../lib/ui/fields.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { FUNCTION_OPTIONS, ROLE_OPTIONS, ROLE_WORDS } from './roles.js';

interface Props {
  initial?: StrategyView;
  onDone: (strategy: StrategyView) => void;
  onCancel?: () => void;
}

export function StrategyEditor({ initial, onDone, onCancel }: Props) {
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState<StrategyRole>(initial?.role ?? 'coping');
  const [fn, setFn] = useState<StrategyFunction>(initial?.function ?? 'soothe');
  const form = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { name, role, function: fn };
    const early = name.trim() === '' ? { name: 'Give it a name — a few words are enough.' } : {};
    const saved = await form.submit(
      initial ? strategyUpdateSchema : strategyCreateSchema,
      body,
      () => (initial ? api.patch<StrategyView>(`/api/toolkit/${initial.id}`, body) : api.post<StrategyView>('/api/toolkit', body)),
      early,
    );
    if (saved === null) return;
    if (!initial) {
      setName('');
    }
    onDone(saved);
  };

  return (
    <form ref={form.formRef} className="strategy-editor" noValidate onSubmit={onSubmit}>
      <FormProblems message={form.formError} details={unplaced(form.errors, ['name', 'role', 'function'])} />
      <TextField
        label="Name"
        value={name}
        onChange={(v) => {
          setName(v);
          form.clear('name');
        }}
        maxLength={LIMITS.nameChars}
        error={errorAt(form.errors, 'name')}
      />
      <div className="field-row">
        <SelectField
          label="Role"
          hint={ROLE_WORDS[role].about}
          value={role}
          onChange={setRole}
          options={ROLE_OPTIONS}
          error={errorAt(form.errors, 'role')}
        />
        <SelectField
          label="What it does"
          hint="Soothe, distract, connect, numb, process…"
          value={fn}
          onChange={setFn}
          options={FUNCTION_OPTIONS}
          error={errorAt(form.errors, 'function')}
        />
      </div>
      <div className="actions">
        <button type="submit" className={initial ? 'primary small-button' : 'primary'}>
          {initial ? 'Save' : 'Add to my toolkit'}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="secondary small-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
