/** One entry in the history: what it was, when, and what can be done with it. */
import { KIND_NOUNS, KIND_TITLES } from '../../lib/labels.js';
import { href } from '../../lib/route.js';
import { plainDay, timeOf } from '../../lib/when.js';
import { entryTitle, EntrySummary } from './EntrySummary.js';
import type { AnyEntry } from './journal.js';

const RESTORE_DAYS = 30;

interface Props {
  e: AnyEntry;
  mode: 'active' | 'deleted';
  onDelete?: (e: AnyEntry) => void;
  onRestore?: (e: AnyEntry) => void;
}

function keptUntil(deletedAt: string): string {
  const ms = Date.parse(deletedAt) + RESTORE_DAYS * 86_400_000;
  return plainDay(new Date(ms).toISOString());
}

export function EntryCard({ e, mode, onDelete, onRestore }: Props) {
  const title = entryTitle(e);
  const time = timeOf(e.entry.occurredAt);
  const what = `${KIND_NOUNS[e.kind]}: ${title}, ${mode === 'deleted' ? `${plainDay(e.entry.occurredAt)} ` : ''}${time}`;
  return (
    <li className={`entry entry-${e.kind}`} data-entry-id={e.entry.id}>
      <div className="entry-head">
        <span className={`badge badge-${e.kind}`}>{KIND_TITLES[e.kind]}</span>
        <span className="muted">
          {mode === 'deleted' && `${plainDay(e.entry.occurredAt)}, `}
          {time}
        </span>
      </div>
      <h3 className="entry-title">{title}</h3>
      <EntrySummary e={e} />
      {mode === 'deleted' && e.entry.deletedAt !== null && (
        <p className="small muted">
          Deleted {plainDay(e.entry.deletedAt)} · kept until {keptUntil(e.entry.deletedAt)}
        </p>
      )}
      <div className="entry-actions">
        {mode === 'active' ? (
          <>
            <a className="button small-button secondary" href={href({ page: 'edit', kind: e.kind, id: e.entry.id })} aria-label={`Edit ${what}`}>
              Edit
            </a>
            <button type="button" className="small-button quiet" onClick={() => onDelete?.(e)} aria-label={`Delete ${what}`}>
              Delete
            </button>
          </>
        ) : (
          <button type="button" className="small-button secondary" onClick={() => onRestore?.(e)} aria-label={`Restore ${what}`}>
            Restore
          </button>
        )}
      </div>
    </li>
  );
}
