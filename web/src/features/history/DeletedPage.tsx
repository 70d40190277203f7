/** "Recently deleted": entries stay restorable for 30 days, then are removed for good. */
import { api } from '../../lib/api.js';
import { friendlyError } from '../../lib/friendly.js';
import { capitalised, KIND_NOUNS } from '../../lib/labels.js';
import { href } from '../../lib/route.js';
import { useToast } from '../../lib/toast.js';
import { usePendingFocus } from '../../lib/usePendingFocus.js';
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { EntryList } from './EntryList.js';
import { entryPath, focusAfterRemoving, loadJournal, type AnyEntry } from './journal.js';

export function DeletedPage() {
  const deleted = useLoad(() => loadJournal('deleted=only&limit=10000'), 'deleted');
  const toast = useToast();
  const focusLater = usePendingFocus();

  const restore = async (e: AnyEntry) => {
    try {
      await api.post(`${entryPath(e.kind, e.entry.id)}/restore`);
      focusLater(focusAfterRemoving(deleted.data ?? [], e.entry.id));
      deleted.setData((all) => all?.filter((x) => x.entry.id !== e.entry.id));
      toast({ message: `${capitalised(KIND_NOUNS[e.kind])} restored. It is back in your history.` });
    } catch (error) {
      toast({ message: friendlyError(error) });
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Recently deleted</h1>
      <p className="lead">
        Deleted entries stay here for 30 days, then they are removed for good. You can bring any of them back.{' '}
        <a href={href({ page: 'history' })}>Back to history</a>
      </p>
      {deleted.error !== null && <LoadProblem error={deleted.error} onRetry={deleted.reload} />}
      {deleted.loading && deleted.data === undefined && <p className="muted">Loading…</p>}
      {deleted.data !== undefined && deleted.data.length === 0 && <p className="empty">Nothing here.</p>}
      <EntryList entries={deleted.data ?? []} mode="deleted" onRestore={(e) => void restore(e)} />
    </>
  );
}
