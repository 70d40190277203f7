/**
 * Log or edit a moment. The fast path is trigger → intensity → Save; everything else is
 * optional and waits under "More detail".
 */
import { useEffect, useState, type FormEvent } from 'react';
import { momentCreateSchema, momentUpdateSchema, type MomentView } from '../../../../src/contracts/entries.js';
import type { StrategyView, TriggerView } from '../../../../src/contracts/toolkit.js';
import { api } from '../../lib/api.js';
import { errorAt, unplaced } from '../../lib/form.js';
import { useLoad } from '../../lib/useLoad.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { ChoiceGroup, ZERO_TO_TEN } from '../../lib/ui/choices.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { MomentDetails } from './MomentDetails.js';
import { draftFromMoment, emptyMoment, hasDetail, momentBody, type MomentDraft } from './momentDraft.js';
import { TriggerField } from './TriggerField.js';
import { FormActions } from '../../lib/ui/FormActions.js';

const FAST_FIELDS = ['trigger', 'intensity'];
const ALL_FIELDS = [
  ...FAST_FIELDS,
  'bodyState',
  'thought',
  'followedThought',
  'recognizedEarly',
  'handledDifferently',
  'settledMinutes',
  'strategies',
  'note',
  'occurredAt',
];

interface Lists {
  triggers: TriggerView[];
  toolkit: StrategyView[];
}

async function loadLists(): Promise<Lists> {
  const [triggers, toolkit] = await Promise.all([
    api.get<{ items: TriggerView[] }>('/api/triggers'),
    api.get<{ items: StrategyView[] }>('/api/toolkit'),
  ]);
  return { triggers: triggers.items, toolkit: toolkit.items };
}

interface Props {
  initial?: MomentView;
  onSaved: (moment: MomentView) => void;
  onCancel?: () => void;
}

export function MomentForm({ initial, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<MomentDraft>(() => (initial ? draftFromMoment(initial) : emptyMoment));
  const [open, setOpen] = useState(() => (initial ? hasDetail(draftFromMoment(initial)) : false));
  const lists = useLoad(loadLists, 'moment-lists');
  const form = useSubmit();
  const { errors } = form;

  useEffect(() => {
    if (Object.keys(errors).some((k) => !FAST_FIELDS.includes(k))) setOpen(true);
  }, [errors]);

  const set = <K extends keyof MomentDraft>(key: K, value: MomentDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clear(key === 'when' ? 'occurredAt' : key);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const early: Record<string, string> = {};
    if (draft.trigger.trim() === '') early['trigger'] = 'Pick or type a trigger — a few words are enough.';
    if (draft.intensity === null) early['intensity'] = 'Choose a number from 0 to 10.';
    const body = momentBody(draft, initial);
    const saved = await form.submit(
      initial ? momentUpdateSchema : momentCreateSchema,
      body,
      () => (initial ? api.patch<MomentView>(`/api/moments/${initial.id}`, body) : api.post<MomentView>('/api/moments', body)),
      early,
    );
    if (saved !== null) onSaved(saved);
  };

  const toolkit = lists.data?.toolkit ?? [];
  const strategyNames = new Map(toolkit.map((s) => [s.id, s.name]));

  return (
    <form ref={form.formRef} className="entry-form" noValidate onSubmit={onSubmit} aria-busy={form.busy}>
      <FormProblems message={form.formError} details={unplaced(errors, ALL_FIELDS)} />
      <TriggerField
        value={draft.trigger}
        onChange={(v) => set('trigger', v)}
        triggers={lists.data?.triggers ?? []}
        error={errorAt(errors, 'trigger')}
      />
      <ChoiceGroup
        legend="Intensity"
        hint="0 is calm, 10 is the most intense it gets."
        options={ZERO_TO_TEN}
        value={draft.intensity}
        onChange={(v) => set('intensity', v)}
        error={errorAt(errors, 'intensity')}
        layout="scale"
      />
      <details className="more" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>More detail</summary>
        <MomentDetails
          draft={{ ...draft, strategies: draft.strategies.map((s) => ({ ...s, name: strategyNames.get(s.strategyId) ?? s.name })) }}
          set={set}
          toolkit={toolkit}
          errors={errors}
          editing={initial !== undefined}
        />
      </details>
      <FormActions saveLabel="Save moment" editing={initial !== undefined} onCancel={onCancel} />
    </form>
  );
}
