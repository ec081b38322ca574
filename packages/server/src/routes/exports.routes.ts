import { CSV_KINDS, exportCsv, exportICalendar, exportPopolo, exportQuickStatements } from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';

/** A response documented by its media type only: the body is a file, not one of the API's JSON objects. */
function file(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: z.string() } } };
}

const csvParamsSchema = z.object({ kind: z.enum(CSV_KINDS as [(typeof CSV_KINDS)[number], ...(typeof CSV_KINDS)[number][]]) });
const icalQuerySchema = z.object({
  lang: z.enum(['fa', 'en']).default('fa').describe('Language of the titles and places (the other one where a label is missing)'),
  organization: z.string().min(1).max(200).optional().describe('Only the events this organization organizes'),
});

/**
 * The open exports over HTTP, readable like entity pages (`access: 'read'`), the same files the CLI's
 * `shahrnet export` writes: Popolo JSON, CSV, a Wikidata QuickStatements batch and an iCalendar feed of
 * the events. A calendar application can subscribe to `/api/exports/events.ics` when the server is
 * publicly readable (`SHAHRNET_PUBLIC_READ`): calendar clients send no session or token. Every export
 * reads the registry in one go; they are for downloads, not for paging through.
 */
export function registerExportsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Fastify sends a string as it is under a content type that is not JSON (and under a JSON one
  // when it is already a string); the typed replies only know the documented schemas.
  const send = (text: string) => text as never;

  r.get(
    '/api/exports/popolo',
    {
      config: { access: 'read' },
      schema: {
        tags: ['exports'],
        summary: 'The whole registry as Popolo JSON (persons, organizations, memberships, posts, events, with sources)',
        response: { 200: file('application/json', 'A Popolo document, valid against the Popolo schemas; `shahrnet import` reads it back'), ...errorResponses(401) },
      },
    },
    async (_request, reply) => {
      const doc = await exportPopolo(deps.db);
      return reply.type('application/json; charset=utf-8').header('content-disposition', 'attachment; filename="shahrnet-popolo.json"').send(send(JSON.stringify(doc)));
    },
  );

  r.get(
    '/api/exports/csv/:kind',
    {
      config: { access: 'read' },
      schema: {
        tags: ['exports'],
        summary: 'Entities, memberships or statements as CSV (UTF-8 with a byte-order mark, RFC 4180)',
        params: csvParamsSchema,
        response: { 200: file('text/csv', 'One row per entity or statement, header first'), ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const text = await exportCsv(deps.db, request.params.kind);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="shahrnet-${request.params.kind}.csv"`).send(send(text));
    },
  );

  r.get(
    '/api/exports/quickstatements',
    {
      config: { access: 'read' },
      schema: {
        tags: ['exports'],
        summary: 'The current facts between entities with Wikidata QIDs as a QuickStatements V1 batch',
        description:
          'Accepted, non-deprecated statements whose entities all carry a wikidata identifier, with terms as start/end time and sources as references. ' +
          'Headers: X-Shahrnet-Statements (Wikidata statements written) and X-Shahrnet-Skipped (what was left out, by reason, as reason=count pairs).',
        response: { 200: file('text/plain', 'Tab-separated QuickStatements commands, one per line'), ...errorResponses(401) },
      },
    },
    async (_request, reply) => {
      const batch = await exportQuickStatements(deps.db);
      const skipped = Object.entries(batch.skipped).map(([why, n]) => `${why}=${n}`).join(', ');
      return reply
        .type('text/plain; charset=utf-8')
        .header('x-shahrnet-statements', String(batch.statements))
        .header('x-shahrnet-skipped', skipped)
        .header('content-disposition', 'attachment; filename="shahrnet-quickstatements.txt"')
        .send(send(batch.text));
    },
  );

  r.get(
    '/api/exports/events.ics',
    {
      config: { access: 'read' },
      schema: {
        tags: ['exports'],
        summary: 'The events known to the day as an iCalendar feed (all-day events with place, organizers and sources)',
        querystring: icalQuerySchema,
        response: { 200: file('text/calendar', 'An iCalendar (RFC 5545) file; events known only to the month or year are not in it'), ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { lang, organization } = request.query;
      const text = await exportICalendar(deps.db, {
        lang,
        baseUrl: `${request.protocol}://${request.host}`,
        ...(organization !== undefined ? { organizationId: organization } : {}),
      });
      return reply.type('text/calendar; charset=utf-8').send(send(text));
    },
  );
}
