/** One strategy in the toolkit, with its actions; becomes an editor when "Edit" is pressed. */
import { useState } from 'react';
import type { StrategyView } from '../../../../src/contracts/toolkit.js';
import { FUNCTION_LABELS } from '../../lib/labels.js';
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
  if (editing) {
    return (
      <li className="strategy editing">
        <StrategyEditor
          initial={s}
          onDone={(next) => {
            setEditing(false);
            onChanged(next);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="strategy">
      <div className="strategy-text">
        <span className="strategy-name">{s.name}</span>
        <span className="small muted">
          {FUNCTION_LABELS[s.function]} · {usesWords(s.uses)}
        </span>
      </div>
      <div className="entry-actions">
        {!s.archived && (
          <button type="button" className="small-button secondary" onClick={() => setEditing(true)} aria-label={`Edit ${s.name}`}>
            Edit
          </button>
        )}
        <button
          type="button"
          className="small-button secondary"
          onClick={() => onArchive(s, !s.archived)}
          aria-label={`${s.archived ? 'Restore' : 'Archive'} ${s.name}`}
        >
          {s.archived ? 'Restore' : 'Archive'}
        </button>
        <button type="button" className="small-button quiet" onClick={() => onRemove(s)} aria-label={`Remove ${s.name}`}>
          Remove
        </button>
      </div>
    </li>
  );
}
