/** A journal on a fresh in-memory SQLite store with a clock the test moves by hand. */
import { randomIds, type Deps } from '../src/app/deps.js';
import { openJournal } from '../src/app/person/openJournal.js';
import { LOCAL_PERSON_ID } from '../src/core/ids.js';
import { SqliteStore } from '../src/store/sqlite.js';

export interface Fixture {
  deps: Deps;
  person: typeof LOCAL_PERSON_ID;
  setNow(instant: string): void;
  close(): Promise<void>;
}

export async function journalFixture(start = '2026-03-01T09:00:00+00:00', seedToolkit = true): Promise<Fixture> {
  let now = start;
  const store = await SqliteStore.openFile(':memory:');
  const deps: Deps = { store, clock: { now: () => now }, newId: randomIds };
  await openJournal(deps, { personId: LOCAL_PERSON_ID, country: 'GB', seedToolkit });
  return { deps, person: LOCAL_PERSON_ID, setNow: (i) => (now = i), close: () => store.close() };
}
