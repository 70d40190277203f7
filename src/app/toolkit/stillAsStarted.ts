/**
 * Whether a person's toolkit and triggers are still exactly as Headway started them: the
 * default toolkit, nothing added, archived, renamed or edited, and no trigger named yet.
 * Only such a journal may have its toolkit replaced by an import's, or be filled with
 * demo data: anything else holds the person's own words, which must not be lost.
 */
import { DEFAULT_TOOLKIT } from '../../core/default-toolkit.js';
import type { PersonId } from '../../core/ids.js';
import type { Strategy, Trigger } from '../../core/records.js';

interface ToolkitReader {
  listStrategies(personId: PersonId): Promise<Strategy[]>;
  listTriggers(personId: PersonId): Promise<Trigger[]>;
}

const seedKey = (s: { name: string; role: string; function: string }) => `${s.name}\u0000${s.role}\u0000${s.function}`;
const SEEDS = new Set(DEFAULT_TOOLKIT.map(seedKey));

/** The check itself, on lists already read. Names are unique in a toolkit, so equal counts and every name a seed mean the same set. */
export function isStartingToolkit(strategies: readonly Strategy[], triggers: readonly Trigger[]): boolean {
  if (triggers.length > 0) return false;
  // An empty toolkit counts as untouched too: journals made by older builds before an import had none.
  if (strategies.length === 0) return true;
  return strategies.length === SEEDS.size && strategies.every((s) => SEEDS.has(seedKey(s)) && !s.archived && s.updatedAt === s.createdAt);
}

export async function stillAsStarted(store: ToolkitReader, personId: PersonId): Promise<boolean> {
  const [strategies, triggers] = await Promise.all([store.listStrategies(personId), store.listTriggers(personId)]);
  return isStartingToolkit(strategies, triggers);
}
