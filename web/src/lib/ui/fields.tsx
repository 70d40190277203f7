/**
 * Labelled form controls. Every control has a <label for>, its hint and error are tied to
 * it with aria-describedby, and an error sits right beside the field it concerns.
 */
import { useId, type ReactNode } from 'react';
import { sentence } from '../form.js';
import { nowForInput as nowInstantForInput } from '../when.js';

interface FieldBase {
  label: string;
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
}

export function describedBy(hintId: string | null, errorId: string | null): string | undefined {
  const ids = [errorId, hintId].filter((x): x is string => x !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldMessage({ id, label, error }: { id: string; label: string; error: string }) {
  return (
    <p id={id} className="field-error">
      {sentence(label, error)}
    </p>
  );
}

function Frame(props: FieldBase & { id: string; children: (aria: AriaProps) => ReactNode }) {
  const hintId = props.hint !== undefined ? `${props.id}-hint` : null;
  const errorId = props.error !== undefined ? `${props.id}-error` : null;
  const aria: AriaProps = {
    id: props.id,
    'aria-describedby': describedBy(hintId, errorId),
    'aria-invalid': props.error !== undefined ? true : undefined,
  };
  return (
    <div className={`field${props.error !== undefined ? ' has-error' : ''}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.optional === true && <span className="optional"> (optional)</span>}
      </label>
      {hintId !== null && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.children(aria)}
      {errorId !== null && props.error !== undefined && <FieldMessage id={errorId} label={props.label} error={props.error} />}
    </div>
  );
}

interface AriaProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface TextProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  list?: string;
  maxLength?: number;
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
}

export function TextField(props: TextProps) {
  const id = useId();
  return (
    <Frame {...props} id={id}>
      {(aria) => (
        <input
          {...aria}
          type="text"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          list={props.list}
          maxLength={props.maxLength}
          autoComplete={props.autoComplete ?? 'off'}
          required={props.required}
          inputMode={props.inputMode}
        />
      )}
    </Frame>
  );
}

interface NumberProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  min: number;
  max: number;
  step?: number;
  unit?: string;
}

export function NumberField(props: NumberProps) {
  const id = useId();
  return (
    <Frame {...props} id={id}>
      {(aria) => (
        <span className="with-unit">
          <input
            {...aria}
            type="number"
            className="short"
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            min={props.min}
            max={props.max}
            step={props.step ?? 1}
            inputMode={props.step !== undefined && props.step < 1 ? 'decimal' : 'numeric'}
          />
          {props.unit !== undefined && <span aria-hidden="true">{props.unit}</span>}
        </span>
      )}
    </Frame>
  );
}

interface AreaProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows?: number;
}

export function TextArea(props: AreaProps) {
  const id = useId();
  return (
    <Frame {...props} id={id}>
      {(aria) => (
        <textarea
          {...aria}
          value={props.value}
          rows={props.rows ?? 3}
          maxLength={props.maxLength}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Frame>
  );
}

interface WhenProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** On an edit, empty means "keep the time it had" rather than "now". */
  editing: boolean;
}

/** When it happened, as the person's local date and time; empty means "now" on a new entry. */
export function WhenField({ value, onChange, error, editing }: WhenProps) {
  const id = useId();
  const max = nowInstantForInput();
  return (
    <Frame id={id} label="When" hint={editing ? 'In your local time.' : 'Leave empty for now.'} error={error}>
      {(aria) => (
        <input {...aria} type="datetime-local" value={value} max={max} onChange={(e) => onChange(e.target.value)} />
      )}
    </Frame>
  );
}

interface CheckProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function Checkbox({ label, checked, onChange, hint }: CheckProps) {
  const id = useId();
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface SelectProps<T extends string> extends FieldBase {
  value: T;
  onChange: (value: T) => void;
  options: ReadonlyArray<{ value: T; label: string }>;
}

export function SelectField<T extends string>(props: SelectProps<T>) {
  const id = useId();
  return (
    <Frame {...props} id={id}>
      {(aria) => (
        <select {...aria} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Frame>
  );
}
