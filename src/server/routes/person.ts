/** /api/session, /api/person, /api/person/welcome, /api/crisis-lines, /api/health. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.js';
import { countrySchema } from '../../contracts/fields.js';
import { personUpdateSchema, personViewSchema } from '../../contracts/toolkit.js';
import { getPerson } from '../../app/person/getPerson.js';
import { updatePerson } from '../../app/person/updatePerson.js';
import { finishWelcome } from '../../app/person/finishWelcome.js';
import { welcomeSchema } from '../../contracts/welcome.js';
import { crisisLinesFor } from '../../core/crisis-lines.js';
import type { RouteContext } from './context.js';

const crisisSchema = z.object({
  shownFor: z.string(),
  exact: z.boolean(),
  lines: z.array(
    z.object({
      country: z.string(),
      service: z.string(),
      contact: z.string(),
      tel: z.string().nullable(),
      sms: z.object({ number: z.string(), body: z.string().nullable() }).nullable(),
      hours: z.string().nullable(),
      emergency: z.boolean(),
      sourceUrl: z.string(),
      lastVerified: z.string(),
    }),
  ),
});

export function personRoutes(app: FastifyInstance, { deps, personId }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/health', { schema: { hide: true }, handler: async () => ({ ok: true }) });

  r.get('/api/session', {
    schema: { tags: ['person'], summary: 'Who is using Headway, and their crisis lines', response: { 200: z.object({ person: personViewSchema, crisis: crisisSchema }) } },
    handler: async () => {
      const person = await getPerson(deps, personId);
      return { person, crisis: crisisLinesFor(person.country) };
    },
  });
  r.get('/api/person', {
    schema: { tags: ['person'], summary: 'The person’s settings', response: { 200: personViewSchema } },
    handler: async () => getPerson(deps, personId),
  });
  r.patch('/api/person', {
    schema: { tags: ['person'], summary: 'Change display name, country or the day therapy began', body: personUpdateSchema, response: { 200: personViewSchema, 400: errorBodySchema } },
    handler: async (req) => updatePerson(deps, personId, req.body),
  });
  r.post('/api/person/welcome', {
    schema: {
      tags: ['person'],
      summary: 'Finish the first-start screen: continue with a country, or skip (it is not shown again)',
      body: welcomeSchema,
      response: { 200: personViewSchema, 400: errorBodySchema },
    },
    handler: async (req) => finishWelcome(deps, personId, req.body),
  });
  r.get('/api/crisis-lines', {
    schema: {
      tags: ['person'],
      summary: 'Crisis lines for a country (default: the person’s)',
      querystring: z.strictObject({ country: countrySchema.optional() }),
      response: { 200: crisisSchema, 400: errorBodySchema },
    },
    handler: async (req) => crisisLinesFor(req.query.country ?? (await getPerson(deps, personId)).country),
  });
}
