/**
 * One question at a time: where you are ("Question 3 of 9" and a bar), the stem and time
 * frame, the question, and its answers as native radios in a radiogroup. Keys: arrows move
 * between answers, a digit picks the answer with that number, Enter goes on. Each answer is
 * numbered by the value it scores (PHQ-9: 0 = Not at all … 3 = Nearly every day), as on the
 * paper form and in the terminal (`headway measure take`), so one number means one answer everywhere.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { InstrumentView } from '../../../../src/contracts/measures.js';
import { describedBy, FieldMessage } from '../../lib/ui/fields.js';

interface Props {
  instrument: InstrumentView;
  index: number;
  value: number | null;
  error: string | undefined;
  busy: boolean;
  onChoose: (value: number) => void;
  onNext: () => void;
  onBack: () => void;
}

/** "0–3" for the PHQ-9, "1–4" for the Brief COPE: the numbers shown beside the answers. */
function keyRange(instrument: InstrumentView): string {
  const values = instrument.responses.map((r) => r.value);
  return `${Math.min(...values)}–${Math.max(...values)}`;
}

function Progress({ at, of }: { at: number; of: number }) {
  return (
    <div className="take-progress">
      <p className="take-count" aria-hidden="true">
        Question {at} of {of}
      </p>
      <div
        className="take-bar"
        role="progressbar"
        aria-label="Progress through the questionnaire"
        aria-valuemin={1}
        aria-valuemax={of}
        aria-valuenow={at}
        aria-valuetext={`Question ${at} of ${of}`}
      >
        <span style={{ width: `${(at / of) * 100}%` }} />
      </div>
    </div>
  );
}

export function QuestionStep({ instrument, index, value, error, busy, onChoose, onNext, onBack }: Props) {
  const id = useId();
  const groupRef = useRef<HTMLDivElement | null>(null);
  const shownIndex = useRef(index);
  const item = instrument.items[index];
  const total = instrument.items.length;
  const last = index === total - 1;

  // A new question: put the keyboard on its answers (the page heading has focus for the first one).
  useEffect(() => {
    if (shownIndex.current === index) return;
    shownIndex.current = index;
    const radios = groupRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    const checked = [...(radios ?? [])].find((r) => r.checked);
    (checked ?? radios?.[0])?.focus();
  }, [index]);

  /** A digit picks the answer numbered (valued) with it; true when it did. */
  const chooseByKey = (e: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean => {
    if (e.altKey || e.ctrlKey || e.metaKey || !/^[0-9]$/.test(e.key)) return false;
    const at = instrument.responses.findIndex((r) => r.value === Number(e.key));
    const option = instrument.responses[at];
    if (option === undefined) return false;
    onChoose(option.value);
    groupRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]')[at]?.focus();
    return true;
  };

  // The tip's keys work before focus is on the answers too (on the first question the page
  // heading has it), as long as the person is not typing into something else.
  const chooseRef = useRef(chooseByKey);
  chooseRef.current = chooseByKey;
  useEffect(() => {
    const onWindowKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.closest('form.question') || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(t.tagName))) return;
      if (chooseRef.current(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onWindowKey);
    return () => window.removeEventListener('keydown', onWindowKey);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (chooseByKey(e)) {
      e.preventDefault();
    } else if (e.key === 'Enter' && !e.altKey && !e.ctrlKey && !e.metaKey && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      onNext();
    }
  };

  if (item === undefined) return null;
  const questionId = `${id}-question`;
  const stemId = `${id}-stem`;
  const errorId = error !== undefined ? `${id}-error` : null;
  return (
    <form
      className="question"
      noValidate
      aria-busy={busy}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <Progress at={index + 1} of={total} />
      <p id={stemId} className="stem">
        {instrument.stem ?? `Thinking about ${instrument.recallPeriod.label}:`}
      </p>
      <h2 id={questionId} className="question-text">
        <span className="visually-hidden">{`Question ${index + 1} of ${total}: `}</span>
        {item.text}
      </h2>
      <div
        ref={groupRef}
        role="radiogroup"
        className={`answers${error !== undefined ? ' has-error' : ''}`}
        aria-labelledby={questionId}
        aria-describedby={describedBy(stemId, errorId)}
        aria-invalid={error !== undefined ? true : undefined}
      >
        {instrument.responses.map((r) => {
          const optionId = `${id}-${r.value}`;
          return (
            <span className="choice answer" key={r.value}>
              <input id={optionId} type="radio" name={id} checked={value === r.value} onChange={() => onChoose(r.value)} />
              <label htmlFor={optionId}>
                <span className="key-hint" aria-hidden="true">
                  {r.value}
                </span>
                <span className="choice-label">{r.label}</span>
              </label>
            </span>
          );
        })}
      </div>
      {errorId !== null && error !== undefined && <FieldMessage id={errorId} label={`Question ${index + 1}`} error={error} />}
      <p className="small muted keys-hint">Tip: press {keyRange(instrument)} to answer, Enter to go on.</p>
      <div className="actions">
        {index > 0 && (
          <button type="button" className="secondary" onClick={onBack}>
            Back
          </button>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {last ? 'See my results' : 'Next'}
        </button>
      </div>
    </form>
  );
}
