import {
  createStatement,
  deprecateStatement,
  endStatement,
  getStatement,
  rejectStatement,
  updateStatement,
  type StatementInput,
} from '@shahrnet/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { changeContext, etagOf, versionFromIfMatch } from '../http/change-context.js';
import { errorResponses, idParamsSchema } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import { toSourceInputs } from './entities.routes.js';
import {
  createStatementBodySchema,
  endStatementBodySchema,
  reasonBodySchema,
  statementSchema,
  statementToJson,
  updateStatementBodySchema,
} from './statements.schemas.js';

/** Statements (sourced facts): create with at least one reference, read, edit, end, deprecate, reject. */
export function registerStatementsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  async function present(reply: FastifyReply, id: string) {
    const view = await getStatement(deps.db, id);
    reply.header('etag', etagOf(view.statement.version));
    return statementToJson(view.statement, view.related);
  }

  r.post(
    '/api/statements',
    {
      config: { access: 'editor' },
      schema: {
        tags: ['statements'],
        summary: 'Record a fact with at least one source',
        body: createStatementBodySchema,
        response: { 201: statementSchema, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const input: StatementInput = {
        kind: b.kind,
        subjectId: b.subject,
        ...(b.object !== undefined ? { objectId: b.object } : {}),
        ...(b.post !== undefined ? { postId: b.post } : {}),
        ...(b.role !== undefined ? { role: b.role } : {}),
        ...(b.on_behalf_of !== undefined ? { onBehalfOfId: b.on_behalf_of } : {}),
        ...(b.start !== undefined ? { start: b.start } : {}),
        ...(b.end !== undefined ? { end: b.end } : {}),
        ...(b.how !== undefined ? { how: b.how } : {}),
        ...(b.ordinal !== undefined ? { ordinal: b.ordinal } : {}),
        ...(b.rank !== undefined ? { rank: b.rank } : {}),
        ...(b.data !== undefined ? { data: b.data } : {}),
        references: b.references.map((ref) => ({
          source: toSourceInputs([ref])?.[0] ?? { url: ref.url },
          ...(ref.quote !== undefined ? { quote: ref.quote } : {}),
        })),
      };
      // Without a reason, the first reference is the justification recorded in the history.
      const firstSource = toSourceInputs([b.references[0]!])?.[0];
      const statement = await createStatement(deps.db, input, changeContext(request, b.reason, b.reason ? undefined : firstSource));
      const json = await present(reply, statement.id);
      return reply.status(201).send(json);
    },
  );

  r.get(
    '/api/statements/:id',
    {
      config: { access: 'read' },
      schema: {
        tags: ['statements'],
        summary: 'A statement with its references (ETag: its version)',
        params: idParamsSchema,
        response: { 200: statementSchema, ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => present(reply, request.params.id),
  );

  r.patch(
    '/api/statements/:id',
    {
      config: { access: 'editor' },
      schema: {
        tags: ['statements'],
        summary: 'Edit dates, role, ordinal, how or qualifiers of one statement with a reason and a source; If-Match required',
        params: idParamsSchema,
        body: updateStatementBodySchema,
        response: { 200: statementSchema, ...errorResponses(401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const expectedVersion = versionFromIfMatch(request, true);
      const b = request.body;
      const source = toSourceInputs([b.reference])?.[0] ?? { url: b.reference.url };
      await updateStatement(
        deps.db,
        request.params.id,
        {
          expectedVersion,
          ...(b.start !== undefined ? { start: b.start } : {}),
          ...(b.end !== undefined ? { end: b.end } : {}),
          ...(b.role !== undefined ? { role: b.role } : {}),
          ...(b.ordinal !== undefined ? { ordinal: b.ordinal } : {}),
          ...(b.how !== undefined ? { how: b.how } : {}),
          ...(b.on_behalf_of !== undefined ? { onBehalfOfId: b.on_behalf_of } : {}),
          ...(b.data !== undefined ? { data: b.data } : {}),
          reference: { source, ...(b.reference.quote !== undefined ? { quote: b.reference.quote } : {}) },
        },
        changeContext(request, b.reason),
      );
      return present(reply, request.params.id);
    },
  );

  r.post(
    '/api/statements/:id/end',
    {
      config: { access: 'editor' },
      schema: {
        tags: ['statements'],
        summary: 'End a statement (a term, a membership) on a date; optional If-Match',
        params: idParamsSchema,
        body: endStatementBodySchema,
        response: { 200: statementSchema, ...errorResponses(401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const expectedVersion = versionFromIfMatch(request, false);
      const source = request.body.reference ? toSourceInputs([request.body.reference])?.[0] : undefined;
      await endStatement(
        deps.db,
        request.params.id,
        { end: request.body.end, ...(expectedVersion !== undefined ? { expectedVersion } : {}) },
        changeContext(request, request.body.reason, source),
      );
      return present(reply, request.params.id);
    },
  );

  r.post(
    '/api/statements/:id/deprecate',
    {
      config: { access: 'editor' },
      schema: {
        tags: ['statements'],
        summary: 'Deprecate a statement (superseded or wrong; kept with its sources); optional If-Match',
        params: idParamsSchema,
        body: reasonBodySchema,
        response: { 200: statementSchema, ...errorResponses(401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const expectedVersion = versionFromIfMatch(request, false);
      await deprecateStatement(
        deps.db,
        request.params.id,
        expectedVersion !== undefined ? { expectedVersion } : {},
        changeContext(request, request.body.reason),
      );
      return present(reply, request.params.id);
    },
  );

  r.post(
    '/api/statements/:id/reject',
    {
      config: { access: 'reviewer' },
      schema: {
        tags: ['statements'],
        summary: 'Reject a statement (a claim found wrong; kept for the record); reviewers; optional If-Match',
        params: idParamsSchema,
        body: reasonBodySchema,
        response: { 200: statementSchema, ...errorResponses(401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const expectedVersion = versionFromIfMatch(request, false);
      await rejectStatement(
        deps.db,
        request.params.id,
        expectedVersion !== undefined ? { expectedVersion } : {},
        changeContext(request, request.body.reason),
      );
      return present(reply, request.params.id);
    },
  );
}
