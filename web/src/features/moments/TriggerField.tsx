/**
 * The trigger: a text input that suggests the person's own list, and their most-used
 * triggers as quick picks. The picks are native radio buttons (one Tab stop, arrow keys
 * move and choose, as any radio group); choosing one fills in the text.
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
  const id = useId();
  const picks = triggers.slice(0, QUICK_PICKS);
  const chosen = value.trim().toLowerCase();
  return (
    <div className="trigger-field">
      <TextField
        label="Trigger"
        hint={picks.length > 0 ? 'What set this off? Tap one below or type your own.' : 'What set this off? In your own words; a few are enough.'}
        value={value}
        onChange={onChange}
        list={`${id}-list`}
        maxLength={LIMITS.nameChars}
        error={error}
      />
      <datalist id={`${id}-list`}>
        {triggers.map((t) => (
          <option key={t.id} value={t.name} />
        ))}
      </datalist>
      {picks.length > 0 && (
        <fieldset className="quick-picks">
          <legend className="visually-hidden">Quick picks: triggers you noted before</legend>
          <div className="chips">
            {picks.map((t, i) => (
              <span className="chip-choice" key={t.id}>
                <input
                  id={`${id}-${i}`}
                  type="radio"
                  name={`${id}-picks`}
                  checked={t.name.toLowerCase() === chosen}
                  onChange={() => onChange(t.name)}
                />
                <label htmlFor={`${id}-${i}`} className="chip">
                  <span className="chip-text">{t.name}</span>
                </label>
              </span>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
