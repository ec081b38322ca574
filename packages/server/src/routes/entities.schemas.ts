import { ENTITY_TYPES, nameKindSchema, type EntityPage, type Identifier, type RenderedEntityPage, type Source } from '@shahrnet/core';
import { z } from 'zod';
import { partialDateInputSchema, partialDateSchema, reasonSchema } from '../http/common.schemas.js';
import { entitySummarySchema, isoToPartialDate, referenceInputSchema, sourceSchema, statementSchema, statementToJson } from './statements.schemas.js';

/** `GET /api/entities` query. `type` may list several types separated by commas. */
export const searchQuerySchema = z.object({
  q: z.string().max(200).optional(),
  type: z
    .string()
    .regex(new RegExp(`^(${ENTITY_TYPES.join('|')})(,(${ENTITY_TYPES.join('|')}))*$`), `one or more of ${ENTITY_TYPES.join(', ')}, comma-separated`)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2000).optional(),
});

/** A search hit: the summary and how the query matched a name. */
export const searchHitSchema = entitySummarySchema.extend({
  match_kind: z.enum(['exact', 'prefix', 'contains']).nullable().describe('How the query matched a name (null when listing without q)'),
});

/** `GET /api/entities` response. */
export const searchResponseSchema = z.object({ items: z.array(searchHitSchema), next_cursor: z.string().nullable() });

/** A name with its kind and validity period. */
export const nameSchema = z
  .object({
    lang: z.string(),
    text: z.string(),
    kind: nameKindSchema,
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
  })
  .meta({ id: 'EntityName' });

/** A source of an entity record as a whole (where its names and attributes come from). */
export const recordSourceSchema = sourceSchema;

/** Everything the page of an entity shows. */
export const entityDetailSchema = entitySummarySchema
  .extend({
    names: z.array(nameSchema),
    identifiers: z.record(z.string(), z.string()).describe('scheme -> value, e.g. {"wikidata": "Q3616"}'),
    all_ids: z.array(z.string()).describe('This id and every id merged into it'),
    version: z.number().int().describe('Also sent as the ETag; send it back in If-Match to update'),
    attributes: z.record(z.string(), z.unknown()),
    sources: z.array(recordSourceSchema),
    statements: z.array(statementSchema).describe('Every statement where the entity is subject, object, post or on_behalf_of'),
    redirected_from: z.string().optional().describe('Set when the requested id was merged into this entity'),
  })
  .meta({ id: 'EntityDetail' });

/** A name as given in inputs. */
export const nameInputSchema = z.object({
  lang: z.string().min(2).max(10),
  text: z.string().trim().min(1).max(300),
  kind: nameKindSchema.optional(),
  from: partialDateInputSchema.optional(),
  to: partialDateInputSchema.optional(),
});

const identifiersInputSchema = z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.string().min(1).max(200));

/** `POST /api/entities` body. */
export const createEntityBodySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  names: z.array(nameInputSchema).min(1, 'at least one name is required'),
  identifiers: identifiersInputSchema.optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  sources: z.array(referenceInputSchema.omit({ quote: true })).optional(),
  reason: reasonSchema,
});

/** `PATCH /api/entities/:id` body (`If-Match` header required). */
export const updateEntityBodySchema = z.object({
  names: z.array(nameInputSchema).min(1).optional(),
  identifiers: identifiersInputSchema.optional(),
  attributes: z.record(z.string(), z.unknown()).optional().describe('A patch: a key set to null is removed'),
  sources: z.array(referenceInputSchema.omit({ quote: true })).optional(),
  reason: reasonSchema,
});

/** `POST /api/entities/:id/merge` body: merge this entity into `into` (the survivor). */
export const mergeBodySchema = z.object({ into: z.string().min(1), reason: reasonSchema });

/** `GET /api/entities/:id/history` query. */
export const historyQuerySchema = z.object({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** One change in the history. */
export const historyEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
    action: z.string(),
    target: z.object({ type: z.enum(['entity', 'statement', 'claim']), id: z.string() }),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'HistoryEntry' });

/** `GET /api/entities/:id/history` response. */
export const historyResponseSchema = z.object({ items: z.array(historyEntrySchema), next_cursor: z.string().nullable() });

/** Identifiers as the API's scheme -> value object (the first value of a scheme wins). */
export function identifiersToJson(ids: readonly Identifier[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of ids) out[i.scheme] ??= i.value;
  return out;
}

/** Identifiers from the API's object form. */
export function identifiersFromJson(ids: Record<string, string> | undefined): Identifier[] | undefined {
  return ids === undefined ? undefined : Object.entries(ids).map(([scheme, value]) => ({ scheme, value }));
}

function sourceToJson(s: Source): z.output<typeof recordSourceSchema> {
  return {
    id: s.id,
    url: s.url,
    ...(s.title !== undefined ? { title: s.title } : {}),
    ...(s.publisher !== undefined ? { publisher: s.publisher } : {}),
    ...(s.published !== undefined ? { published: isoToPartialDate(s.published) } : {}),
    ...(s.retrieved !== undefined ? { retrieved: isoToPartialDate(s.retrieved) } : {}),
  };
}

/** The API form of an entity page: statements flattened (each once) with linked entities as summaries. */
export function entityPageToJson(page: EntityPage): z.output<typeof entityDetailSchema> {
  const { entity } = page;
  const self = { id: entity.id, type: entity.type, labels: entity.labels };
  const related: EntityPage['related'] = { ...page.related };
  for (const id of entity.allIds) related[id] = self;
  const seen = new Set<string>();
  const statements = [];
  for (const group of page.groups) {
    for (const s of group.statements) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      statements.push(statementToJson(s, related));
    }
  }
  return {
    id: entity.id,
    type: entity.type,
    labels: entity.labels,
    names: entity.names.map((n) => ({
      lang: n.lang,
      text: n.text,
      kind: n.kind,
      ...(n.from ? { from: n.from } : {}),
      ...(n.to ? { to: n.to } : {}),
    })),
    identifiers: identifiersToJson(entity.identifiers),
    all_ids: entity.allIds,
    version: entity.version,
    attributes: entity.attributes,
    sources: page.sources.map(sourceToJson),
    ...(page.redirectedFrom !== undefined ? { redirected_from: page.redirectedFrom } : {}),
    statements,
  };
}

/**
 * The response body (UTF-8 JSON) of an entity page the database wrote in the API's form
 * (`getEntityRendered`): the same document as `JSON.stringify(entityPageToJson(getEntity(...)))`, its
 * bytes sent as they came instead of being parsed and written again; `redirected_from` is put in front
 * when the id asked for was merged.
 */
export function renderedEntityPageBody(page: RenderedEntityPage): Buffer {
  if (page.redirectedFrom === undefined) return page.json;
  return Buffer.concat([Buffer.from(`{"redirected_from":${JSON.stringify(page.redirectedFrom)},`), page.json.subarray(1)]);
}
