/** Log or edit a check-in: distress (SUDS 0–10) and, if wished, mood, window, sleep and a note. */
import { useState, type FormEvent } from 'react';
import { checkinCreateSchema, checkinUpdateSchema, type CheckinView } from '../../../../src/contracts/entries.js';
import { LIMITS, MOOD_LABELS, type BodyState } from '../../../../src/core/vocabulary.js';
import { api } from '../../lib/api.js';
import { errorAt, numberOrNull, unplaced } from '../../lib/form.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { BODY_STATE_CHOICES, ChoiceGroup, ZERO_TO_TEN, type Choice } from '../../lib/ui/choices.js';
import { NumberField, TextArea, WhenField } from '../../lib/ui/fields.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { instantToInput, occurredAtFor } from '../../lib/when.js';
import { FormActions } from '../../lib/ui/FormActions.js';

type Mood = 1 | 2 | 3 | 4 | 5;
const MOODS: ReadonlyArray<Choice<Mood | null>> = [
  ...([1, 2, 3, 4, 5] as const).map((m) => ({ value: m, label: String(m), detail: MOOD_LABELS[m] })),
  { value: null, label: '–', detail: 'Not noted' },
];
const FIELDS = ['distress', 'mood', 'windowState', 'sleepHours', 'note', 'occurredAt'];

interface Draft {
  distress: number | null;
  mood: Mood | null;
  windowState: BodyState | null;
  sleepHours: string;
  note: string;
  when: string;
}

function draftFrom(c?: CheckinView): Draft {
  if (!c) return { distress: null, mood: null, windowState: null, sleepHours: '', note: '', when: '' };
  return {
    distress: c.distress,
    mood: c.mood as Mood | null,
    windowState: c.windowState,
    sleepHours: c.sleepHours === null ? '' : String(c.sleepHours),
    note: c.note ?? '',
    when: instantToInput(c.occurredAt),
  };
}

interface Props {
  initial?: CheckinView;
  onSaved: (checkin: CheckinView) => void;
  onCancel?: () => void;
}

export function CheckinForm({ initial, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(initial));
  const form = useSubmit();
  const { errors } = form;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clear(key === 'when' ? 'occurredAt' : key);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = {
      distress: draft.distress ?? undefined,
      mood: draft.mood,
      windowState: draft.windowState,
      sleepHours: numberOrNull(draft.sleepHours),
      note: draft.note,
    };
    const occurredAt = occurredAtFor(draft.when, initial?.occurredAt);
    if (occurredAt !== undefined) body['occurredAt'] = occurredAt;
    const early = draft.distress === null ? { distress: 'Choose a number from 0 to 10.' } : {};
    const saved = await form.submit(
      initial ? checkinUpdateSchema : checkinCreateSchema,
      body,
      () => (initial ? api.patch<CheckinView>(`/api/checkins/${initial.id}`, body) : api.post<CheckinView>('/api/checkins', body)),
      early,
    );
    if (saved !== null) onSaved(saved);
  };

  return (
    <form ref={form.formRef} className="entry-form" noValidate onSubmit={onSubmit} aria-busy={form.busy}>
      <FormProblems message={form.formError} details={unplaced(errors, FIELDS)} />
      <ChoiceGroup
        legend="Distress"
        hint="0 is completely calm, 10 is the most distress you can imagine."
        options={ZERO_TO_TEN}
        value={draft.distress}
        onChange={(v) => set('distress', v)}
        error={errorAt(errors, 'distress')}
        layout="scale"
      />
      <ChoiceGroup
        legend="Mood"
        options={MOODS}
        value={draft.mood}
        onChange={(v) => set('mood', v)}
        error={errorAt(errors, 'mood')}
        layout="scale"
        optional
      />
      <ChoiceGroup
        legend="Window of tolerance"
        hint="Where is your body right now?"
        options={BODY_STATE_CHOICES}
        value={draft.windowState}
        onChange={(v) => set('windowState', v)}
        error={errorAt(errors, 'windowState')}
        layout="row"
        optional
      />
      <NumberField
        label="Sleep last night"
        value={draft.sleepHours}
        onChange={(v) => set('sleepHours', v)}
        min={0}
        max={LIMITS.sleepHoursMax}
        step={0.5}
        unit="hours"
        error={errorAt(errors, 'sleepHours')}
        optional
      />
      <TextArea
        label="Note"
        value={draft.note}
        onChange={(v) => set('note', v)}
        maxLength={LIMITS.noteChars}
        error={errorAt(errors, 'note')}
        optional
      />
      <WhenField value={draft.when} onChange={(v) => set('when', v)} error={errorAt(errors, 'occurredAt')} editing={initial !== undefined} />
      <FormActions saveLabel="Save check-in" editing={initial !== undefined} onCancel={onCancel} />
    </form>
  );
}
