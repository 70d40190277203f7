/** The day therapy began: a date box that cannot go past today, its hint, and its problem beside it. */
import { useId } from 'react';
import { FieldMessage, describedBy } from '../../lib/ui/fields.js';
import { today } from '../../lib/when.js';

interface Props {
  value: string;
  onChange: (value: string, incomplete: boolean) => void;
  error: string | undefined;
  hint: string;
}

export const THERAPY_LABEL = 'The day your therapy began';

export function TherapyStartField({ value, onChange, error, hint }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = error !== undefined ? `${id}-error` : null;
  return (
    <div className={`field${error !== undefined ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {THERAPY_LABEL}
        <span className="optional"> (optional)</span>
      </label>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <input
        id={id}
        type="date"
        value={value}
        max={today()}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error !== undefined ? true : undefined}
        onChange={(e) => onChange(e.target.value, e.target.validity.badInput)}
      />
      {errorId !== null && error !== undefined && <FieldMessage id={errorId} label={THERAPY_LABEL} error={error} />}
    </div>
  );
}
