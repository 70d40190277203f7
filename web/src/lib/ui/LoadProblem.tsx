/** Says, calmly, why something could not be loaded, with a way to try again. */
import { friendlyError } from '../friendly.js';

export function LoadProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="notice" role="alert">
      <p>{friendlyError(error)}</p>
      <button type="button" className="secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
