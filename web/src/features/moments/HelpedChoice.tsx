/**
 * Did it help? Asked right beside a ticked strategy: Helped / Didn't help / Not sure, as
 * a small radio group (one Tab stop; arrow keys move and choose). "Not sure" is where it
 * starts, so nothing is claimed that the person did not say.
 */
import { useId } from 'react';

const OPTIONS: ReadonlyArray<{ value: boolean | null; label: string }> = [
  { value: true, label: 'Helped' },
  { value: false, label: "Didn't help" },
  { value: null, label: 'Not sure' },
];

interface Props {
  /** The strategy's name, for the group's name ("Did A walk help?"). */
  name: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
}

export function HelpedChoice({ name, value, onChange }: Props) {
  const id = useId();
  return (
    <fieldset className="helped">
      <legend className="visually-hidden">Did {name} help?</legend>
      {OPTIONS.map((o, i) => (
        <span className="helped-option" key={String(o.value)}>
          <input id={`${id}-${i}`} type="radio" name={id} checked={value === o.value} onChange={() => onChange(o.value)} />
          <label htmlFor={`${id}-${i}`}>{o.label}</label>
        </span>
      ))}
    </fieldset>
  );
}
