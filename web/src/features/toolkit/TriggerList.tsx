/**
 * The person's triggers, most used first: each can be renamed, merged into another (a typo
 * into the trigger it meant, with its moments) or, when no moment names it, deleted.
 */
import { useState } from 'react';
import type { TriggerMerged, TriggerView } from '../../../../src/contracts/toolkit.js';
import { api, ApiError } from '../../lib/api.js';
import { friendlyError } from '../../lib/friendly.js';
import { useToast } from '../../lib/toast.js';
import { usePendingFocus } from '../../lib/usePendingFocus.js';
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { momentsWords, TriggerItem } from './TriggerItem.js';

const rowButton = (id: string) => `[data-trigger-id="${CSS.escape(id)}"] button`;

export function TriggerList() {
  const triggers = useLoad(() => api.get<{ items: TriggerView[] }>('/api/triggers').then((r) => r.items), 'triggers');
  const [problem, setProblem] = useState<{ id: string; message: string } | null>(null);
  const toast = useToast();
  const focusLater = usePendingFocus();
  const list = triggers.data ?? [];

  const merge = async (from: TriggerView, into: { id: string; name: string }) => {
    setProblem(null);
    try {
      const r = await api.post<TriggerMerged>(`/api/triggers/${from.id}/merge`, { into: into.id });
      // The counts of both changed: the list is read again, most used first.
      triggers.setData((l) => l?.filter((x) => x.id !== from.id).map((x) => (x.id === r.into.id ? r.into : x)).sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name)));
      focusLater(rowButton(r.into.id));
      const moved = r.moved === 0 ? 'no moments to move' : `${momentsWords(r.moved)} moved`;
      toast({ message: `“${from.name}” merged into “${r.into.name}”: ${moved}.` });
    } catch (error) {
      setProblem({ id: from.id, message: friendlyError(error) });
    }
  };

  const remove = async (t: TriggerView) => {
    setProblem(null);
    try {
      await api.del<{ id: string }>(`/api/triggers/${t.id}`);
      triggers.setData((l) => l?.filter((x) => x.id !== t.id));
      focusLater('#triggers-heading');
      toast({ message: `“${t.name}” deleted.` });
    } catch (error) {
      // in_use: recently deleted moments still name it; the server says so and offers the merge.
      setProblem({ id: t.id, message: error instanceof ApiError && error.code === 'in_use' ? error.message : friendlyError(error) });
    }
  };

  return (
    <section aria-labelledby="triggers-heading">
      <h2 id="triggers-heading" tabIndex={-1}>
        Your triggers
      </h2>
      <p className="muted">
        They are added as you log moments. Rename one and every moment follows; merge two that mean the same, and their moments come together.
      </p>
      {triggers.error !== null && <LoadProblem error={triggers.error} onRetry={triggers.reload} />}
      {triggers.data !== undefined && list.length === 0 && <p className="small muted">None yet.</p>}
      <ul className="strategies-list">
        {list.map((t) => (
          <TriggerItem
            key={t.id}
            trigger={t}
            all={list}
            onRenamed={(next) => triggers.setData((l) => l?.map((x) => (x.id === next.id ? next : x)))}
            onMerge={(from, into) => void merge(from, into)}
            onDelete={(x) => void remove(x)}
            problem={problem?.id === t.id ? problem.message : null}
          />
        ))}
      </ul>
    </section>
  );
}
