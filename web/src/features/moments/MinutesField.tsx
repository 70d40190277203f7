/**
 * Minutes until settled: a number input, with common answers as one-tap picks (a radio
 * group: one Tab stop, arrow keys move and choose). On a phone a pick saves opening the
 * number keyboard, which would cover the Save button.
 */
import { useId } from 'react';
import { LIMITS } from '../../../../src/core/vocabulary.js';
import { errorAt, type FieldErrors } from '../../lib/form.js';
import { FieldMessage } from '../../lib/ui/fields.js';

export const MINUTE_PICKS = [5, 10, 15, 30, 60] as const;

interface Props {
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
}

export function MinutesField({ value, onChange, errors }: Props) {
  const id = useId();
  const error = errorAt(errors, 'settledMinutes');
  const label = 'Minutes until settled';
  return (
    <div className={`field minutes-field${error !== undefined ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label} <span className="optional">(optional; a guess is fine)</span>
      </label>
      <div className="minutes-row">
        <span className="with-unit">
          <input
            id={id}
            type="number"
            className="short"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            min={0}
            max={LIMITS.settledMinutesMax}
            step={1}
            inputMode="numeric"
            aria-describedby={error !== undefined ? `${id}-error` : undefined}
            aria-invalid={error !== undefined ? true : undefined}
          />
          <span aria-hidden="true">min</span>
        </span>
        <fieldset className="quick-picks">
          <legend className="visually-hidden">Quick picks: minutes until settled</legend>
          <div className="chips">
            {MINUTE_PICKS.map((m) => (
              <span className="chip-choice" key={m}>
                <input id={`${id}-${m}`} type="radio" name={`${id}-picks`} checked={value.trim() === String(m)} onChange={() => onChange(String(m))} />
                <label htmlFor={`${id}-${m}`} className="chip">
                  {m}
                </label>
              </span>
            ))}
          </div>
        </fieldset>
      </div>
      {error !== undefined && <FieldMessage id={`${id}-error`} label={label} error={error} />}
    </div>
  );
}
