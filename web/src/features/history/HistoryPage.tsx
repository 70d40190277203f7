/** Everything noted, newest first, by day; edit or delete (with Undo) any entry. */
import { useState } from 'react';
import { api } from '../../lib/api.js';
import { friendlyError } from '../../lib/friendly.js';
import { capitalised, KIND_NOUNS } from '../../lib/labels.js';
import { href } from '../../lib/route.js';
import { useToast } from '../../lib/toast.js';
import { entryAction, usePendingFocus } from '../../lib/usePendingFocus.js';
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { daysAgo } from '../../lib/when.js';
import { EntryList } from './EntryList.js';
import { entryPath, focusAfterRemoving, loadJournal, type AnyEntry } from './journal.js';

/** How far back the list reaches; each "show earlier" step goes one further. */
const RANGES = [
  { days: 30, words: 'the last 30 days' },
  { days: 90, words: 'the last 3 months' },
  { days: 365, words: 'the last year' },
  { days: null, words: 'all time' },
] as const;

export function HistoryPage() {
  const [step, setStep] = useState(0);
  const range = RANGES[step] ?? RANGES[0];
  const query = range.days === null ? 'limit=10000' : `since=${daysAgo(range.days)}&limit=10000`;
  const journal = useLoad(() => loadJournal(query), query);
  const toast = useToast();
  const focusLater = usePendingFocus();
  const next = RANGES[step + 1];

  const restore = async (e: AnyEntry) => {
    try {
      await api.post(`${entryPath(e.kind, e.entry.id)}/restore`);
      journal.reload();
      focusLater(entryAction(e.entry.id));
      toast({ message: `${capitalised(KIND_NOUNS[e.kind])} restored.` });
    } catch (error) {
      toast({ message: friendlyError(error) });
    }
  };

  const remove = async (e: AnyEntry) => {
    try {
      await api.del(entryPath(e.kind, e.entry.id));
      focusLater(focusAfterRemoving(journal.data ?? [], e.entry.id));
      journal.setData((all) => all?.filter((x) => x.entry.id !== e.entry.id));
      toast({
        message: `${capitalised(KIND_NOUNS[e.kind])} deleted.`,
        action: { label: 'Undo', run: () => void restore(e) },
      });
    } catch (error) {
      toast({ message: friendlyError(error) });
    }
  };

  const entries = journal.data ?? [];
  return (
    <>
      <h1 tabIndex={-1}>History</h1>
      <p className="lead">
        Everything you have noted in {range.words}, newest first.{' '}
        <a href={href({ page: 'deleted' })}>Recently deleted</a>
      </p>
      {journal.error !== null && <LoadProblem error={journal.error} onRetry={journal.reload} />}
      {journal.loading && journal.data === undefined && <p className="muted">Loading…</p>}
      {journal.data !== undefined && entries.length === 0 && (
        <div className="empty">
          <p>Nothing noted in {range.words}. That is completely fine — Headway is here whenever you want it.</p>
          <a className="button secondary" href={href({ page: 'log', kind: 'moments' })}>
            Note something
          </a>
        </div>
      )}
      <EntryList entries={entries} mode="active" onDelete={(e) => void remove(e)} />
      {next !== undefined && journal.data !== undefined && (
        <button type="button" className="secondary more-button" onClick={() => setStep(step + 1)}>
          Show {next.words}
        </button>
      )}
    </>
  );
}
