/**
 * Taking a questionnaire: the questions one by one, then — when an answer calls for care —
 * the calm screen before anything else, then the result. Problems the server finds with an
 * answer show beside that question.
 */
import { useState } from 'react';
import type { InstrumentView, MeasureCreate, MeasureTaken } from '../../../../src/contracts/measures.js';
import { api } from '../../lib/api.js';
import { errorsFromApi, unplaced, type FieldErrors } from '../../lib/form.js';
import { FormProblems } from '../../lib/ui/FormProblems.js';
import { nowInstant } from '../../lib/when.js';
import { CalmScreen } from './CalmScreen.js';
import { needsCalmScreen } from './critical.js';
import { NotWatched } from './NotWatched.js';
import { QuestionStep } from './QuestionStep.js';
import { ResultView } from './ResultView.js';

type Phase = { at: 'asking' } | { at: 'calm'; taken: MeasureTaken } | { at: 'result'; taken: MeasureTaken; hadCritical: boolean; note: string | null };

const answerIndex = (path: string) => Number(/^answers\[(\d+)\]/.exec(path)?.[1] ?? NaN);
const ACK_FAILED = 'Headway could not note that you moved on from the support screen. Your results are saved; nothing else is affected.';

export function Questionnaire({ instrument }: { instrument: InstrumentView }) {
  const [answers, setAnswers] = useState<Array<number | null>>(() => instrument.items.map(() => null));
  const [index, setIndex] = useState(0);
  const [phase, setPhase] = useState<Phase>({ at: 'asking' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const last = instrument.items.length - 1;

  const choose = (value: number) => {
    setAnswers((a) => a.map((v, i) => (i === index ? value : v)));
    setErrors(({ [`answers[${index}]`]: _gone, ...rest }) => rest);
  };

  const submit = async () => {
    const body: MeasureCreate = { instrument: instrument.id, answers, takenAt: nowInstant(), source: 'app' };
    setBusy(true);
    setFormError(null);
    try {
      const taken = await api.post<MeasureTaken>('/api/measures', body);
      const calm = needsCalmScreen(instrument, answers, taken);
      setPhase(calm ? { at: 'calm', taken } : { at: 'result', taken, hadCritical: false, note: null });
    } catch (error) {
      const { fields, form } = errorsFromApi(error);
      setErrors(fields);
      setFormError(form);
      const first = Math.min(...Object.keys(fields).map(answerIndex).filter((n) => n >= 0 && n <= last));
      if (Number.isFinite(first)) setIndex(first);
    } finally {
      setBusy(false);
    }
  };

  const next = () => {
    if (answers[index] === null) {
      setErrors((e) => ({ ...e, [`answers[${index}]`]: 'Choose the answer that fits best, then go on.' }));
      return;
    }
    if (index < last) setIndex(index + 1);
    else void submit();
  };

  const acknowledge = async (taken: MeasureTaken) => {
    setBusy(true);
    let note: string | null = null;
    try {
      await Promise.all(taken.safetyEventIds.map((id) => api.post<unknown>(`/api/safety/events/${encodeURIComponent(id)}/acknowledge`)));
    } catch {
      // Reason: the person must never be held on this screen by a failed note; they are told, and the event stays unacknowledged.
      note = ACK_FAILED;
    }
    setBusy(false);
    setPhase({ at: 'result', taken, hadCritical: true, note });
  };

  if (phase.at === 'calm') return <CalmScreen critical={phase.taken.critical} busy={busy} onContinue={() => void acknowledge(phase.taken)} />;
  if (phase.at === 'result') {
    return <ResultView instrument={instrument} measure={phase.taken.measure} hadCritical={phase.hadCritical} note={phase.note} />;
  }
  const shownKeys = instrument.items.map((_, i) => `answers[${i}]`);
  return (
    <>
      <NotWatched />
      <FormProblems message={formError} details={unplaced(errors, shownKeys)} />
      <QuestionStep
        instrument={instrument}
        index={index}
        value={answers[index] ?? null}
        error={errors[`answers[${index}]`]}
        busy={busy}
        onChoose={choose}
        onNext={next}
        onBack={() => setIndex(Math.max(0, index - 1))}
      />
    </>
  );
}
