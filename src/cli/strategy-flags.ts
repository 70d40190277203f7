/** `--strategy "A walk=helped"`: strategies by name, as the person knows them, with how each went. */
import type { Deps } from '../app/deps.js';
import type { PersonId } from '../core/ids.js';
import { nameKey } from '../core/names.js';
import { CliError, EXIT } from './fail.js';
import { OUTCOME_WORDS, parseStrategyFlag, type Outcome } from './strategy-outcome.js';

interface Named {
  id: string;
  name: string;
  archived: boolean;
}

function invalid(message: string): CliError {
  return new CliError(message, EXIT.validation_failed);
}

/** A name and outcome from one flag; an unknown outcome is refused unless the whole flag is a strategy's name. */
function readFlag(flag: string, all: readonly Named[]): { name: string; helped: Outcome } {
  const parsed = parseStrategyFlag(flag);
  if (parsed.spelled) return { name: parsed.name, helped: parsed.outcome };
  const u = parsed.unknown;
  if (u === null || all.some((s) => nameKey(s.name) === nameKey(parsed.name))) return { name: parsed.name, helped: null };
  const example = `--strategy "${u.before}=not helped"`;
  if (u.after === '') throw invalid(`--strategy: "${flag}" says nothing after "${u.sign}"; write ${OUTCOME_WORDS} there (e.g. ${example}), or leave "${u.sign}" out`);
  throw invalid(`--strategy: "${u.after}" is not an outcome Headway knows; after "${u.sign}" write ${OUTCOME_WORDS} (e.g. ${example})`);
}

export async function resolveStrategyFlags(
  deps: Deps,
  personId: PersonId,
  flags: string[],
): Promise<Array<{ strategyId: string; helped: boolean | null }>> {
  if (flags.length === 0) return [];
  const all = await deps.store.listStrategies(personId);
  const toolkit = all.filter((s) => !s.archived);
  return flags.map((flag) => {
    const { name, helped } = readFlag(flag, all);
    const found = toolkit.find((s) => nameKey(s.name) === nameKey(name));
    if (!found) {
      const archived = all.find((s) => s.archived && nameKey(s.name) === nameKey(name));
      if (archived) {
        throw invalid(
          `--strategy: "${archived.name}" is archived, so it is not offered for new moments. To use it again: headway toolkit edit "${archived.name}" --unarchive`,
        );
      }
      if (name.trim() === '') throw invalid('--strategy: is empty; name a strategy from your toolkit (headway toolkit list)');
      const near = toolkit
        .filter((s) => nameKey(s.name).includes(nameKey(name).slice(0, 4)))
        .map((s) => `"${s.name}"`)
        .slice(0, 3);
      throw invalid(
        `--strategy: "${name}" is not in your toolkit.${near.length ? ` Did you mean ${near.join(' or ')}?` : ''} ` +
          `Add it with: headway toolkit add "${name}" --role coping --function soothe`,
      );
    }
    return { strategyId: found.id, helped };
  });
}
