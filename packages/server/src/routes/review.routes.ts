import { AppError, ARGUMENT_LINKS, listReconciliationQueue, resolveReconciliation, unmergeEntity, type EntityType, type ReconciliationDecision } from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeContext } from '../http/change-context.js';
import { errorResponses, reasonSchema } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import { entitySummarySchema } from './statements.schemas.js';

const queueQuerySchema = z.object({
  type: z.enum(['city', 'country', 'organization', 'person']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().optional(),
});

const queueItemSchema = z
  .object({
    key: z.string().describe('TYPE:NAMEKEY, the item to resolve'),
    entity_type: z.string(),
    name_fa: z.string().nullable(),
    name_en: z.string().nullable(),
    link: z.enum(ARGUMENT_LINKS),
    claim_count: z.number().int(),
    suggestions: z.array(entitySummarySchema),
  })
  .meta({ id: 'ReconciliationItem' });

const resolveBodySchema = z.object({
  key: z.string().min(3),
  action: z.enum(['link', 'create', 'merge']).describe('link: pick an existing entity; create: a new entity from the name; merge: the name is entity_id and duplicate_id is the same thing'),
  entity_id: z.string().optional(),
  duplicate_id: z.string().optional(),
  names: z.array(z.object({ lang: z.string(), text: z.string().min(1) })).optional(),
  reason: reasonSchema,
});

const splitBodySchema = z.object({ entity_id: z.string().min(1), reason: reasonSchema });

/**
 * The reconciliation queue (names of proposed claims without a certain link, one item per name)
 * and its decisions: pick existing / create new / merge a duplicate; and split (undo a merge).
 */
export function registerReviewRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/reconciliation',
    {
      config: { access: 'user' },
      schema: {
        tags: ['review'],
        summary: 'Names waiting for reconciliation (fuzzy, ambiguous or new), with suggestions',
        querystring: queueQuerySchema,
        response: { 200: z.object({ items: z.array(queueItemSchema), next_cursor: z.string().nullable() }), ...errorResponses(401) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await listReconciliationQueue(deps.db, { limit: q.limit, ...(q.type ? { type: q.type as EntityType } : {}), ...(q.cursor ? { cursor: q.cursor } : {}) });
      return {
        items: page.items.map((i) => ({
          key: i.key,
          entity_type: i.entityType,
          name_fa: i.nameFa ?? null,
          name_en: i.nameEn ?? null,
          link: i.link,
          claim_count: i.claimCount,
          suggestions: i.suggestions.map((s) => ({ id: s.id, type: s.type, labels: s.labels })),
        })),
        next_cursor: page.nextCursor ?? null,
      };
    },
  );

  r.post(
    '/api/reconciliation/resolve',
    {
      config: { access: 'reviewer' },
      schema: {
        tags: ['review'],
        summary: 'Decide what a queued name means; every proposed claim naming it is linked, and later ones too',
        body: resolveBodySchema,
        response: { 200: z.object({ entity_id: z.string(), claims_updated: z.number().int() }), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const b = request.body;
      const need = (v: string | undefined, field: string): string => {
        if (!v) throw new AppError('validation_failed', `${field} is required for ${b.action}`, [{ path: [field], message: 'required' }]);
        return v;
      };
      const decision: ReconciliationDecision = b.action === 'create'
        ? { action: 'create', ...(b.names ? { names: b.names } : {}) }
        : b.action === 'link'
          ? { action: 'link', entityId: need(b.entity_id, 'entity_id') }
          : { action: 'merge', entityId: need(b.entity_id, 'entity_id'), duplicateId: need(b.duplicate_id, 'duplicate_id') };
      const result = await resolveReconciliation(deps.db, b.key, decision, changeContext(request, b.reason));
      return { entity_id: result.entityId, claims_updated: result.claimsUpdated };
    },
  );

  r.post(
    '/api/reconciliation/split',
    {
      config: { access: 'reviewer' },
      schema: {
        tags: ['review'],
        summary: 'Split a merged entity from its survivor (undo the merge)',
        body: splitBodySchema,
        response: { 200: z.object({ restored: entitySummarySchema, survivor: entitySummarySchema }), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { restored, survivor } = await unmergeEntity(deps.db, request.body.entity_id, changeContext(request, request.body.reason));
      return {
        restored: { id: restored.id, type: restored.type, labels: restored.labels },
        survivor: { id: survivor.id, type: survivor.type, labels: survivor.labels },
      };
    },
  );
}
