/**
 * A group of radio buttons in a fieldset whose legend names it ("Intensity"), each option
 * labelled by its own words or number. Styled as large tappable tiles; still native radios,
 * so arrow keys, screen readers and tests work as they expect.
 */
import { useId } from 'react';
import { BODY_STATES, BODY_STATE_LABELS, type BodyState } from '../../../../src/core/vocabulary.js';
import { describedBy, FieldMessage } from './fields.js';

export interface Choice<T> {
  value: T;
  label: string;
  /** Extra words shown under the label, e.g. a mood's name under its number. */
  detail?: string;
}

interface Props<T> {
  legend: string;
  options: ReadonlyArray<Choice<T>>;
  value: T | null;
  onChange: (value: T) => void;
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
  /** 'scale' lays options out as a row of numbered tiles; 'list' stacks them. */
  layout?: 'scale' | 'list' | 'row';
}

export function ChoiceGroup<T extends string | number | boolean | null>(props: Props<T>) {
  const name = useId();
  const hintId = props.hint !== undefined ? `${name}-hint` : null;
  const errorId = props.error !== undefined ? `${name}-error` : null;
  return (
    <fieldset
      className={`choices choices-${props.layout ?? 'row'}${props.error !== undefined ? ' has-error' : ''}`}
      aria-describedby={describedBy(hintId, errorId)}
    >
      <legend>
        {props.legend}
        {props.optional === true && <span className="optional"> (optional)</span>}
      </legend>
      {hintId !== null && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      <div className="choice-options">
        {props.options.map((option, index) => {
          const id = `${name}-${index}`;
          return (
            <span className="choice" key={String(option.value)}>
              <input
                id={id}
                type="radio"
                name={name}
                checked={props.value === option.value}
                onChange={() => props.onChange(option.value)}
                aria-invalid={props.error !== undefined ? true : undefined}
              />
              <label htmlFor={id}>
                <span className="choice-label">{option.label}</span>
                {option.detail !== undefined && <span className="choice-detail">{option.detail}</span>}
              </label>
            </span>
          );
        })}
      </div>
      {errorId !== null && props.error !== undefined && (
        <FieldMessage id={errorId} label={props.legend} error={props.error} />
      )}
    </fieldset>
  );
}

/** 0–10 as choices, for intensity and distress. */
export const ZERO_TO_TEN: ReadonlyArray<Choice<number>> = Array.from({ length: 11 }, (_, n) => ({
  value: n,
  label: String(n),
}));

/** Yes / No / Not noted, for things a person may not have noticed. */
export const YES_NO_UNNOTED: ReadonlyArray<Choice<boolean | null>> = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Not noted' },
];

/** Within my window / On alert / Shut down, or not noted. */
export const BODY_STATE_CHOICES: ReadonlyArray<Choice<BodyState | null>> = [
  ...BODY_STATES.map((s) => ({ value: s, label: BODY_STATE_LABELS[s] })),
  { value: null, label: 'Not noted' },
];
