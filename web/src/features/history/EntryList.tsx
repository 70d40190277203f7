/** Entries grouped under a heading per day. */
import { dayHeading } from '../../lib/when.js';
import { EntryCard } from './EntryCard.js';
import { groupByDay, type AnyEntry } from './journal.js';

interface Props {
  entries: readonly AnyEntry[];
  mode: 'active' | 'deleted';
  onDelete?: (e: AnyEntry) => void;
  onRestore?: (e: AnyEntry) => void;
}

export function EntryList({ entries, mode, onDelete, onRestore }: Props) {
  return (
    <div className="days">
      {groupByDay(entries).map((group) => (
        <section key={group.day} className="day" aria-labelledby={`day-${group.day}`}>
          <h2 id={`day-${group.day}`}>{dayHeading(group.day)}</h2>
          <ul className="entries">
            {group.entries.map((e) => (
              <EntryCard
                key={`${e.kind}-${e.entry.id}`}
                e={e}
                mode={mode}
                {...(onDelete !== undefined && { onDelete })}
                {...(onRestore !== undefined && { onRestore })}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
