/**
 * Short notes at the bottom of the screen ("Moment deleted. Undo"). The live region is
 * always in the page so screen readers announce each note; a note with an action stays
 * while the pointer or focus is on it, and takes focus so the keyboard can reach "Undo".
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useHash } from './route.js';

export interface ToastInput {
  message: string;
  action?: { label: string; run: () => void };
  /** Keep showing after the page changes (e.g. "Changes saved." on the way back to history). */
  acrossPages?: boolean;
}

interface Toast extends ToastInput {
  id: number;
  hash: string;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

const PLAIN_MS = 6000;
const WITH_ACTION_MS = 12000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<Toast | null>(null);
  const [held, setHeld] = useState(false);
  const actionRef = useRef<HTMLButtonElement | null>(null);
  // Where focus was before a note's action took it, to give it back when the note goes.
  const returnTo = useRef<HTMLElement | null>(null);
  const counter = useRef(0);

  const show = useCallback((input: ToastInput) => {
    counter.current += 1;
    setToast({ ...input, id: counter.current, hash: window.location.hash });
  }, []);

  useEffect(() => {
    if (toast === null || held) return undefined;
    const timer = window.setTimeout(() => setToast(null), toast.action ? WITH_ACTION_MS : PLAIN_MS);
    return () => window.clearTimeout(timer);
  }, [toast, held]);

  useEffect(() => {
    if (!toast?.action) return;
    if (!regionRef.current?.contains(document.activeElement)) returnTo.current = document.activeElement as HTMLElement | null;
    actionRef.current?.focus();
  }, [toast]);

  // A note belongs to the page it was shown on; one that should follow the person says so.
  const hash = useHash();
  useEffect(() => {
    setToast((t) => (t === null || t.acrossPages === true || t.hash === hash ? t : null));
    setHeld(false);
  }, [hash]);

  const regionRef = useRef<HTMLDivElement | null>(null);
  const dismiss = () => {
    if (regionRef.current?.contains(document.activeElement) === true) {
      const back = returnTo.current;
      if (back?.isConnected === true && back !== document.body) back.focus();
      else document.getElementById('main')?.focus();
    }
    setToast(null);
    setHeld(false);
  };

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div
        ref={regionRef}
        className="toast-region"
        role="status"
        aria-live="polite"
        onMouseEnter={() => setHeld(true)}
        onMouseLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={() => setHeld(false)}
      >
        {toast !== null && (
          <div className="toast" key={toast.id}>
            <span>{toast.message}</span>
            {toast.action !== undefined && (
              <button
                type="button"
                ref={actionRef}
                className="toast-action"
                onClick={() => {
                  toast.action?.run();
                  dismiss();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={dismiss}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}
