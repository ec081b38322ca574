import {
  RANKS,
  STATEMENT_KINDS,
  STATEMENT_STATUSES,
  type EntitySummary,
  type PartialDate,
  type Statement,
} from '@shahrnet/core';
import { z } from 'zod';
import { labelsSchema, partialDateInputSchema, partialDateSchema, reasonSchema } from '../http/common.schemas.js';

/** The short form of an entity in lists and links. */
export const entitySummarySchema = z
  .object({
    id: z.string(),
    type: z.enum(['city', 'country', 'organization', 'person', 'post', 'event', 'agreement', 'proposal']),
    labels: labelsSchema,
  })
  .meta({ id: 'EntitySummary' });

/** A source document as the API shows it (a record's source, or the document behind a reference). */
export const sourceSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string().optional(),
    publisher: z.string().optional(),
    published: partialDateSchema.optional(),
    retrieved: partialDateSchema.optional(),
  })
  .meta({ id: 'Source' });

/** A reference: the source document supporting a statement, and the quoted span. */
export const referenceSchema = sourceSchema.extend({ quote: z.string().optional() }).meta({ id: 'Reference' });

/** A statement (a sourced fact) with its linked entities as summaries. */
export const statementSchema = z
  .object({
    id: z.string(),
    kind: z.enum(STATEMENT_KINDS),
    subject: entitySummarySchema,
    object: entitySummarySchema.nullable(),
    post: entitySummarySchema.nullable(),
    role: z.string().nullable(),
    on_behalf_of: entitySummarySchema.nullable(),
    start: partialDateSchema.nullable(),
    end: partialDateSchema.nullable(),
    how: z.string().nullable(),
    ordinal: z.number().int().nullable(),
    rank: z.enum(RANKS),
    status: z.enum(STATEMENT_STATUSES),
    data: z.record(z.string(), z.unknown()).describe('Kind-specific extras, e.g. property/value of an attribute statement'),
    references: z.array(referenceSchema),
    version: z.number().int(),
  })
  .meta({ id: 'Statement' });

/** A reference as given in inputs. */
export const referenceInputSchema = z.object({
  url: z.url(),
  title: z.string().min(1).max(1000).optional(),
  publisher: z.string().min(1).max(300).optional(),
  published: partialDateInputSchema.optional(),
  retrieved: partialDateInputSchema.optional(),
  quote: z.string().min(1).max(5000).optional(),
});

/** `POST /api/statements` body. Entities are given by id. */
export const createStatementBodySchema = z.object({
  kind: z.enum(STATEMENT_KINDS),
  subject: z.string().min(1),
  object: z.string().min(1).optional(),
  post: z.string().min(1).optional(),
  role: z.string().min(1).max(200).optional(),
  on_behalf_of: z.string().min(1).optional(),
  start: partialDateInputSchema.optional(),
  end: partialDateInputSchema.optional(),
  how: z.string().min(1).max(100).optional(),
  ordinal: z.number().int().positive().optional(),
  rank: z.enum(RANKS).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  references: z.array(referenceInputSchema).min(1, 'at least one reference (source) is required'),
  reason: reasonSchema.optional(),
});

/** `POST /api/statements/:id/end` body. */
export const endStatementBodySchema = z.object({
  end: partialDateInputSchema,
  reason: reasonSchema,
  reference: referenceInputSchema.optional(),
});

/**
 * `PATCH /api/statements/:id` body: the fields of THIS statement to change (left out = kept, null =
 * cleared), a required reason and a required reference (the source of the correction, added to the
 * statement's references). A new term is a new statement, not an edit.
 */
export const updateStatementBodySchema = z.object({
  start: partialDateInputSchema.nullable().optional(),
  end: partialDateInputSchema.nullable().optional(),
  role: z.string().min(1).max(200).nullable().optional(),
  ordinal: z.number().int().positive().nullable().optional(),
  how: z.string().min(1).max(100).nullable().optional(),
  on_behalf_of: z.string().min(1).nullable().optional(),
  data: z.record(z.string(), z.unknown()).optional().describe('Qualifiers of the kind (replaces the stored object)'),
  reason: reasonSchema,
  reference: referenceInputSchema,
});

/** `POST /api/statements/:id/deprecate` and `/reject` body. */
export const reasonBodySchema = z.object({ reason: reasonSchema });

/** A stored partial ISO date (from a source row) as a PartialDate: precision from its length. */
export function isoToPartialDate(value: string): PartialDate {
  return { value, precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day', calendar: 'gregorian' };
}

/** A summary for `id`, falling back to a bare one when the entity is unknown (never expected). */
function summaryOf(id: string, related: Record<string, EntitySummary>): z.output<typeof entitySummarySchema> {
  const s = related[id];
  return s ? { id: s.id, type: s.type, labels: s.labels } : { id, type: 'city', labels: {} };
}

/** The API form of a domain statement; `related` maps entity ids to their summaries. */
export function statementToJson(s: Statement, related: Record<string, EntitySummary>): z.output<typeof statementSchema> {
  const link = (id: string | undefined) => (id === undefined ? null : summaryOf(id, related));
  return {
    id: s.id,
    kind: s.kind,
    subject: summaryOf(s.subjectId, related),
    object: link(s.objectId),
    post: link(s.postId),
    role: s.role ?? null,
    on_behalf_of: link(s.onBehalfOfId),
    start: s.start ?? null,
    end: s.end ?? null,
    how: s.how ?? null,
    ordinal: s.ordinal ?? null,
    rank: s.rank,
    status: s.status,
    data: s.data,
    references: s.references.map((r) => ({
      id: r.id,
      url: r.source.url,
      ...(r.source.title !== undefined ? { title: r.source.title } : {}),
      ...(r.source.publisher !== undefined ? { publisher: r.source.publisher } : {}),
      ...(r.source.published !== undefined ? { published: isoToPartialDate(r.source.published) } : {}),
      ...(r.source.retrieved !== undefined ? { retrieved: isoToPartialDate(r.source.retrieved) } : {}),
      ...(r.quote !== undefined ? { quote: r.quote } : {}),
    })),
    version: s.version,
  };
}
