/**
 * The trigger: the person's most-used triggers as one-tap picks, and a text input that
 * suggests the rest of their list. A new name is remembered by the server when saved.
 */
import { useId } from 'react';
import type { TriggerView } from '../../../../src/contracts/toolkit.js';
import { LIMITS } from '../../../../src/core/vocabulary.js';
import { TextField } from '../../lib/ui/fields.js';

const QUICK_PICKS = 6;

interface Props {
  value: string;
  onChange: (value: string) => void;
  triggers: readonly TriggerView[];
  error?: string | undefined;
}

export function TriggerField({ value, onChange, triggers, error }: Props) {
  const listId = useId();
  const picks = triggers.slice(0, QUICK_PICKS);
  const chosen = value.trim().toLowerCase();
  return (
    <div className="trigger-field">
      <TextField
        label="Trigger"
        hint={picks.length > 0 ? 'What set this off? Tap one below or type your own.' : 'What set this off? In your own words.'}
        value={value}
        onChange={onChange}
        list={listId}
        maxLength={LIMITS.nameChars}
        error={error}
      />
      <datalist id={listId}>
        {triggers.map((t) => (
          <option key={t.id} value={t.name} />
        ))}
      </datalist>
      {picks.length > 0 && (
        <div className="chips" role="group" aria-label="Quick picks">
          {picks.map((t) => (
            <button
              key={t.id}
              type="button"
              className="chip"
              aria-pressed={t.name.toLowerCase() === chosen}
              onClick={() => onChange(t.name)}
            >
              {t.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
