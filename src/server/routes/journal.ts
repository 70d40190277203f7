/** /api/moments, /api/checkins, /api/practices, /api/shifts: log, list, edit, delete, restore. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkinCreateSchema,
  checkinUpdateSchema,
  checkinViewSchema,
  listQuerySchema,
  momentCreateSchema,
  momentUpdateSchema,
  momentViewSchema,
  practiceCreateSchema,
  practiceUpdateSchema,
  practiceViewSchema,
  shiftCreateSchema,
  shiftUpdateSchema,
  shiftViewSchema,
} from '../../contracts/entries.js';
import { errorBodySchema } from '../../contracts/errors.js';
import { idSchema } from '../../contracts/fields.js';
import { deleteEntry } from '../../app/journal/deleteEntry.js';
import { editEntry, singular, type PatchByKind } from '../../app/journal/editEntry.js';
import { getEntry, listEntries } from '../../app/journal/listEntries.js';
import { logCheckin } from '../../app/journal/logCheckin.js';
import { logMoment } from '../../app/journal/logMoment.js';
import { logPractice } from '../../app/journal/logPractice.js';
import { logShift } from '../../app/journal/logShift.js';
import { restoreEntry } from '../../app/journal/restoreEntry.js';
import { notFound } from '../../app/errors.js';
import type { EntryId } from '../../core/ids.js';
import type { EntryKind } from '../../core/vocabulary.js';
import type { RouteContext } from './context.js';

const KINDS = {
  moments: { create: momentCreateSchema, update: momentUpdateSchema, view: momentViewSchema, log: logMoment },
  checkins: { create: checkinCreateSchema, update: checkinUpdateSchema, view: checkinViewSchema, log: logCheckin },
  practices: { create: practiceCreateSchema, update: practiceUpdateSchema, view: practiceViewSchema, log: logPractice },
  shifts: { create: shiftCreateSchema, update: shiftUpdateSchema, view: shiftViewSchema, log: logShift },
} as const;

const idParams = z.object({ id: idSchema });
const deletedSchema = z.object({ id: idSchema, deletedAt: z.string(), restorableUntil: z.string() });
const errors = { 400: errorBodySchema, 404: errorBodySchema };

export function journalRoutes(app: FastifyInstance, { deps, personId }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const kind of Object.keys(KINDS) as EntryKind[]) {
    const spec = KINDS[kind];
    const tags = [kind];
    const one = singular(kind);

    r.post(`/api/${kind}`, {
      schema: { tags, summary: `Log a ${one}`, body: spec.create, response: { 201: spec.view, 400: errorBodySchema } },
      handler: async (req, reply) => {
        const view = await (spec.log as (d: typeof deps, p: typeof personId, b: unknown) => Promise<unknown>)(deps, personId, req.body);
        return reply.code(201).send(view as never);
      },
    });

    r.get(`/api/${kind}`, {
      schema: { tags, summary: `List ${kind}, newest first`, querystring: listQuerySchema, response: { 200: z.object({ items: z.array(spec.view) }), 400: errorBodySchema } },
      handler: async (req) => ({ items: (await listEntries(deps, personId, kind, req.query)) as never[] }),
    });

    r.get(`/api/${kind}/:id`, {
      schema: { tags, summary: `Read one ${one}`, params: idParams, response: { 200: spec.view, ...errors } },
      handler: async (req) => {
        const entry = await getEntry(deps, personId, kind, req.params.id);
        if (!entry) throw notFound(one, 'id');
        return entry as never;
      },
    });

    r.patch(`/api/${kind}/:id`, {
      schema: { tags, summary: `Edit a ${one}`, params: idParams, body: spec.update, response: { 200: spec.view, ...errors } },
      handler: async (req) =>
        (await editEntry(deps, personId, kind, req.params.id as EntryId, req.body as PatchByKind[typeof kind])) as never,
    });

    r.delete(`/api/${kind}/:id`, {
      schema: { tags, summary: `Delete a ${one} (restorable for 30 days)`, params: idParams, response: { 200: deletedSchema, ...errors } },
      handler: async (req) => deleteEntry(deps, personId, kind, req.params.id as EntryId),
    });

    r.post(`/api/${kind}/:id/restore`, {
      schema: { tags, summary: `Restore a deleted ${one}`, params: idParams, response: { 200: spec.view, ...errors } },
      handler: async (req) => (await restoreEntry(deps, personId, kind, req.params.id as EntryId)) as never,
    });
  }
}
