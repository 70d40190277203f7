/**
 * One trigger in the list. "Edit" opens its panel: rename it, merge it into another trigger
 * (its moments move there, e.g. a typo into the trigger it meant), or delete it when no
 * moment names it. One button per row keeps the list calm, as the toolkit's rows do.
 */
import { useState } from 'react';
import type { TriggerView } from '../../../../src/contracts/toolkit.js';
import { count } from '../../../../src/core/words/plural.js';
import { SelectField } from '../../lib/ui/fields.js';
import { useEditFocus } from '../../lib/useEditFocus.js';
import { TriggerRename } from './TriggerRename.js';

interface Props {
  trigger: TriggerView;
  /** Every trigger, this one included, most used first. */
  all: readonly TriggerView[];
  onRenamed: (t: TriggerView) => void;
  onMerge: (from: TriggerView, into: { id: string; name: string }) => void;
  onDelete: (t: TriggerView) => void;
  /** Why the last merge or delete of this trigger was refused, if it was. */
  problem: string | null;
}

export const momentsWords = (n: number) => count(n, 'moment');

function MergeAndDelete({ trigger: t, all, onMerge, onDelete, problem }: Omit<Props, 'onRenamed'>) {
  const others = all.filter((x) => x.id !== t.id);
  const [into, setInto] = useState('');
  const [missing, setMissing] = useState(false);
  const merge = () => {
    const target = others.find((x) => x.id === into);
    if (target === undefined) return setMissing(true);
    onMerge(t, target);
  };
  return (
    <div className="retire trigger-tidy">
      {others.length > 0 && (
        <>
          <p className="small muted">
            Means the same as another trigger? Merge it
            {t.uses === 0 ? ', and ' : `: its ${momentsWords(t.uses)} ${t.uses === 1 ? 'moves' : 'move'} there, and `}“{t.name}” leaves your list and
            the quick picks. A merge can’t be undone.
          </p>
          <SelectField
            label={`Merge “${t.name}” into`}
            value={into}
            onChange={(v) => {
              setInto(v);
              setMissing(false);
            }}
            options={[{ value: '', label: 'Choose a trigger…' }, ...others.map((x) => ({ value: x.id, label: x.name }))]}
            error={missing ? 'Choose the trigger to merge it into.' : undefined}
          />
          <div className="entry-actions">
            <button type="button" className="small-button secondary" onClick={merge}>
              Merge
            </button>
          </div>
        </>
      )}
      {t.uses === 0 ? (
        <div className="entry-actions">
          <button type="button" className="small-button quiet" onClick={() => onDelete(t)}>
            Delete “{t.name}”
          </button>
        </div>
      ) : (
        <p className="small muted">
          It can’t be deleted while {t.uses === 1 ? 'a moment names' : `${momentsWords(t.uses)} name`} it; merging keeps {t.uses === 1 ? 'that moment' : 'them'}.
        </p>
      )}
      {problem !== null && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

export function TriggerItem(props: Props) {
  const { trigger: t, onRenamed, onMerge } = props;
  const [editing, setEditing] = useState(false);
  const rowRef = useEditFocus(editing, 'input');
  if (editing) {
    return (
      <li className="strategy editing" ref={rowRef} data-trigger-id={t.id}>
        <TriggerRename
          trigger={t}
          onRenamed={(next) => {
            setEditing(false);
            onRenamed(next);
          }}
          onMerge={(into) => onMerge(t, into)}
          onCancel={() => setEditing(false)}
        />
        <MergeAndDelete {...props} />
      </li>
    );
  }
  return (
    <li className="strategy" ref={rowRef} data-trigger-id={t.id}>
      <div className="strategy-text">
        <span className="strategy-name">{t.name}</span>
        <span className="small muted">{t.uses === 0 ? 'in no moments' : `in ${momentsWords(t.uses)}`}</span>
      </div>
      <div className="entry-actions">
        <button type="button" className="small-button secondary" onClick={() => setEditing(true)} aria-label={`Edit ${t.name}`}>
          Edit
        </button>
      </div>
    </li>
  );
}
