/**
 * Said before anyone answers (MEASURES.md §4, point 5): answers are not watched in real
 * time, and where to go instead when in danger.
 */
import { href } from '../../lib/route.js';

export function NotWatched() {
  return (
    <p className="not-watched">
      Your answers are kept on this device, and nobody sees them as you answer. If you are in danger now, use{' '}
      <a href={href({ page: 'safety' })}>I need help now</a>.
    </p>
  );
}
