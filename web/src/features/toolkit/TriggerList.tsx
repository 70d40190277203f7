/** The person's triggers, most used first, each renameable. */
import { useState, type FormEvent } from 'react';
import { triggerRenameSchema, type TriggerView } from '../../../../src/contracts/toolkit.js';
import { LIMITS } from '../../../../src/core/vocabulary.js';
import { api } from '../../lib/api.js';
import { errorAt } from '../../lib/form.js';
import { useLoad } from '../../lib/useLoad.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { TextField } from '../../lib/ui/fields.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';

function Rename({ trigger, onDone, onCancel }: { trigger: TriggerView; onDone: (t: TriggerView) => void; onCancel: () => void }) {
  const [name, setName] = useState(trigger.name);
  const form = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(triggerRenameSchema, { name }, () => api.patch<TriggerView>(`/api/triggers/${trigger.id}`, { name }));
    if (saved !== null) onDone(saved);
  };
  return (
    <form ref={form.formRef} className="inline-form" noValidate onSubmit={onSubmit}>
      <FormProblems message={form.formError} />
      <TextField label={`New name for “${trigger.name}”`} value={name} onChange={setName} maxLength={LIMITS.nameChars} error={errorAt(form.errors, 'name')} />
      <div className="actions">
        <button type="submit" className="primary small-button">
          Save
        </button>
        <button type="button" className="secondary small-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function TriggerList() {
  const triggers = useLoad(() => api.get<{ items: TriggerView[] }>('/api/triggers').then((r) => r.items), 'triggers');
  const [editing, setEditing] = useState<string | null>(null);
  const list = triggers.data ?? [];
  return (
    <section aria-labelledby="triggers-heading">
      <h2 id="triggers-heading">Your triggers</h2>
      <p className="muted">They are added as you log moments. Rename one here and every moment follows.</p>
      {triggers.error !== null && <LoadProblem error={triggers.error} onRetry={triggers.reload} />}
      {triggers.data !== undefined && list.length === 0 && <p className="small muted">None yet.</p>}
      <ul className="strategies-list">
        {list.map((t) =>
          editing === t.id ? (
            <li key={t.id} className="strategy editing">
              <Rename
                trigger={t}
                onDone={(next) => {
                  triggers.setData((l) => l?.map((x) => (x.id === next.id ? next : x)));
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={t.id} className="strategy">
              <div className="strategy-text">
                <span className="strategy-name">{t.name}</span>
                <span className="small muted">{t.uses === 1 ? 'in 1 moment' : `in ${t.uses} moments`}</span>
              </div>
              <div className="entry-actions">
                <button type="button" className="small-button secondary" onClick={() => setEditing(t.id)} aria-label={`Rename ${t.name}`}>
                  Rename
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
