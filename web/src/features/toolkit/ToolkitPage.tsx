/** The toolkit: strategies by role (coping, avoidant, healing), archived ones, and the trigger list. */
import type { StrategyView } from '../../../../src/contracts/toolkit.js';
import { STRATEGY_ROLES } from '../../../../src/core/vocabulary.js';
import { api } from '../../lib/api.js';
import { friendlyError } from '../../lib/friendly.js';
import { useToast } from '../../lib/toast.js';
import { usePendingFocus } from '../../lib/usePendingFocus.js';
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { ROLE_WORDS } from './roles.js';
import { StrategyEditor } from './StrategyEditor.js';
import { StrategyItem } from './StrategyItem.js';
import { TriggerList } from './TriggerList.js';

const byName = (a: StrategyView, b: StrategyView) => a.name.localeCompare(b.name);

export function ToolkitPage() {
  const toolkit = useLoad(() => api.get<{ items: StrategyView[] }>('/api/toolkit').then((r) => r.items), 'toolkit');
  const toast = useToast();
  const focusLater = usePendingFocus();
  const replace = (next: StrategyView) =>
    toolkit.setData((list) => list?.map((s) => (s.id === next.id ? next : s)));

  const archive = async (s: StrategyView, archived: boolean) => {
    try {
      replace(await api.patch<StrategyView>(`/api/toolkit/${s.id}`, { archived }));
      // It moves to (or out of) the archive: the keyboard follows it there.
      focusLater(`[data-strategy-id="${CSS.escape(s.id)}"] button`);
      toast({ message: archived ? `“${s.name}” archived. It stays in past moments.` : `“${s.name}” is back in your toolkit.` });
    } catch (error) {
      toast({ message: friendlyError(error) });
    }
  };

  const remove = async (s: StrategyView) => {
    try {
      const result = await api.del<{ id: string; outcome: 'deleted' | 'archived' }>(`/api/toolkit/${s.id}`);
      if (result.outcome === 'archived') {
        toolkit.setData((list) => list?.map((x) => (x.id === s.id ? { ...x, archived: true } : x)));
        focusLater(`[data-strategy-id="${CSS.escape(s.id)}"] button`);
        toast({ message: `“${s.name}” was kept in your archive, because past moments use it.` });
      } else {
        toolkit.setData((list) => list?.filter((x) => x.id !== s.id));
        focusLater('h1');
        toast({ message: `“${s.name}” removed.` });
      }
    } catch (error) {
      toast({ message: friendlyError(error) });
    }
  };

  const all = toolkit.data ?? [];
  const archived = all.filter((s) => s.archived).sort(byName);
  const item = (s: StrategyView) => (
    <StrategyItem
      key={s.id}
      strategy={s}
      onChanged={replace}
      onArchive={(x, a) => void archive(x, a)}
      onRemove={(x) => void remove(x)}
    />
  );

  return (
    <>
      <h1 tabIndex={-1}>Toolkit</h1>
      <p className="lead">
        What you do to get through hard moments, and the work that changes them. All of it is yours to change. Every
        strategy has its place; the question is only whether it moves you forward or keeps you where you are.
      </p>
      {toolkit.error !== null && <LoadProblem error={toolkit.error} onRetry={toolkit.reload} />}
      {STRATEGY_ROLES.map((role) => {
        const list = all.filter((s) => s.role === role && !s.archived).sort(byName);
        return (
          <section key={role} className={`role role-${role}`} aria-labelledby={`role-${role}`}>
            <h2 id={`role-${role}`}>{ROLE_WORDS[role].title}</h2>
            <p className="muted">{ROLE_WORDS[role].about}</p>
            {list.length === 0 && toolkit.data !== undefined && <p className="small muted">Nothing here yet.</p>}
            <ul className="strategies-list">{list.map(item)}</ul>
          </section>
        );
      })}
      <section className="card" aria-labelledby="add-strategy">
        <h2 id="add-strategy">Add a strategy</h2>
        <StrategyEditor
          onDone={(s) => {
            toolkit.setData((list) => [...(list ?? []), s]);
            toast({ message: `“${s.name}” added to your toolkit.` });
          }}
        />
      </section>
      {archived.length > 0 && (
        <section aria-labelledby="archived">
          <h2 id="archived">Archived</h2>
          <p className="muted">Not offered when you log a moment, but kept in the moments that used them.</p>
          <ul className="strategies-list">{archived.map(item)}</ul>
        </section>
      )}
      <TriggerList />
    </>
  );
}
