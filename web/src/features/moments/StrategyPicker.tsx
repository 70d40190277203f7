/**
 * "What did you do?": the person's strategies as chips, most used first (the server's
 * order), the first few shown and the rest one button away. The chips are one Tab stop
 * (arrow keys move between them, Space ticks one: a group of checkboxes with a roving
 * tabindex), and a ticked one asks right beside it whether it helped. Archived strategies
 * appear only when this moment already used them.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { StrategyView } from '../../../../src/contracts/toolkit.js';
import { rovingIndex } from './keys.js';
import type { StrategyUse } from './momentDraft.js';
import { HelpedChoice } from './HelpedChoice.js';

/** How many chips show before "More strategies": about two rows on a phone. */
export const FIRST_SHOWN = 6;

interface Props {
  toolkit: readonly StrategyView[];
  value: readonly StrategyUse[];
  onChange: (value: StrategyUse[]) => void;
  error?: string | undefined;
  /** Said instead of the chips when the toolkit could not be loaded. */
  problem: ReactNode;
}

export function StrategyPicker({ toolkit, value, onChange, error, problem }: Props) {
  const id = useId();
  const [all, setAll] = useState(false);
  const [active, setActive] = useState(0);
  const chips = useRef<Array<HTMLInputElement | null>>([]);
  const chosen = new Map(value.map((s) => [s.strategyId, s]));
  const offered = toolkit.filter((s) => !s.archived || chosen.has(s.id));
  // Strategies already ticked stay in sight even when they are not among the first few.
  const shown = all ? offered : offered.filter((s, i) => i < FIRST_SHOWN || chosen.has(s.id));
  const hidden = offered.length - shown.length;
  const focusable = Math.min(active, Math.max(0, shown.length - 1));

  const toggle = (s: StrategyView) => {
    if (chosen.has(s.id)) onChange(value.filter((u) => u.strategyId !== s.id));
    else onChange([...value, { strategyId: s.id, name: s.name, helped: null }]);
  };
  const setHelped = (strategyId: string, helped: boolean | null) =>
    onChange(value.map((u) => (u.strategyId === strategyId ? { ...u, helped } : u)));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    const next = rovingIndex(index, event.key, shown.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    chips.current[next]?.focus();
  };

  const showAll = () => {
    setAll(true);
    // Focus moves to the first strategy that was hidden, so reading and tabbing go on from there.
    const first = shown.length;
    setActive(first);
    requestAnimationFrame(() => chips.current[first]?.focus());
  };

  return (
    <fieldset className="strategies" aria-describedby={error !== undefined ? `${id}-error` : `${id}-hint`}>
      <legend>
        What did you do to get through it? <span className="optional">(optional)</span>
      </legend>
      {problem ?? (
        <>
          <p id={`${id}-hint`} className="hint">
            {offered.length === 0 ? 'Your toolkit is empty. You can add strategies on the Toolkit page.' : 'Tick what you did, then say if it helped, only if you know.'}
          </p>
          <div className="chips strategy-chips">
            {shown.map((s, i) => {
              const use = chosen.get(s.id);
              return (
                <div key={s.id} className={use ? 'strategy-chip chosen' : 'strategy-chip'}>
                  <span className="chip-choice">
                    <input
                      ref={(el) => {
                        chips.current[i] = el;
                      }}
                      id={`${id}-${s.id}`}
                      type="checkbox"
                      tabIndex={i === focusable ? 0 : -1}
                      checked={use !== undefined}
                      onChange={() => toggle(s)}
                      onFocus={() => setActive(i)}
                      onKeyDown={(e) => onKeyDown(e, i)}
                    />
                    <label htmlFor={`${id}-${s.id}`} className="chip">
                      {s.name}
                    </label>
                  </span>
                  {use && <HelpedChoice name={s.name} value={use.helped} onChange={(helped) => setHelped(s.id, helped)} />}
                </div>
              );
            })}
            {hidden > 0 && (
              <button type="button" className="secondary more-strategies" onClick={showAll}>
                More strategies ({hidden})
              </button>
            )}
          </div>
        </>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
