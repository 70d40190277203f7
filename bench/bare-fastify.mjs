// The yardstick for the HTTP bench: a bare Fastify POST route that parses JSON and
// answers 201, with no validation, no database and no security hooks.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/api/moments', async (req, reply) => reply.code(201).send({ ok: true, trigger: req.body?.trigger }));
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
process.stdout.write(`Open: http://127.0.0.1:${app.server.address().port}/\n`);
