import { ARGUMENT_LINKS, CLAIM_STATUSES, FACT_KINDS, FLAG_CODES, type Claim, type EntitySummary } from '@shahrnet/core';
import { z } from 'zod';
import { partialDateInputSchema, reasonSchema } from '../http/common.schemas.js';
import { entitySummarySchema } from './statements.schemas.js';

/** An actor as recorded on a decision. */
const actorSchema = z.object({ kind: z.string(), id: z.string(), name: z.string() });

/** An entity a claim mentions, and how sure its link is. */
export const claimArgumentSchema = z
  .object({
    slot: z.string().describe('Field of the fact: holder, org, on_behalf_of, member, host, participants, parties, place, initiator, city, proposer'),
    position: z.number().int(),
    entity_type: z.string(),
    name_fa: z.string().nullable(),
    name_en: z.string().nullable(),
    link: z.enum(ARGUMENT_LINKS).describe('linked/reconciled are certain; fuzzy, ambiguous and candidate wait in the reconciliation queue'),
    entity: entitySummarySchema.nullable(),
    suggestions: z.array(entitySummarySchema),
  })
  .meta({ id: 'ClaimArgument' });

/** One report of a claim: the sentence of an article. */
export const claimEvidenceSchema = z
  .object({
    id: z.string(),
    article_id: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    site: z.string().nullable(),
    published: z.string().nullable(),
    sentence: z.string(),
    start: z.number().int().nullable(),
    end: z.number().int().nullable(),
    extractor_version: z.string(),
    confidence: z.number(),
  })
  .meta({ id: 'ClaimEvidence' });

/** A contradiction found for review. */
export const claimFlagSchema = z
  .object({ code: z.enum(FLAG_CODES), message: z.string(), statement_ids: z.array(z.string()) })
  .meta({ id: 'ClaimFlag' });

/** A claim: a proposed fact with every report supporting it. ETag = version. */
export const claimSchema = z
  .object({
    id: z.string(),
    kind: z.enum(FACT_KINDS),
    status: z.enum(CLAIM_STATUSES),
    version: z.number().int(),
    fact: z.record(z.string(), z.unknown()).describe('The fact in the corpus format (without evidence/confidence)'),
    date: z.string().nullable(),
    confidence: z.number(),
    evidence_count: z.number().int(),
    source_count: z.number().int().describe('Independent sources: near-duplicate copies and one site count once'),
    flags: z.array(claimFlagSchema),
    statement_ids: z.array(z.string()),
    entity_ids: z.array(z.string()),
    arguments: z.array(claimArgumentSchema),
    evidence: z.array(claimEvidenceSchema),
    decided_by: actorSchema.nullable(),
    decided_at: z.string().nullable(),
    decision_reason: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'Claim' });

/** `GET /api/claims` query. */
export const claimsQuerySchema = z.object({
  status: z.enum(CLAIM_STATUSES).default('proposed'),
  kind: z.string().optional().describe('Comma-separated fact kinds'),
  entity: z.string().optional(),
  site: z.string().optional(),
  min_confidence: z.coerce.number().min(0).max(1).optional(),
  max_confidence: z.coerce.number().min(0).max(1).optional(),
  from: partialDateInputSchema.optional(),
  to: partialDateInputSchema.optional(),
  flagged: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().optional(),
});

/** `GET /api/claims` response. */
export const claimsPageSchema = z.object({ items: z.array(claimSchema), next_cursor: z.string().nullable() });

/** A reviewer's correction. */
export const claimEditSchema = z
  .object({
    fact: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional()
      .describe('Scalar fields to change (null removes): role, how, start, end, date, since, ordinal, category, event_type, name, virtual, agreement_type, status, subject'),
    arguments: z.array(z.object({ slot: z.string(), position: z.number().int().min(0).optional(), entity_id: z.string().min(1) })).optional(),
  })
  .meta({ id: 'ClaimEdit' });

/** `PATCH /api/claims/:id` body. */
export const editClaimBodySchema = claimEditSchema.extend({ reason: reasonSchema });

/** `POST /api/claims/:id/accept` body. */
export const acceptClaimBodySchema = z.object({
  reason: reasonSchema.optional(),
  edit: claimEditSchema.optional(),
  supersede: z.array(z.string()).optional().describe('Stored statements this claim supersedes (ended or deprecated)'),
  create_candidates: z.boolean().optional().describe('Create new entities for candidate arguments'),
});

/** `POST /api/claims/:id/reject` body. */
export const rejectClaimBodySchema = z.object({ reason: reasonSchema });

/** `POST /api/claims/bulk` body. */
export const bulkBodySchema = z.object({
  action: z.enum(['accept', 'reject']),
  items: z.array(z.object({ id: z.string(), version: z.number().int().optional() })).min(1).max(500),
  reason: reasonSchema.optional(),
  create_candidates: z.boolean().optional(),
});

/** `POST /api/claims/bulk` response: one result per claim. */
export const bulkResponseSchema = z.object({
  results: z.array(z.object({ id: z.string(), ok: z.boolean(), version: z.number().int().nullable(), error: z.object({ code: z.string(), message: z.string() }).nullable() })),
});

function summaryOf(id: string, related: Record<string, EntitySummary>): z.output<typeof entitySummarySchema> {
  const s = related[id];
  return s ? { id: s.id, type: s.type, labels: s.labels } : { id, type: 'city', labels: {} };
}

/** The API form of a claim. */
export function claimToJson(c: Claim, related: Record<string, EntitySummary>): z.output<typeof claimSchema> {
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    version: c.version,
    fact: c.fact as unknown as Record<string, unknown>,
    date: c.date ?? null,
    confidence: c.confidence,
    evidence_count: c.evidenceCount,
    source_count: c.sourceCount,
    flags: c.flags.map((f) => ({ code: f.code, message: f.message, statement_ids: f.statementIds })),
    statement_ids: c.statementIds,
    entity_ids: c.entityIds,
    arguments: c.arguments.map((a) => ({
      slot: a.slot,
      position: a.position,
      entity_type: a.entityType,
      name_fa: a.nameFa ?? null,
      name_en: a.nameEn ?? null,
      link: a.link,
      entity: a.entityId ? summaryOf(a.entityId, related) : null,
      suggestions: a.suggestions.map((id) => summaryOf(id, related)),
    })),
    evidence: c.evidence.map((e) => ({
      id: e.id,
      article_id: e.articleId,
      url: e.url ?? null,
      title: e.title ?? null,
      site: e.site ?? null,
      published: e.published ?? null,
      sentence: e.sentence,
      start: e.start ?? null,
      end: e.end ?? null,
      extractor_version: e.extractorVersion,
      confidence: e.confidence,
    })),
    decided_by: c.decidedBy ?? null,
    decided_at: c.decidedAt ?? null,
    decision_reason: c.decisionReason ?? null,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}
