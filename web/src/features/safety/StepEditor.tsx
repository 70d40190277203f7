/**
 * One step of the safety plan: its title and prompt, and the person's lines, each its own
 * labelled text box, with "Add a line" and "Remove" (up to 20 lines; 300 characters each).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { SAFETY_LINE_CHARS, SAFETY_LINES_PER_STEP } from '../../../../src/contracts/safety.js';
import type { FieldErrors } from '../../lib/form.js';
import { describedBy, FieldMessage } from '../../lib/ui/fields.js';
import { newLine, type PlanLine } from './planDraft.js';

interface Props {
  number: number;
  path: string;
  title: string;
  prompt: string;
  lines: PlanLine[];
  onChange: (lines: PlanLine[]) => void;
  errors: FieldErrors;
}

/** Grows a one-line text box to show all its words (CSS field-sizing does it where supported). */
function fitHeight(el: HTMLTextAreaElement | null): void {
  if (!el) return;
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight + 2}px`;
}

export function StepEditor({ number, path, title, prompt, lines, onChange, errors }: Props) {
  const listRef = useRef<HTMLOListElement | null>(null);
  // After every render (a Remove button appearing narrows a box) and on resizing, every box
  // shows all its words.
  const fitAll = () => listRef.current?.querySelectorAll('textarea').forEach(fitHeight);
  useLayoutEffect(fitAll);
  useEffect(() => {
    window.addEventListener('resize', fitAll);
    return () => window.removeEventListener('resize', fitAll);
  }, []);
  const headingId = `${path}-title`;
  const promptId = `${path}-prompt`;
  const stepError = errors[path];
  const focusLine = (index: number) =>
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLTextAreaElement>('textarea')[index]?.focus());

  const add = () => {
    onChange([...lines, newLine()]);
    focusLine(lines.length);
  };
  const remove = (index: number) => {
    const rest = lines.filter((_, i) => i !== index);
    onChange(rest.length > 0 ? rest : [newLine()]);
    focusLine(Math.max(0, index - 1));
  };
  const full = lines.length >= SAFETY_LINES_PER_STEP;

  return (
    <section className={`plan-step${stepError !== undefined ? ' has-error' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="step-number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h3>
      <p id={promptId} className="hint">
        {prompt}
      </p>
      <ol className="plan-lines" ref={listRef}>
        {lines.map((line, i) => {
          const id = `${path}-${line.key}`;
          const error = errors[`${path}[${i}]`];
          const label = `${title}, line ${i + 1}`;
          return (
            <li key={line.key}>
              <div className="plan-line">
                <label htmlFor={id} className="visually-hidden">
                  {label}
                </label>
                {/* A box that grows with its words: on a phone a one-line field hid the end of a
                    line, a phone number among them, just when it has to be read. One line each. */}
                <textarea
                  id={id}
                  rows={1}
                  value={line.text}
                  maxLength={SAFETY_LINE_CHARS}
                  autoComplete="off"
                  aria-describedby={describedBy(i === 0 ? promptId : null, error !== undefined ? `${id}-error` : null)}
                  aria-invalid={error !== undefined ? true : undefined}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') e.preventDefault();
                  }}
                  onChange={(e) => {
                    fitHeight(e.target);
                    onChange(lines.map((l) => (l.key === line.key ? { ...l, text: e.target.value.replace(/\s*\n\s*/g, ' ') } : l)));
                  }}
                />
                {(lines.length > 1 || line.text !== '') && (
                  <button type="button" className="small-button quiet" onClick={() => remove(i)} aria-label={`Remove ${label}`}>
                    Remove
                  </button>
                )}
              </div>
              {error !== undefined && <FieldMessage id={`${id}-error`} label={`Line ${i + 1}`} error={error} />}
            </li>
          );
        })}
      </ol>
      {stepError !== undefined && <FieldMessage id={`${path}-error`} label={title} error={stepError} />}
      {full ? (
        <p className="hint">That is the most lines a step can hold ({SAFETY_LINES_PER_STEP}).</p>
      ) : (
        <button type="button" className="small-button secondary" onClick={add} aria-label={`Add a line to “${title}”`}>
          + Add a line
        </button>
      )}
    </section>
  );
}
