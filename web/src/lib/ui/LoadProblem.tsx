/** Says, calmly, why something could not be loaded, with a way to try again. */
import { friendlyError } from '../friendly.js';

export function LoadProblem({
  error,
  onRetry,
  describe = friendlyError,
}: {
  error: unknown;
  onRetry: () => void;
  /** Words for the error, when a page knows better than the general ones. */
  describe?: (error: unknown) => string;
}) {
  return (
    <div className="notice" role="alert">
      <p>{describe(error)}</p>
      <button type="button" className="secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
