/** A stored person as the API and CLI show them. */
import type { PersonView } from '../../contracts/toolkit.js';
import type { Person } from '../../core/records.js';

export function personView(p: Person): PersonView {
  return {
    id: p.id,
    displayName: p.displayName,
    country: p.country,
    therapyStartedOn: p.therapyStartedOn ?? null,
    // A date already given needs no question either.
    therapyStartAsked: (p.therapyStartAskedAt ?? null) !== null || (p.therapyStartedOn ?? null) !== null,
    welcomed: (p.welcomedAt ?? null) !== null,
  };
}
