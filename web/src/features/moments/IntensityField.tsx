/**
 * Intensity 0–10 as radio tiles. Number keys set it while the group has focus ("1" then
 * "0" makes 10), and focus follows, so arrow keys go on from the chosen number.
 */
import { useRef, type KeyboardEvent } from 'react';
import { ChoiceGroup, ZERO_TO_TEN } from '../../lib/ui/choices.js';
import { intensityForKey, type DigitPress } from './keys.js';

interface Props {
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
}

export function IntensityField({ value, onChange, error }: Props) {
  const box = useRef<HTMLDivElement | null>(null);
  const lastDigit = useRef<DigitPress | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLInputElement)) return;
    const now = performance.now();
    const next = intensityForKey(event.key, lastDigit.current, now);
    if (next === null) return;
    event.preventDefault();
    lastDigit.current = { digit: Number(event.key), atMs: now };
    onChange(next);
    box.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]')[next]?.focus();
  };

  return (
    <div ref={box} className="intensity" onKeyDown={onKeyDown}>
      <ChoiceGroup
        legend="Intensity"
        hint="0 is calm, 10 is the most intense it gets."
        options={ZERO_TO_TEN}
        value={value}
        onChange={onChange}
        error={error}
        layout="scale"
      />
    </div>
  );
}
