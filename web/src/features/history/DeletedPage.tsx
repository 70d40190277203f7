/**
 * "Recently deleted": entries and questionnaire results stay restorable for 30 days, then
 * are removed for good.
 */
import type { DeletedMeasureView, MeasureView } from '../../../../src/contracts/measures.js';
import { api } from '../../lib/api.js';
import { friendlyError } from '../../lib/friendly.js';
import { capitalised, KIND_NOUNS } from '../../lib/labels.js';
import { href } from '../../lib/route.js';
import { useToast } from '../../lib/toast.js';
import { entryAction, usePendingFocus } from '../../lib/usePendingFocus.js';
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { shortName } from '../measures/measureWords.js';
import { DeletedResults } from './DeletedResults.js';
import { EntryList } from './EntryList.js';
import { entryPath, focusAfterRemoving, loadJournal, type AnyEntry } from './journal.js';

async function loadDeleted(): Promise<{ entries: AnyEntry[]; results: DeletedMeasureView[] }> {
  const [entries, results] = await Promise.all([
    loadJournal('deleted=only&limit=10000'),
    api.get<{ items: DeletedMeasureView[] }>('/api/measures/deleted').then((r) => r.items),
  ]);
  return { entries, results };
}

export function DeletedPage() {
  const deleted = useLoad(loadDeleted, 'deleted');
  const toast = useToast();
  const focusLater = usePendingFocus();
  const entries = deleted.data?.entries ?? [];
  const results = deleted.data?.results ?? [];

  const restore = async (e: AnyEntry) => {
    try {
      await api.post(`${entryPath(e.kind, e.entry.id)}/restore`);
      focusLater(focusAfterRemoving(entries, e.entry.id));
      deleted.setData((d) => d && { ...d, entries: d.entries.filter((x) => x.entry.id !== e.entry.id) });
      toast({ message: `${capitalised(KIND_NOUNS[e.kind])} restored. It is back in your history.` });
    } catch (error) {
      toast({ message: friendlyError(error) });
    }
  };

  const restoreResult = async (m: DeletedMeasureView) => {
    try {
      await api.post<MeasureView>(`/api/measures/${encodeURIComponent(m.id)}/restore`);
      const i = results.findIndex((x) => x.id === m.id);
      const next = results[i + 1] ?? results[i - 1];
      const first = entries[0];
      focusLater(next !== undefined ? `[data-result-id="${CSS.escape(next.id)}"] button` : first !== undefined ? entryAction(first.entry.id) : 'h1');
      deleted.setData((d) => d && { ...d, results: d.results.filter((x) => x.id !== m.id) });
      toast({ message: `${shortName(m.instrument)} result restored. It counts in your results again.` });
    } catch (error) {
      toast({ message: friendlyError(error) });
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Recently deleted</h1>
      <p className="lead">
        Deleted entries and questionnaire results stay here for 30 days, then they are removed for good. Meanwhile they count nowhere: not in
        your progress, summaries or exports. You can bring any of them back. <a href={href({ page: 'history' })}>Back to history</a>
      </p>
      {deleted.error !== null && <LoadProblem error={deleted.error} onRetry={deleted.reload} />}
      {deleted.loading && deleted.data === undefined && <p className="muted">Loading…</p>}
      {deleted.data !== undefined && entries.length === 0 && results.length === 0 && <p className="empty">Nothing here.</p>}
      <DeletedResults results={results} onRestore={(m) => void restoreResult(m)} />
      <EntryList entries={entries} mode="deleted" onRestore={(e) => void restore(e)} />
    </>
  );
}
