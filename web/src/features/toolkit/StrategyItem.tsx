/**
 * One strategy in the toolkit. "Edit" opens its editor, where it can also be archived or
 * removed; an archived one can be restored. Keeping the row to one button keeps the list calm.
 */
import { useState } from 'react';
import type { StrategyView } from '../../../../src/contracts/toolkit.js';
import { FUNCTION_LABELS } from '../../lib/labels.js';
import { useEditFocus } from '../../lib/useEditFocus.js';
import { StrategyEditor } from './StrategyEditor.js';

interface Props {
  strategy: StrategyView;
  onChanged: (strategy: StrategyView) => void;
  onArchive: (strategy: StrategyView, archived: boolean) => void;
  onRemove: (strategy: StrategyView) => void;
}

function usesWords(uses: number): string {
  if (uses === 0) return 'not used yet';
  return uses === 1 ? 'used in 1 moment' : `used in ${uses} moments`;
}

export function StrategyItem({ strategy: s, onChanged, onArchive, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const rowRef = useEditFocus(editing, 'input, select, textarea');
  if (editing) {
    return (
      <li className="strategy editing" ref={rowRef} data-strategy-id={s.id}>
        <StrategyEditor
          initial={s}
          onDone={(next) => {
            setEditing(false);
            onChanged(next);
          }}
          onCancel={() => setEditing(false)}
        />
        <div className="retire">
          <p className="small muted">
            Not part of your toolkit any more? Archiving keeps it in past moments. Removing deletes it, unless past moments
            use it — then it is archived.
          </p>
          <div className="entry-actions">
            <button type="button" className="small-button secondary" onClick={() => onArchive(s, true)}>
              Archive
            </button>
            <button type="button" className="small-button quiet" onClick={() => onRemove(s)}>
              Remove
            </button>
          </div>
        </div>
      </li>
    );
  }
  return (
    <li className="strategy" ref={rowRef} data-strategy-id={s.id}>
      <div className="strategy-text">
        <span className="strategy-name">{s.name}</span>
        <span className="small muted">
          {FUNCTION_LABELS[s.function]} · {usesWords(s.uses)}
        </span>
      </div>
      <div className="entry-actions">
        {s.archived ? (
          <>
            <button type="button" className="small-button secondary" onClick={() => onArchive(s, false)} aria-label={`Restore ${s.name}`}>
              Restore
            </button>
            <button type="button" className="small-button quiet" onClick={() => onRemove(s)} aria-label={`Remove ${s.name}`}>
              Remove
            </button>
          </>
        ) : (
          <button type="button" className="small-button secondary" onClick={() => setEditing(true)} aria-label={`Edit ${s.name}`}>
            Edit
          </button>
        )}
      </div>
    </li>
  );
}
