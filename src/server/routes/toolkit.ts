/** /api/toolkit and /api/triggers: the person's strategies and their own trigger list. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.js';
import { idSchema } from '../../contracts/fields.js';
import {
  strategyCreateSchema,
  strategyUpdateSchema,
  strategyViewSchema,
  triggerMergedSchema,
  triggerMergeSchema,
  triggerRenameSchema,
  triggerViewSchema,
} from '../../contracts/toolkit.js';
import { addStrategy } from '../../app/toolkit/addStrategy.js';
import { deleteTrigger } from '../../app/toolkit/deleteTrigger.js';
import { editStrategy } from '../../app/toolkit/editStrategy.js';
import { listToolkit } from '../../app/toolkit/listToolkit.js';
import { listTriggers } from '../../app/toolkit/listTriggers.js';
import { mergeTrigger } from '../../app/toolkit/mergeTrigger.js';
import { removeStrategy } from '../../app/toolkit/removeStrategy.js';
import { renameTrigger } from '../../app/toolkit/renameTrigger.js';
import type { StrategyId, TriggerId } from '../../core/ids.js';
import type { RouteContext } from './context.js';

const idParams = z.object({ id: idSchema });
const errors = { 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export function toolkitRoutes(app: FastifyInstance, { deps, personId }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['toolkit'];

  r.get('/api/toolkit', {
    schema: { tags, summary: 'List the toolkit', response: { 200: z.object({ items: z.array(strategyViewSchema) }) } },
    handler: async () => ({ items: await listToolkit(deps, personId) }),
  });
  r.post('/api/toolkit', {
    schema: { tags, summary: 'Add a strategy', body: strategyCreateSchema, response: { 201: strategyViewSchema, ...errors } },
    handler: async (req, reply) => reply.code(201).send(await addStrategy(deps, personId, req.body)),
  });
  r.patch('/api/toolkit/:id', {
    schema: { tags, summary: 'Edit or archive a strategy', params: idParams, body: strategyUpdateSchema, response: { 200: strategyViewSchema, ...errors } },
    handler: async (req) => editStrategy(deps, personId, req.params.id as StrategyId, req.body),
  });
  r.delete('/api/toolkit/:id', {
    schema: {
      tags,
      summary: 'Remove a strategy (archived instead when moments use it)',
      params: idParams,
      response: { 200: z.object({ id: idSchema, outcome: z.enum(['deleted', 'archived']) }), ...errors },
    },
    handler: async (req) => removeStrategy(deps, personId, req.params.id as StrategyId),
  });

  r.get('/api/triggers', {
    schema: { tags: ['triggers'], summary: 'List triggers, most used first', response: { 200: z.object({ items: z.array(triggerViewSchema) }) } },
    handler: async () => ({ items: await listTriggers(deps, personId) }),
  });
  r.patch('/api/triggers/:id', {
    schema: {
      tags: ['triggers'],
      summary: 'Rename a trigger (409 name_taken names the trigger that has the name, to offer a merge)',
      params: idParams,
      body: triggerRenameSchema,
      response: { 200: triggerViewSchema, ...errors },
    },
    handler: async (req) => renameTrigger(deps, personId, req.params.id as TriggerId, req.body.name),
  });
  r.post('/api/triggers/:id/merge', {
    schema: {
      tags: ['triggers'],
      summary: 'Merge a trigger into another: its moments move there, and it is gone',
      params: idParams,
      body: triggerMergeSchema,
      response: { 200: triggerMergedSchema, ...errors },
    },
    handler: async (req) => mergeTrigger(deps, personId, req.params.id as TriggerId, req.body.into as TriggerId),
  });
  r.delete('/api/triggers/:id', {
    schema: {
      tags: ['triggers'],
      summary: 'Delete a trigger no moment names (409 in_use otherwise, recently deleted moments included)',
      params: idParams,
      response: { 200: z.object({ id: idSchema }), ...errors },
    },
    handler: async (req) => deleteTrigger(deps, personId, req.params.id as TriggerId),
  });
}
