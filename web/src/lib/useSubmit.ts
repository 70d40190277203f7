/**
 * Runs a form submission: check the body against its schema, send it, and put any
 * problem (ours or the server's) beside its field, then move focus to the first one.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { z } from 'zod';
import { check, errorsFromApi, type FieldErrors } from './form.js';

export interface Submitter {
  errors: FieldErrors;
  formError: string | null;
  busy: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  submit<R>(schema: z.ZodType, body: unknown, send: () => Promise<R>, early?: FieldErrors): Promise<R | null>;
  clear(path: string): void;
  /** Clears a field and every part of it (`steps.warningSigns`, `steps.warningSigns[2]`). */
  clearUnder(path: string): void;
}

export function useSubmit(): Submitter {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);
  const inFlight = useRef(false);

  // After a failed submit, move focus to the first problem once it is on screen.
  const [focusRound, setFocusRound] = useState(0);
  useEffect(() => {
    if (focusRound === 0) return;
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-error');
    const folded = target?.closest('details');
    if (folded && !folded.open) folded.open = true;
    target?.focus();
  }, [focusRound]);
  const focusFirstProblem = () => setFocusRound((n) => n + 1);

  async function submit<R>(schema: z.ZodType, body: unknown, send: () => Promise<R>, early: FieldErrors = {}) {
    if (inFlight.current) return null;
    const found = { ...check(schema, body), ...early };
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFormError(null);
      focusFirstProblem();
      return null;
    }
    inFlight.current = true;
    setBusy(true);
    try {
      const result = await send();
      setErrors({});
      setFormError(null);
      return result;
    } catch (error) {
      const { fields, form } = errorsFromApi(error);
      setErrors(fields);
      setFormError(form);
      focusFirstProblem();
      return null;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  const clear = (path: string) => {
    if (errors[path] === undefined) return;
    const next = { ...errors };
    delete next[path];
    setErrors(next);
  };

  const clearUnder = (path: string) => {
    const inside = (k: string) => k === path || k.startsWith(`${path}.`) || k.startsWith(`${path}[`);
    if (!Object.keys(errors).some(inside)) return;
    setErrors(Object.fromEntries(Object.entries(errors).filter(([k]) => !inside(k))));
  };

  return { errors, formError, busy, formRef, submit, clear, clearUnder };
}
