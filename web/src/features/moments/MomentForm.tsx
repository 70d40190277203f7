/**
 * Log or edit a moment. The fast path — trigger, intensity, what helped, minutes, Save —
 * fits a phone screen and a scroll; the rest waits under "More detail". Save stays in
 * sight at the bottom. A new moment is kept in this browser as it is typed
 * (draftStore.ts), so a lost session or a closed tab never loses it.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { momentCreateSchema, momentUpdateSchema, type MomentView } from '../../../../src/contracts/entries.js';
import { api } from '../../lib/api.js';
import { errorAt, unplaced } from '../../lib/form.js';
import { useLoad } from '../../lib/useLoad.js';
import { useSession } from '../../lib/session.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { FormActions } from '../../lib/ui/FormActions.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { dropDraft, keepDraft, keptDraft } from './draftStore.js';
import { IntensityField } from './IntensityField.js';
import { loadLists, ListsProblem } from './lists.js';
import { MinutesField } from './MinutesField.js';
import { MomentDetails } from './MomentDetails.js';
import { draftFromMoment, emptyMoment, hasDetail, momentBody, type MomentDraft } from './momentDraft.js';
import { StrategyPicker } from './StrategyPicker.js';
import { TriggerField } from './TriggerField.js';
import './moments.css';

const FAST_FIELDS = ['trigger', 'intensity', 'strategies', 'settledMinutes'];
const ALL_FIELDS = [...FAST_FIELDS, 'bodyState', 'thought', 'followedThought', 'recognizedEarly', 'handledDifferently', 'note', 'occurredAt'];

/** Said when Save meets a lost session: what happened to this moment, and what to do (the page's notice has the steps). */
const NOT_SAVED_BUT_KEPT =
  'Not saved yet: this page has lost its connection to Headway. Everything you put in is kept on this device. Reconnect as the note at the top of the page says, and it will be here, ready to save.';

interface Props {
  initial?: MomentView;
  onSaved: (moment: MomentView) => void;
  onCancel?: () => void;
}

export function MomentForm({ initial, onSaved, onCancel }: Props) {
  const editing = initial !== undefined;
  const [restored] = useState(() => (editing ? null : keptDraft()));
  const [draft, setDraft] = useState<MomentDraft>(() => (initial ? draftFromMoment(initial) : (restored ?? emptyMoment)));
  const [keptNote, setKeptNote] = useState(restored !== null);
  const [open, setOpen] = useState(() => hasDetail(initial ? draftFromMoment(initial) : (restored ?? emptyMoment)));
  const lists = useLoad(loadLists, 'moment-lists');
  const { expired } = useSession();
  const form = useSubmit();
  const { errors } = form;
  const saved = useRef(false);

  useEffect(() => {
    if (Object.keys(errors).some((k) => !FAST_FIELDS.includes(k))) setOpen(true);
  }, [errors]);

  // Every change is kept at once: a session can be lost between two taps.
  useEffect(() => {
    if (!editing && !saved.current) keepDraft(draft);
  }, [draft, editing]);

  const set = <K extends keyof MomentDraft>(key: K, value: MomentDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clear(key === 'when' ? 'occurredAt' : key);
  };

  const startAgain = () => {
    dropDraft();
    setDraft(emptyMoment);
    setKeptNote(false);
    setOpen(false);
    requestAnimationFrame(() => form.formRef.current?.querySelector<HTMLElement>('input')?.focus());
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const early: Record<string, string> = {};
    if (draft.trigger.trim() === '') early['trigger'] = 'Pick or type a trigger — a few words are enough.';
    if (draft.intensity === null) early['intensity'] = 'Choose a number from 0 to 10.';
    const body = momentBody(draft, initial);
    const result = await form.submit(
      initial ? momentUpdateSchema : momentCreateSchema,
      body,
      () => (initial ? api.patch<MomentView>(`/api/moments/${initial.id}`, body) : api.post<MomentView>('/api/moments', body)),
      early,
    );
    if (result === null) return;
    if (!editing) {
      saved.current = true;
      dropDraft();
    }
    onSaved(result);
  };

  // Enter on a chip or tile saves, as it does in a text field (a form's implicit submission).
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const t = event.target;
    if (event.key === 'Enter' && t instanceof HTMLInputElement && (t.type === 'radio' || t.type === 'checkbox')) {
      event.preventDefault();
      form.formRef.current?.requestSubmit();
    }
  };

  const toolkit = lists.data?.toolkit ?? [];
  const strategyNames = new Map(toolkit.map((s) => [s.id, s.name]));
  const strategies = draft.strategies.map((s) => ({ ...s, name: strategyNames.get(s.strategyId) ?? s.name }));
  const formMessage = form.formError !== null && expired && !editing ? NOT_SAVED_BUT_KEPT : form.formError;

  return (
    <form ref={form.formRef} className="entry-form moment-form" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} aria-busy={form.busy}>
      {keptNote && (
        <div className="notice kept-note" role="status">
          <p>Here is the moment you started earlier; nothing was lost.</p>
          <button type="button" className="secondary" onClick={startAgain}>
            Start again
          </button>
        </div>
      )}
      <FormProblems message={formMessage} details={unplaced(errors, ALL_FIELDS)} />
      {/* On a wide screen the fast path sits in two columns, so all of it is in view at once. */}
      <div className="fast-path">
        <div className="fast-column">
          <TriggerField value={draft.trigger} onChange={(v) => set('trigger', v)} triggers={lists.data?.triggers ?? []} error={errorAt(errors, 'trigger')} />
          <IntensityField value={draft.intensity} onChange={(v) => set('intensity', v)} error={errorAt(errors, 'intensity')} />
        </div>
        <div className="fast-column">
          <StrategyPicker
            toolkit={toolkit}
            value={strategies}
            onChange={(v) => set('strategies', v)}
            error={errorAt(errors, 'strategies')}
            problem={lists.error !== null ? <ListsProblem error={lists.error} onRetry={lists.reload} /> : lists.loading ? <p className="hint">Loading your strategies…</p> : null}
          />
          <MinutesField value={draft.settledMinutes} onChange={(v) => set('settledMinutes', v)} errors={errors} />
        </div>
      </div>
      <details className="more" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>More detail</summary>
        <MomentDetails draft={draft} set={set} errors={errors} editing={editing} />
      </details>
      <div className="save-bar">
        <FormActions saveLabel="Save moment" editing={editing} onCancel={onCancel} />
      </div>
    </form>
  );
}
