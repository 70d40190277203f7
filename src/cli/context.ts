/**
 * What a CLI command runs with: the validated environment (with --data-dir applied), and
 * — opened on demand — the same store and use-case dependencies the server uses.
 */
import { randomIds, systemClock, type Deps } from '../app/deps.js';
import { openJournal } from '../app/person/openJournal.js';
import { LOCAL_PERSON_ID, type PersonId } from '../core/ids.js';
import { readEnv, type Env } from '../server/env.js';
import { openStore } from '../server/open-store.js';
import { CliError, usage } from './fail.js';

export interface GlobalFlags {
  dataDir?: string;
}

export function loadEnv(flags: GlobalFlags): Env {
  const result = readEnv(process.env);
  if (!result.ok) {
    throw new CliError(`Headway's settings need fixing:\n  ${result.problems.join('\n  ')}`, 2);
  }
  // An empty --data-dir (an unset shell variable, say) must not quietly mean the default journal.
  if (flags.dataDir !== undefined && flags.dataDir.trim() === '') throw usage('--data-dir: is empty; name the data folder, or leave the flag out for the default');
  return flags.dataDir !== undefined ? { ...result.env, dataDir: flags.dataDir } : result.env;
}

export interface Session {
  env: Env;
  deps: Deps;
  personId: PersonId;
}

/** Opens the journal, runs `work`, and always closes the store (flushing pending writes). */
export async function withJournal<T>(
  flags: GlobalFlags,
  work: (s: Session) => Promise<T>,
): Promise<T> {
  const env = loadEnv(flags);
  const store = await openStore(env);
  try {
    const deps: Deps = { store, clock: systemClock, newId: randomIds };
    await openJournal(deps, { personId: LOCAL_PERSON_ID, country: env.country });
    return await work({ env, deps, personId: LOCAL_PERSON_ID });
  } finally {
    await store.close();
  }
}
