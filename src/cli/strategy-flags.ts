/** `--strategy "A walk=helped"`: strategies by name, as the person knows them. */
import type { Deps } from '../app/deps.js';
import type { PersonId } from '../core/ids.js';
import { nameKey } from '../core/names.js';
import { CliError, EXIT } from './fail.js';

const HELPED: Record<string, boolean> = { helped: true, yes: true, 'not-helped': false, 'did-not-help': false, no: false };

export async function resolveStrategyFlags(
  deps: Deps,
  personId: PersonId,
  flags: string[],
): Promise<Array<{ strategyId: string; helped: boolean | null }>> {
  if (flags.length === 0) return [];
  const all = await deps.store.listStrategies(personId);
  const toolkit = all.filter((s) => !s.archived);
  return flags.map((flag) => {
    const eq = flag.lastIndexOf('=');
    const suffix = eq > 0 ? flag.slice(eq + 1).trim().toLowerCase() : '';
    const known = suffix !== '' && suffix in HELPED;
    const name = known ? flag.slice(0, eq) : flag;
    const found = toolkit.find((s) => nameKey(s.name) === nameKey(name));
    if (!found) {
      const archived = all.find((s) => s.archived && nameKey(s.name) === nameKey(name));
      if (archived) {
        throw new CliError(
          `--strategy: "${archived.name}" is archived, so it is not offered for new moments. To use it again: headway toolkit edit "${archived.name}" --unarchive`,
          EXIT.validation_failed,
        );
      }
      if (name.trim() === '') throw new CliError('--strategy: is empty; name a strategy from your toolkit (headway toolkit list)', EXIT.validation_failed);
      const near = toolkit
        .filter((s) => nameKey(s.name).includes(nameKey(name).slice(0, 4)))
        .map((s) => `"${s.name}"`)
        .slice(0, 3);
      throw new CliError(
        `--strategy: "${name}" is not in your toolkit.${near.length ? ` Did you mean ${near.join(' or ')}?` : ''} ` +
          `Add it with: headway toolkit add "${name}" --role coping --function soothe`,
        EXIT.validation_failed,
      );
    }
    return { strategyId: found.id, helped: known ? (HELPED[suffix] ?? null) : null };
  });
}
