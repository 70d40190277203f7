/**
 * The editable safety plan: the six steps in order, then "What matters most to me", then
 * Save. Problems (ours or the server's) show beside the line or box they concern.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { safetyPlanBodySchema, type SafetyPlanView } from '../../../../src/contracts/safety.js';
import { MATTERS_MOST_GUIDE } from '../../../../src/core/safety/plan-guide.js';
import type { SafetyStep } from '../../../../src/core/safety/records.js';
import { api } from '../../lib/api.js';
import { errorAt, unplaced } from '../../lib/form.js';
import { useToast } from '../../lib/toast.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { TextArea } from '../../lib/ui/fields.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { bodyFromDraft, draftFromPlan, forgetUnsaved, keepUnsaved, unsavedFor, type PlanDraft, type PlanLine } from './planDraft.js';
import { StepEditor } from './StepEditor.js';

const MATTERS_MOST_CHARS = 1000;

interface Props {
  plan: SafetyPlanView;
  onSaved: (plan: SafetyPlanView) => void;
}

export function SafetyPlanForm({ plan, onSaved }: Props) {
  const [restored] = useState(() => unsavedFor(plan));
  const [draft, setDraft] = useState<PlanDraft>(() => restored ?? draftFromPlan(plan));
  const [dirty, setDirty] = useState(restored !== null);
  const form = useSubmit();

  // Unsaved lines survive a visit to another page; closing the tab asks first.
  useEffect(() => setDirty(keepUnsaved(plan, draft)), [plan, draft]);
  useEffect(() => {
    if (!dirty) return undefined;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  const toast = useToast();
  const { errors } = form;

  const setStep = (step: SafetyStep, lines: PlanLine[]) => {
    setDraft((d) => ({ ...d, steps: { ...d.steps, [step]: lines } }));
    form.clearUnder(`steps.${step}`);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = bodyFromDraft(draft);
    const saved = await form.submit(safetyPlanBodySchema, body, () => api.put<SafetyPlanView>('/api/safety-plan', body));
    if (saved === null) return;
    forgetUnsaved();
    setDraft(draftFromPlan(saved));
    toast({ message: 'Your safety plan is saved.', acrossPages: true });
    onSaved(saved);
  };

  const shown = [...plan.guide.map((g) => `steps.${g.step}`), 'mattersMost'];
  return (
    <form ref={form.formRef} className="plan-editor entry-form" noValidate onSubmit={onSubmit} aria-busy={form.busy}>
      <FormProblems message={form.formError} details={unplaced(errors, shown)} />
      {dirty && (
        <p className="unsaved-note" role="status">
          {restored !== null ? 'Your changes from before are still here, not saved yet.' : 'Changes not saved yet.'}{' '}
          <button type="button" className="small-button quiet" onClick={() => setDraft(draftFromPlan(plan))}>
            Go back to the saved plan
          </button>
        </p>
      )}
      {plan.guide.map((g, i) => (
        <StepEditor
          key={g.step}
          number={i + 1}
          path={`steps.${g.step}`}
          title={g.title}
          prompt={g.prompt}
          lines={draft.steps[g.step]}
          onChange={(lines) => setStep(g.step, lines)}
          errors={errors}
        />
      ))}
      <TextArea
        label={MATTERS_MOST_GUIDE.title}
        hint={MATTERS_MOST_GUIDE.prompt}
        value={draft.mattersMost}
        onChange={(v) => {
          setDraft((d) => ({ ...d, mattersMost: v }));
          form.clear('mattersMost');
        }}
        maxLength={MATTERS_MOST_CHARS}
        error={errorAt(errors, 'mattersMost')}
      />
      <div className="actions">
        <button type="submit" className="primary">
          Save my plan
        </button>
      </div>
    </form>
  );
}
