/**
 * The two lists the moment form offers (the person's triggers, most used first, and their
 * toolkit, most used first), and what to say when they could not be loaded: never "your
 * toolkit is empty" when it simply could not be read.
 */
import type { StrategyView, TriggerView } from '../../../../src/contracts/toolkit.js';
import { api, ApiError } from '../../lib/api.js';
import { friendlyError } from '../../lib/friendly.js';

export interface Lists {
  triggers: TriggerView[];
  toolkit: StrategyView[];
}

export async function loadLists(): Promise<Lists> {
  const [triggers, toolkit] = await Promise.all([
    api.get<{ items: TriggerView[] }>('/api/triggers'),
    api.get<{ items: StrategyView[] }>('/api/toolkit'),
  ]);
  return { triggers: triggers.items, toolkit: toolkit.items };
}

export function ListsProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error instanceof ApiError && error.code === 'unauthorized') {
    return (
      <p className="notice" role="status">
        Your strategies could not be loaded: this page has lost its connection to Headway. Reconnect as the note at the top of the page says, and
        they will be here. What you have put in this form so far is kept.
      </p>
    );
  }
  return (
    <div className="notice" role="status">
      <p>Your strategies could not be loaded. {friendlyError(error)}</p>
      <button type="button" className="secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
