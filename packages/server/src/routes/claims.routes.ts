import { acceptClaim, bulkReview, editClaim, getClaim, listClaims, rejectClaim, type ClaimEdit, type FactKind } from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeContext, etagOf, versionFromIfMatch } from '../http/change-context.js';
import { errorResponses, idParamsSchema } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import {
  acceptClaimBodySchema,
  bulkBodySchema,
  bulkResponseSchema,
  claimEditSchema,
  claimSchema,
  claimsPageSchema,
  claimsQuerySchema,
  claimToJson,
  editClaimBodySchema,
  rejectClaimBodySchema,
} from './claims.schemas.js';
import { statementSchema, statementToJson } from './statements.schemas.js';

function toEdit(edit: z.output<typeof claimEditSchema> | undefined): ClaimEdit | undefined {
  if (!edit) return undefined;
  return {
    ...(edit.fact ? { fact: edit.fact } : {}),
    ...(edit.arguments ? { arguments: edit.arguments.map((a) => ({ slot: a.slot, entityId: a.entity_id, ...(a.position !== undefined ? { position: a.position } : {}) })) } : {}),
  };
}

const acceptResponseSchema = z.object({ claim: claimSchema, statements: z.array(statementSchema) });

/**
 * The review queue and decisions on claims: list with filters and keyset paging, read (ETag),
 * edit (If-Match), accept (If-Match, optional edit/supersede/create_candidates), reject (If-Match,
 * reason), bulk accept/reject (versions in the body). Reading needs a signed-in user (claims are
 * unreviewed machine output, never shown to anonymous visitors); deciding needs a reviewer.
 */
export function registerClaimsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/claims',
    {
      config: { access: 'user' },
      schema: {
        tags: ['review'],
        summary: 'The review queue: claims with filters (kind, entity, site, confidence, date), oldest first, keyset paging',
        querystring: claimsQuerySchema,
        response: { 200: claimsPageSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await listClaims(deps.db, {
        status: q.status,
        limit: q.limit,
        ...(q.kind ? { kinds: q.kind.split(',') as FactKind[] } : {}),
        ...(q.entity ? { entityId: q.entity } : {}),
        ...(q.site ? { site: q.site } : {}),
        ...(q.min_confidence !== undefined ? { minConfidence: q.min_confidence } : {}),
        ...(q.max_confidence !== undefined ? { maxConfidence: q.max_confidence } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.flagged ? { flagged: q.flagged === 'true' } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
      });
      return { items: page.items.map((c) => claimToJson(c, page.related)), next_cursor: page.nextCursor ?? null };
    },
  );

  r.get(
    '/api/claims/:id',
    {
      config: { access: 'user' },
      schema: { tags: ['review'], summary: 'A claim with its evidence and argument links (ETag: its version)', params: idParamsSchema, response: { 200: claimSchema, ...errorResponses(401, 404) } },
    },
    async (request, reply) => {
      const { claim, related } = await getClaim(deps.db, request.params.id);
      reply.header('etag', etagOf(claim.version));
      return claimToJson(claim, related);
    },
  );

  r.patch(
    '/api/claims/:id',
    {
      config: { access: 'reviewer' },
      schema: {
        tags: ['review'],
        summary: 'Edit a proposed claim (If-Match required)',
        params: idParamsSchema,
        body: editClaimBodySchema,
        response: { 200: claimSchema, ...errorResponses(401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = versionFromIfMatch(request, true);
      const { reason, ...edit } = request.body;
      const claim = await editClaim(deps.db, request.params.id, { expectedVersion: version, edit: toEdit(edit) ?? {} }, changeContext(request, reason));
      const view = await getClaim(deps.db, claim.id);
      reply.header('etag', etagOf(claim.version));
      return claimToJson(view.claim, view.related);
    },
  );

  r.post(
    '/api/claims/:id/accept',
    {
      config: { access: 'reviewer' },
      schema: {
        tags: ['review'],
        summary: 'Accept a claim (If-Match required): its statements are stored with the evidence as references; contradictions flag it (409) unless superseded',
        params: idParamsSchema,
        body: acceptClaimBodySchema,
        response: { 200: acceptResponseSchema, ...errorResponses(401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = versionFromIfMatch(request, true);
      const b = request.body;
      const edit = toEdit(b.edit);
      const result = await acceptClaim(
        deps.db,
        request.params.id,
        { expectedVersion: version, ...(edit ? { edit } : {}), ...(b.supersede ? { supersede: b.supersede } : {}), ...(b.create_candidates ? { createCandidates: true } : {}) },
        changeContext(request, b.reason),
      );
      reply.header('etag', etagOf(result.claim.version));
      return { claim: claimToJson(result.claim, result.related), statements: result.statements.map((s) => statementToJson(s, result.related)) };
    },
  );

  r.post(
    '/api/claims/:id/reject',
    {
      config: { access: 'reviewer' },
      schema: {
        tags: ['review'],
        summary: 'Reject a claim with a reason (If-Match required)',
        params: idParamsSchema,
        body: rejectClaimBodySchema,
        response: { 200: claimSchema, ...errorResponses(401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = versionFromIfMatch(request, true);
      const claim = await rejectClaim(deps.db, request.params.id, { expectedVersion: version }, changeContext(request, request.body.reason));
      const view = await getClaim(deps.db, claim.id);
      reply.header('etag', etagOf(claim.version));
      return claimToJson(view.claim, view.related);
    },
  );

  r.post(
    '/api/claims/bulk',
    {
      config: { access: 'reviewer' },
      schema: {
        tags: ['review'],
        summary: 'Accept or reject many claims; each is decided on its own (results per claim)',
        body: bulkBodySchema,
        response: { 200: bulkResponseSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const b = request.body;
      const results = await bulkReview(
        deps.db,
        { action: b.action, items: b.items.map((i) => ({ id: i.id, ...(i.version !== undefined ? { version: i.version } : {}) })), ...(b.create_candidates ? { createCandidates: true } : {}) },
        changeContext(request, b.reason),
      );
      return { results: results.map((x) => ({ id: x.id, ok: x.ok, version: x.version ?? null, error: x.error ?? null })) };
    },
  );
}
