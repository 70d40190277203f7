/**
 * Strategies used in a moment, picked as chips from the person's toolkit, each then
 * optionally marked as helping or not. Archived strategies are only shown when this
 * moment already used them.
 */
import type { StrategyView } from '../../../../src/contracts/toolkit.js';
import { STRATEGY_ROLES, STRATEGY_ROLE_LABELS } from '../../../../src/core/vocabulary.js';
import { ChoiceGroup, type Choice } from '../../lib/ui/choices.js';
import type { StrategyUse } from './momentDraft.js';

const HELPED: ReadonlyArray<Choice<boolean | null>> = [
  { value: true, label: 'Helped' },
  { value: false, label: "Didn't help" },
  { value: null, label: 'Not sure' },
];

interface Props {
  toolkit: readonly StrategyView[];
  value: readonly StrategyUse[];
  onChange: (value: StrategyUse[]) => void;
  error?: string | undefined;
  errorId: string;
}

export function StrategyPicker({ toolkit, value, onChange, error, errorId }: Props) {
  const chosen = new Map(value.map((s) => [s.strategyId, s]));
  const shown = toolkit.filter((s) => !s.archived || chosen.has(s.id));
  const toggle = (s: StrategyView) => {
    if (chosen.has(s.id)) onChange(value.filter((u) => u.strategyId !== s.id));
    else onChange([...value, { strategyId: s.id, name: s.name, helped: null }]);
  };
  const setHelped = (id: string, helped: boolean | null) =>
    onChange(value.map((u) => (u.strategyId === id ? { ...u, helped } : u)));

  return (
    <fieldset className="strategies" aria-describedby={error !== undefined ? errorId : undefined}>
      <legend>
        What did you do to get through it? <span className="optional">(optional)</span>
      </legend>
      {shown.length === 0 && <p className="hint">Your toolkit is empty. You can add strategies on the Toolkit page.</p>}
      {STRATEGY_ROLES.map((role) => {
        const inRole = shown.filter((s) => s.role === role);
        if (inRole.length === 0) return null;
        return (
          <div key={role} className="chip-row">
            <p className="chip-heading" id={`${errorId}-${role}`}>
              {STRATEGY_ROLE_LABELS[role]}
            </p>
            <div className="chips" role="group" aria-labelledby={`${errorId}-${role}`}>
              {inRole.map((s) => (
                <button
                  key={s.id}
                  type="button"
                  className={`chip chip-${role}`}
                  aria-pressed={chosen.has(s.id)}
                  onClick={() => toggle(s)}
                >
                  {s.name}
                </button>
              ))}
            </div>
          </div>
        );
      })}
      {value.length > 0 && (
        <div className="helped-list">
          <p className="hint">Did each one help? Only if you know.</p>
          {value.map((u) => (
            <ChoiceGroup
              key={u.strategyId}
              legend={u.name}
              options={HELPED}
              value={u.helped}
              onChange={(helped) => setHelped(u.strategyId, helped)}
              layout="row"
            />
          ))}
        </div>
      )}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
