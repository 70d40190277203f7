// A floor for the HTTP bench: the bare Fastify route of bench/bare-fastify.mjs, plus only
// the durable write itself through Headway's own SQLite store (dist/): group commit, a
// savepoint per write, the trigger lookup, the moment insert, and COMMIT, which fsyncs the WAL
// before the answer. No security hook, validation, crisis check or view.
// Whatever this costs per request, logging a moment cannot cost less.
// Usage: node bench/floor-fastify-sqlite.mjs [port] (after npm run build).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { SqliteStore } from '../dist/store/sqlite.js';
import { openJournal } from '../dist/app/person/openJournal.js';
import { randomIds, systemClock } from '../dist/app/deps.js';
import { LOCAL_PERSON_ID } from '../dist/core/ids.js';

const dataDir = mkdtempSync(join(tmpdir(), 'headway-floor-'));
const store = await SqliteStore.open(dataDir);
const deps = { store, clock: systemClock, newId: randomIds };
await openJournal(deps, { personId: LOCAL_PERSON_ID, country: 'GB' });
const trigger = { id: randomIds(), name: 'Criticism at work', createdAt: systemClock.now() };
await store.transaction((tx) => tx.insertTrigger(LOCAL_PERSON_ID, trigger));

const app = Fastify({ logger: false });
app.post('/api/moments', async (req, reply) => {
  const now = systemClock.now();
  const id = await store.transaction(async (tx) => {
    const t = await tx.findTriggerByName(LOCAL_PERSON_ID, req.body.trigger);
    const moment = {
      id: randomIds(), occurredAt: now, triggerId: t.id, intensity: req.body.intensity, bodyState: null, thought: null,
      followedThought: null, recognizedEarly: false, handledDifferently: false, settledMinutes: null, strategies: [],
      note: null, createdAt: now, updatedAt: now, deletedAt: null,
    };
    await tx.insertEntry('moments', LOCAL_PERSON_ID, moment);
    return moment.id;
  });
  return reply.code(201).send({ ok: true, id });
});
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
process.stdout.write(`Open: http://127.0.0.1:${app.server.address().port}/\n`);
process.once('SIGTERM', () =>
  void app.close().then(() => store.close()).then(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }),
);
