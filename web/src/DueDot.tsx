/**
 * A quiet mark beside "Questionnaires" when a questionnaire's rhythm says it is ready.
 * An invitation only: no count of missed days, nothing red.
 */
import { useEffect, useState } from 'react';
import { api } from './lib/api.js';

export function DueDot({ refreshKey }: { refreshKey: string }) {
  const [due, setDue] = useState(0);
  useEffect(() => {
    let live = true;
    api.get<{ due: unknown[] }>('/api/measures/due').then(
      (r) => live && setDue(r.due.length),
      () => live && setDue(0),
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);
  if (due === 0) return null;
  return (
    <span className="due-dot" title={`${due} ready when you are`}>
      <span className="visually-hidden">({due} ready when you are)</span>
    </span>
  );
}
