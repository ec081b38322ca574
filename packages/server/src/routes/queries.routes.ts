import { entityTimeline, mayorOn, membersOn, officersOn, type AsOfResult } from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParamsSchema, partialDateInputSchema, partialDateSchema } from '../http/common.schemas.js';
import { plainJsonSerializer } from '../http/json-serializer.js';
import type { RouteDeps } from '../http/route-deps.js';
import { entitySummarySchema, statementSchema, statementToJson } from './statements.schemas.js';

const timelineQuerySchema = z.object({
  from: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  to: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});

/** `GET /api/entities/:id/timeline` response. */
export const timelineSchema = z
  .object({
    entity: entitySummarySchema,
    redirected_from: z.string().nullable(),
    items: z.array(
      z.object({
        date: partialDateSchema.nullable(),
        date_from: z.enum(['start', 'end', 'source']).nullable(),
        as: z.enum(['subject', 'object', 'post', 'on_behalf_of']),
        statement: statementSchema.describe('With its references: source URL, title, publisher, published, and the quoted sentence'),
      }),
    ),
  })
  .meta({ id: 'Timeline' });

const asOfQuerySchema = z.object({ date: partialDateInputSchema.describe('2022-03-21 or jalali:1401-01-01 (a year or month means its first day)') });

const asOfSchema = z
  .object({
    day: z.string().describe('The Gregorian day asked about'),
    organization: entitySummarySchema,
    items: z.array(
      z.object({
        holder: entitySummarySchema,
        role: z.string().nullable(),
        on_behalf_of: entitySummarySchema.nullable(),
        ordinal: z.number().int().nullable(),
        start: partialDateSchema.nullable(),
        end: partialDateSchema.nullable(),
        statement: statementSchema,
      }),
    ),
  })
  .meta({ id: 'AsOf' });

function asOfToJson(r: AsOfResult): z.output<typeof asOfSchema> {
  return {
    day: r.day,
    organization: r.organization,
    items: r.items.map((i) => ({
      holder: i.holder,
      role: i.statement.role ?? null,
      on_behalf_of: i.onBehalfOf ?? null,
      ordinal: i.statement.ordinal ?? null,
      start: i.statement.start ?? null,
      end: i.statement.end ?? null,
      statement: statementToJson(i.statement, r.related),
    })),
  };
}

const RULE = 'A term holds on a day when its start (counted from the first day of its precision: 2021 = from 2021-01-01) is on or before the day and its end (counted to the last day: 2021 = to 2021-12-31) is on or after it; unknown start = since ever, unknown end = still holding.';

/** Entity timeline and the as-of views (officers, members, mayor on a date). Readable like entity pages. */
export function registerQueriesRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/entities/:id/timeline',
    {
      config: { access: 'read' },
      serializerCompiler: plainJsonSerializer,
      schema: {
        tags: ['queries'],
        summary: 'Everything about an entity in time order, each item with its sources',
        params: idParamsSchema,
        querystring: timelineQuerySchema,
        response: { 200: timelineSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const t = await entityTimeline(deps.db, request.params.id, { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.limit ? { limit: q.limit } : {}) });
      const related = { ...t.related, [t.entity.id]: t.entity };
      return {
        entity: t.entity,
        redirected_from: t.redirectedFrom ?? null,
        items: t.items.map((i) => ({ date: i.date ?? null, date_from: i.dateFrom ?? null, as: i.as, statement: statementToJson(i.statement, related) })),
      };
    },
  );

  const views = [
    { path: '/api/organizations/:id/officers', fn: officersOn, summary: 'Officers of an organization on a date (every post but plain membership)' },
    { path: '/api/organizations/:id/members', fn: membersOn, summary: 'Members of a network on a date, by ordinal, with join dates' },
    { path: '/api/cities/:id/mayor', fn: mayorOn, summary: 'Who was mayor of a city on a date' },
  ] as const;
  for (const v of views) {
    r.get(
      v.path,
      {
        config: { access: 'read' },
        schema: { tags: ['queries'], summary: v.summary, description: RULE, params: idParamsSchema, querystring: asOfQuerySchema, response: { 200: asOfSchema, ...errorResponses(401, 404) } },
      },
      async (request) => asOfToJson(await v.fn(deps.db, request.params.id, request.query.date)),
    );
  }
}
