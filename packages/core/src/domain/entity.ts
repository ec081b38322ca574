import { z } from 'zod';
import {
  identifiersSchema,
  nameKindSchema,
  organizationClassificationSchema,
  eventTypeSchema,
} from '../data-format/shipped-data.schema.js';
import type { PartialDate } from './partial-date.js';

/** The kinds of entity in the registry (Popolo's Person, Organization, Area, Post, Event, plus two). */
export const ENTITY_TYPES = ['city', 'country', 'organization', 'person', 'post', 'event', 'agreement', 'proposal'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const entityTypeSchema = z.enum(ENTITY_TYPES);

/** Kind of a name: official, alias, spelling variant, transliteration, acronym, former. */
export type NameKind = z.output<typeof nameKindSchema>;

/** A name in one language, with its kind and validity period. */
export interface EntityName {
  lang: string;
  text: string;
  kind: NameKind;
  from?: PartialDate;
  to?: PartialDate;
}

/** An external identifier: `{ scheme: 'wikidata', value: 'Q3616' }`. */
export interface Identifier {
  scheme: string;
  value: string;
}

/** Identifier schemes known to the registry (extra schemes are accepted as free text). */
export const identifierSchemeSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a scheme is a lower-case word');
/** The shipped-data identifier object, reused to validate known schemes. */
export const knownIdentifiersSchema = identifiersSchema;

const partialDateSchema = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  precision: z.enum(['year', 'month', 'day']),
  calendar: z.enum(['gregorian', 'jalali']),
});

/**
 * Literal attributes per entity type. Links to other entities (a city's seat, an event's host, a
 * post's organization) are NOT attributes: they are statements, so they carry sources, terms and
 * history, and they are queryable from both ends.
 */
export const attributeSchemas = {
  city: z.object({
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    province: z.string().min(1).optional(),
    coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
    population: z.number().int().nonnegative().optional(),
    capital: z.enum(['country', 'province']).optional(),
  }).strict(),
  country: z.object({ iso2: z.string().regex(/^[A-Z]{2}$/).optional() }).strict(),
  organization: z.object({
    classification: organizationClassificationSchema.optional(),
    founding_date: partialDateSchema.optional(),
    dissolution_date: partialDateSchema.optional(),
  }).strict(),
  person: z.object({ gender: z.enum(['female', 'male', 'other']).optional() }).strict(),
  post: z.object({ role: z.string().min(1).optional() }).strict(),
  event: z.object({
    event_type: eventTypeSchema.optional(),
    ordinal: z.number().int().positive().optional(),
    place: z.string().min(1).optional(),
    virtual: z.boolean().optional(),
    start: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
  }).strict(),
  agreement: z.object({
    agreement_type: z.enum(['sister_city', 'mou', 'cooperation']).optional(),
    status: z.enum(['proposed', 'signed', 'in_force', 'expired', 'terminated']).optional(),
    date: partialDateSchema.optional(),
  }).strict(),
  proposal: z.object({
    subject: z.string().min(1).optional(),
    status: z.enum(['proposed', 'under_discussion', 'adopted', 'rejected', 'materialised', 'abandoned']).optional(),
  }).strict(),
} satisfies Record<EntityType, z.ZodType>;

/** The attributes of one entity type. */
export type EntityAttributes<T extends EntityType = EntityType> = z.output<(typeof attributeSchemas)[T]>;

/**
 * An entity of the registry (domain view, not a row). `labels` are the first official name per
 * language (falling back to any name). `allIds` lists this id and the ids of every entity merged
 * into it; `mergedInto` is set on a merged (loser) entity, which is kept and redirects.
 * `version` is the optimistic-locking counter exposed as the ETag.
 */
export interface Entity {
  id: string;
  type: EntityType;
  labels: { fa?: string; en?: string };
  names: EntityName[];
  identifiers: Identifier[];
  attributes: Record<string, unknown>;
  allIds: string[];
  mergedInto?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Picks the label of each language from names: the first official name, else the first name. */
export function labelsOf(names: readonly EntityName[]): { fa?: string; en?: string } {
  const pick = (lang: string): string | undefined =>
    (names.find((n) => n.lang === lang && n.kind === 'official') ?? names.find((n) => n.lang === lang))?.text;
  const labels: { fa?: string; en?: string } = {};
  const fa = pick('fa');
  const en = pick('en');
  if (fa !== undefined) labels.fa = fa;
  if (en !== undefined) labels.en = en;
  return labels;
}

/** The short form of an entity used in lists, search results and related-entity maps. */
export interface EntitySummary {
  id: string;
  type: EntityType;
  labels: { fa?: string; en?: string };
}
