/**
 * How often Headway suggests a questionnaire ("every 14 days"). A suggestion is an
 * invitation: nothing counts missed days, and stopping is one click.
 */
import { useId, useState, type FormEvent } from 'react';
import { scheduleBodySchema, type InstrumentOverview, type InstrumentView } from '../../../../src/contracts/measures.js';
import { api } from '../../lib/api.js';
import { errorAt, numberOrNull } from '../../lib/form.js';
import { useToast } from '../../lib/toast.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { describedBy, FieldMessage } from '../../lib/ui/fields.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { shortName } from './measureWords.js';

interface Props {
  instrument: InstrumentView;
  schedule: InstrumentOverview['schedule'];
  onChanged: () => void;
}

export function ReminderControl({ instrument, schedule, onChanged }: Props) {
  const id = useId();
  const [days, setDays] = useState(String(schedule?.everyDays ?? instrument.suggestedEveryDays));
  const [stopping, setStopping] = useState(false);
  const form = useSubmit();
  const toast = useToast();
  const path = `/api/measures/schedules/${encodeURIComponent(instrument.id)}`;
  const error = errorAt(form.errors, 'everyDays');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { everyDays: numberOrNull(days) ?? undefined };
    const early = days.trim() === '' ? { everyDays: 'needs a number of days, from 1 to 365' } : {};
    const saved = await form.submit(scheduleBodySchema, body, () => api.put<unknown>(path, body), early);
    if (saved === null) return;
    toast({ message: `The ${shortName(instrument.id)} will be suggested every ${body.everyDays} days.` });
    onChanged();
  };

  const stop = async () => {
    setStopping(true);
    // Nothing to check before stopping: the schema accepts the empty body, and any server problem shows as for saving.
    const stopped = await form.submit(scheduleBodySchema.optional(), undefined, () => api.del<unknown>(path));
    setStopping(false);
    if (stopped === null) return;
    toast({ message: `No more suggestions for the ${shortName(instrument.id)}. You can take it whenever you like.` });
    onChanged();
  };

  const hintId = `${id}-hint`;
  return (
    <form ref={form.formRef} className="rhythm" noValidate onSubmit={onSubmit} aria-busy={form.busy}>
      <FormProblems message={form.formError} />
      <div className="rhythm-row">
        <label htmlFor={id}>Suggest it every</label>
        <input
          id={id}
          type="number"
          className="short"
          min={1}
          max={365}
          inputMode="numeric"
          value={days}
          onChange={(e) => {
            setDays(e.target.value);
            form.clear('everyDays');
          }}
          aria-describedby={describedBy(hintId, error !== undefined ? `${id}-error` : null)}
          aria-invalid={error !== undefined ? true : undefined}
        />
        <span>days</span>
        <button type="submit" className="small-button secondary">
          {schedule === null ? 'Set rhythm' : 'Change'}
        </button>
        {schedule !== null && (
          <button type="button" className="small-button quiet" onClick={() => void stop()} disabled={stopping}>
            Stop suggesting
          </button>
        )}
      </div>
      {error !== undefined && <FieldMessage id={`${id}-error`} label="The rhythm" error={error} />}
      <p id={hintId} className="hint">
        {schedule === null
          ? `No rhythm set. Many people take it every ${instrument.suggestedEveryDays} days; whatever suits you is right.`
          : `Suggested every ${schedule.everyDays} days. Just a gentle note — skipping is fine.`}
      </p>
    </form>
  );
}
