import {
  createEntity,
  getEntity,
  getEntityRendered,
  listHistory,
  mergeEntities,
  searchEntities,
  updateEntity,
  type EntityType,
  type SourceInput,
} from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { changeContext, etagOf, versionFromIfMatch } from '../http/change-context.js';
import { errorResponses, idParamsSchema } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import {
  createEntityBodySchema,
  entityDetailSchema,
  entityPageToJson,
  historyQuerySchema,
  renderedEntityPageBody,
  historyResponseSchema,
  identifiersFromJson,
  mergeBodySchema,
  searchQuerySchema,
  searchResponseSchema,
  updateEntityBodySchema,
} from './entities.schemas.js';
import type { referenceInputSchema } from './statements.schemas.js';

const MATCH_KINDS = ['exact', 'prefix', 'contains'] as const;

/** API source objects to the use cases' `SourceInput`. */
export function toSourceInputs(sources: z.output<typeof referenceInputSchema>[] | undefined): SourceInput[] | undefined {
  return sources?.map((s) => ({
    url: s.url,
    ...(s.title !== undefined ? { title: s.title } : {}),
    ...(s.publisher !== undefined ? { publisher: s.publisher } : {}),
    ...(s.published !== undefined ? { published: s.published } : {}),
    ...(s.retrieved !== undefined ? { retrieved: s.retrieved } : {}),
  }));
}

/** The registry's entities: search, read (with ETag), create, update (If-Match), merge, history. */
export function registerEntitiesRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/entities',
    {
      config: { access: 'read' },
      schema: {
        tags: ['entities'],
        summary: 'Search entities by name (Persian and English spellings folded)',
        querystring: searchQuerySchema,
        response: { 200: searchResponseSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const { q, type, limit, cursor } = request.query;
      const result = await searchEntities(deps.db, {
        ...(q !== undefined && q.trim() !== '' ? { q } : {}),
        ...(type !== undefined ? { types: type.split(',') as EntityType[] } : {}),
        limit,
        ...(cursor !== undefined ? { cursor } : {}),
      });
      const searching = q !== undefined && q.trim() !== '';
      return {
        items: result.items.map((h) => ({
          id: h.id,
          type: h.type,
          labels: h.labels,
          match_kind: searching ? MATCH_KINDS[h.match] : null,
        })),
        next_cursor: result.nextCursor ?? null,
      };
    },
  );

  r.get(
    '/api/entities/:id',
    {
      config: { access: 'read' },
      schema: {
        tags: ['entities'],
        summary: 'An entity with its names, identifiers, attributes and every statement about it',
        params: idParamsSchema,
        response: { 200: entityDetailSchema, ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => {
      // The hot read: the whole page comes as JSON written by the database (getEntityRendered), sent
      // unparsed. entity-page-rendering.test.ts holds it equal to entityPageToJson(getEntity()).
      // Fastify sends a Buffer as it is; the typed reply only knows the schema's objects.
      const page = await getEntityRendered(deps.db, request.params.id);
      const body = renderedEntityPageBody(page) as unknown as z.output<typeof entityDetailSchema>;
      return reply.header('etag', etagOf(page.version)).type('application/json; charset=utf-8').send(body);
    },
  );

  r.post(
    '/api/entities',
    {
      config: { access: 'editor' },
      schema: {
        tags: ['entities'],
        summary: 'Create an entity',
        body: createEntityBodySchema,
        response: { 201: entityDetailSchema, ...errorResponses(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { reason, identifiers, sources, ...rest } = request.body;
      const entity = await createEntity(
        deps.db,
        { ...rest, ...(identifiers ? { identifiers: identifiersFromJson(identifiers) } : {}), ...(sources ? { sources: toSourceInputs(sources) } : {}) },
        changeContext(request, reason),
      );
      const page = await getEntity(deps.db, entity.id);
      reply.header('etag', etagOf(page.entity.version));
      return reply.status(201).send(entityPageToJson(page));
    },
  );

  r.patch(
    '/api/entities/:id',
    {
      config: { access: 'editor' },
      schema: {
        tags: ['entities'],
        summary: 'Update an entity (If-Match: the ETag you read is required)',
        params: idParamsSchema,
        body: updateEntityBodySchema,
        response: { 200: entityDetailSchema, ...errorResponses(401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = versionFromIfMatch(request, true);
      const { reason, identifiers, sources, ...rest } = request.body;
      const entity = await updateEntity(
        deps.db,
        request.params.id,
        version,
        { ...rest, ...(identifiers ? { identifiers: identifiersFromJson(identifiers) } : {}), ...(sources ? { sources: toSourceInputs(sources) } : {}) },
        changeContext(request, reason),
      );
      const page = await getEntity(deps.db, entity.id);
      reply.header('etag', etagOf(page.entity.version));
      return entityPageToJson(page);
    },
  );

  r.post(
    '/api/entities/:id/merge',
    {
      config: { access: 'editor' },
      schema: {
        tags: ['entities'],
        summary: 'Merge this entity into another (the survivor); the id keeps redirecting',
        params: idParamsSchema,
        body: mergeBodySchema,
        response: { 200: entityDetailSchema, ...errorResponses(401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const loserVersion = versionFromIfMatch(request, false);
      const survivor = await mergeEntities(
        deps.db,
        { survivorId: request.body.into, loserId: request.params.id, ...(loserVersion !== undefined ? { loserVersion } : {}) },
        changeContext(request, request.body.reason),
      );
      const page = await getEntity(deps.db, survivor.id);
      reply.header('etag', etagOf(page.entity.version));
      return entityPageToJson(page);
    },
  );

  r.get(
    '/api/entities/:id/history',
    {
      config: { access: 'read' },
      schema: {
        tags: ['entities'],
        summary: 'Changes to the entity and its statements, newest first',
        params: idParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: historyResponseSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const page = await listHistory(deps.db, request.params.id, {
        limit: request.query.limit,
        ...(request.query.cursor !== undefined ? { cursor: request.query.cursor } : {}),
      });
      return {
        items: page.items.map((h) => ({
          id: String(h.seq),
          at: h.at,
          actor: h.actor,
          action: h.action,
          target: { type: h.targetType, id: h.targetId },
          before: h.before,
          after: h.after,
          reason: h.reason ?? null,
        })),
        next_cursor: page.nextCursor ?? null,
      };
    },
  );
}
