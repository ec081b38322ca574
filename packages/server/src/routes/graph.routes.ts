import { neighbourhoodGraph } from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParamsSchema, partialDateInputSchema, partialDateSchema } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import { entitySummarySchema } from './statements.schemas.js';

const graphQuerySchema = z.object({
  hops: z.coerce.number().int().min(1).max(3).default(1),
  date: partialDateInputSchema.optional().describe('Only edges in force on this day'),
  kinds: z.string().optional().describe('Comma-separated statement kinds to follow'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

const graphSchema = z
  .object({
    center: z.string(),
    nodes: z.array(entitySummarySchema.extend({ depth: z.number().int() })),
    edges: z.array(
      z.object({
        id: z.string().describe('The statement id'),
        kind: z.string(),
        source: z.string(),
        target: z.string(),
        role: z.string().nullable(),
        on_behalf_of: z.string().nullable(),
        ordinal: z.number().int().nullable(),
        start: partialDateSchema.nullable(),
        end: partialDateSchema.nullable(),
        rank: z.string(),
      }),
    ),
    truncated: z.boolean(),
  })
  .meta({ id: 'Graph' });

/** The neighbourhood graph of an entity (nodes and typed edges within n hops, time-filtered) for the web app. */
export function registerGraphRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/entities/:id/graph',
    {
      config: { access: 'read' },
      schema: {
        tags: ['queries'],
        summary: 'Entities and typed edges within n hops of an entity, optionally only those in force on a date',
        params: idParamsSchema,
        querystring: graphQuerySchema,
        response: { 200: graphSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const g = await neighbourhoodGraph(deps.db, request.params.id, {
        hops: q.hops,
        limit: q.limit,
        ...(q.date ? { date: q.date } : {}),
        ...(q.kinds ? { kinds: q.kinds.split(',') } : {}),
      });
      return {
        center: g.center,
        nodes: g.nodes.map((n) => ({ id: n.id, type: n.type, labels: n.labels, depth: n.depth })),
        edges: g.edges.map((e) => ({
          id: e.id,
          kind: e.kind,
          source: e.source,
          target: e.target,
          role: e.role ?? null,
          on_behalf_of: e.onBehalfOf ?? null,
          ordinal: e.ordinal ?? null,
          start: e.start ?? null,
          end: e.end ?? null,
          rank: e.rank,
        })),
        truncated: g.truncated,
      };
    },
  );
}
