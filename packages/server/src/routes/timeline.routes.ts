import { cityCoordinates, globalTimeline, STATEMENT_KINDS, type GlobalTimelineKind } from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, partialDateSchema } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import { entitySummarySchema, statementSchema, statementToJson } from './statements.schemas.js';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const TIMELINE_KINDS = [...STATEMENT_KINDS, 'event'] as const;

const globalTimelineQuerySchema = z.object({
  kinds: z
    .string()
    .optional()
    .describe(`Comma-separated: ${TIMELINE_KINDS.join(', ')}`)
    .transform((v, ctx) => {
      const list = (v ?? '').split(',').map((k) => k.trim()).filter(Boolean);
      for (const k of list) {
        if (!(TIMELINE_KINDS as readonly string[]).includes(k)) ctx.addIssue({ code: 'custom', message: `unknown kind ${k}` });
      }
      return list as GlobalTimelineKind[];
    }),
  from: isoDate.optional(),
  to: isoDate.optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().min(1).max(500).optional(),
});

const globalTimelineSchema = z
  .object({
    items: z.array(
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('statement'), date: partialDateSchema, date_from: z.enum(['start', 'end']), statement: statementSchema }),
        z.object({
          type: z.literal('event'),
          date: partialDateSchema,
          end: partialDateSchema.nullable(),
          event: entitySummarySchema,
          event_type: z.string().nullable(),
          ordinal: z.number().int().nullable(),
        }),
      ]),
    ),
    next_cursor: z.string().nullable(),
  })
  .meta({ id: 'GlobalTimeline' });

const coordinatesQuerySchema = z.object({
  ids: z
    .string()
    .min(1)
    .describe('Comma-separated city ids (at most 500)')
    .transform((v) => v.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(200)).min(1).max(500)),
});

const coordinatesSchema = z
  .object({ items: z.array(z.object({ city: entitySummarySchema, lat: z.number(), lon: z.number() })) })
  .meta({ id: 'CityCoordinates' });

/** The global timeline (all entities) and city coordinates for maps. Readable like entity pages. */
export function registerTimelineRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/timeline',
    {
      config: { access: 'read' },
      schema: {
        tags: ['queries'],
        summary: 'Accepted facts and events across all entities in time order (newest first by default), keyset paged',
        description: 'A statement is placed at its start, else its end (undated ones are left out); an event at its start. from/to compare at the shorter precision.',
        querystring: globalTimelineQuerySchema,
        response: { 200: globalTimelineSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await globalTimeline(deps.db, {
        ...(q.kinds.length > 0 ? { kinds: q.kinds } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.order ? { order: q.order } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
      });
      return {
        items: page.items.map((i) =>
          i.type === 'statement'
            ? { type: 'statement' as const, date: i.date, date_from: i.dateFrom, statement: statementToJson(i.statement, page.related) }
            : { type: 'event' as const, date: i.date, end: i.end ?? null, event: i.event, event_type: i.eventType ?? null, ordinal: i.ordinal ?? null },
        ),
        next_cursor: page.nextCursor ?? null,
      };
    },
  );

  r.get(
    '/api/cities/coordinates',
    {
      config: { access: 'read' },
      schema: {
        tags: ['queries'],
        summary: 'Coordinates of many cities in one call (for maps); unknown ids and cities without coordinates are left out',
        querystring: coordinatesQuerySchema,
        response: { 200: coordinatesSchema, ...errorResponses(401) },
      },
    },
    async (request) => ({ items: await cityCoordinates(deps.db, request.query.ids) }),
  );
}
