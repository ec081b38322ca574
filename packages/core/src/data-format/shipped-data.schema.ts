import { z } from 'zod';

/**
 * The shipped-data format: the JSON Lines files under `data/` (documented in `data/README.md`).
 * One record per line so that a bad row is reported with its file and line. Records reference each
 * other by `id` (a stable, lower-case ASCII slug). The same schemas validate `shahrnet import` files.
 *
 * Dates are partial ISO 8601 Gregorian strings: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the length is the
 * precision. A Jalali date may be given as `jalali:1402`, `jalali:1402-09` or `jalali:1402-09-10` and is
 * converted on import, keeping its precision and the calendar it was stated in.
 */

/** A stable slug: lower-case ASCII letters, digits and hyphens, e.g. `tehran`, `alireza-zakani`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is a lower-case slug: letters a-z, digits and single hyphens');

/** A partial date, Gregorian ISO or `jalali:`-prefixed. */
export const partialDateInputSchema = z
  .string()
  .regex(
    /^(?:jalali:)?\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'a date is YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with jalali:',
  );

/** Kinds of names, after Popolo's other_names and Wikidata's aliases. */
export const nameKindSchema = z.enum(['official', 'alias', 'variant', 'transliteration', 'acronym', 'former']);

/**
 * A name in one language. The first `official` name in a language is the entity's label in it.
 * `variant` covers spelling variants (بوگاتا for بوگوتا); `from`/`to` bound a name's validity.
 */
export const nameSchema = z.object({
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as fa or en'),
  text: z.string().trim().min(1),
  kind: nameKindSchema.default('official'),
  from: partialDateInputSchema.optional(),
  to: partialDateInputSchema.optional(),
});

/** External identifiers. Put a Wikidata QID only where it was verified. */
export const identifiersSchema = z
  .object({
    wikidata: z.string().regex(/^Q[1-9]\d*$/).optional(),
    geonames: z.string().regex(/^\d+$/).optional(),
    iso3166: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/).optional(),
    website: z.url().optional(),
  })
  .strict();

/** A reference: where a fact was stated (Wikidata's reference URL / title / stated in / retrieved). */
export const sourceSchema = z.object({
  url: z.url(),
  title: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  published: partialDateInputSchema.optional(),
  retrieved: partialDateInputSchema.optional(),
  quote: z.string().min(1).optional(),
});

const entityBase = {
  id: slugSchema,
  names: z.array(nameSchema).min(1),
  identifiers: identifiersSchema.default({}),
  sources: z.array(sourceSchema).default([]),
};

/** A country (an area). `id` is usually the English short name slug, `iso2` its ISO 3166-1 code. */
export const countryRecordSchema = z.object({
  ...entityBase,
  type: z.literal('country'),
  iso2: z.string().regex(/^[A-Z]{2}$/),
});

/** A city (an area): where it is and how big. `country` is an ISO 3166-1 alpha-2 code. */
export const cityRecordSchema = z.object({
  ...entityBase,
  type: z.literal('city'),
  country: z.string().regex(/^[A-Z]{2}$/),
  province: z.string().min(1).optional(),
  coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  population: z.number().int().nonnegative().optional(),
  capital: z.enum(['country', 'province']).optional(),
});

/** Popolo organization classifications used by Shahrnet. */
export const organizationClassificationSchema = z.enum([
  'city_network',
  'municipality',
  'city_council',
  'national_body',
  'international_body',
  'company',
  'bank',
  'other',
]);

/** What an organization's seat in a city is. */
export const seatKindSchema = z.enum(['secretariat', 'headquarters', 'regional_office', 'office']);

/** An organization: a network of cities, a municipality, a ministry, a company... */
export const organizationRecordSchema = z.object({
  ...entityBase,
  type: z.literal('organization'),
  classification: organizationClassificationSchema,
  parent: slugSchema.optional(),
  /** The city an organization belongs to (a municipality's city). */
  city: slugSchema.optional(),
  founding_date: partialDateInputSchema.optional(),
  founding_place: slugSchema.optional(),
  founding_initiator: slugSchema.optional(),
  dissolution_date: partialDateInputSchema.optional(),
  /**
   * Seats over time: the secretariat, headquarters or a regional office (Metropolis has its
   * secretariat in Barcelona and a regional office in Mashhad). `kind` defaults to a secretariat.
   */
  seats: z
    .array(
      z.object({
        city: slugSchema,
        kind: seatKindSchema.optional(),
        since: partialDateInputSchema.optional(),
        until: partialDateInputSchema.optional(),
      }),
    )
    .default([]),
});

/** A person. */
export const personRecordSchema = z.object({
  ...entityBase,
  type: z.literal('person'),
  gender: z.enum(['female', 'male', 'other']).optional(),
});

/**
 * The role vocabulary (corpus conventions): the role of a post or a post holding.
 * `member` is used for plain memberships (a city in a network).
 */
export const roleSchema = z.enum([
  'mayor',
  'deputy_mayor',
  'president',
  'co_president',
  'vice_president',
  'treasurer',
  'regional_vice_president',
  'secretary_general',
  'board_member',
  'executive_board_member',
  'council_member',
  'council_president',
  'consul_general',
  'ambassador',
  'spokesperson',
  'director_general',
  'minister',
  'member',
  'other',
]);

/** A post: an office in an organization or city, e.g. "Mayor of Tehran", "Co-president of Metropolis". */
export const postRecordSchema = z.object({
  id: slugSchema,
  type: z.literal('post'),
  /** The organization, city or country the post belongs to (corpus convention: a mayor's org is the city). */
  organization: slugSchema,
  role: roleSchema,
  labels: z.object({ fa: z.string().min(1).optional(), en: z.string().min(1) }),
});

/** How a term began. */
export const tenureStartSchema = z.enum(['elected', 'reelected', 'appointed', 'by_office', 'founding', 'joined', 'held']);

/**
 * A membership or a post holding (Popolo Membership): one record per term. The member is a person,
 * a city or an organization; `on_behalf_of` is the city a mayor represents in a network office.
 */
export const membershipRecordSchema = z.object({
  id: slugSchema.optional(),
  type: z.literal('membership'),
  member: slugSchema,
  organization: slugSchema,
  post: slugSchema.optional(),
  role: roleSchema,
  on_behalf_of: slugSchema.optional(),
  start: partialDateInputSchema.optional(),
  end: partialDateInputSchema.optional(),
  how: tenureStartSchema.optional(),
  /** Series ordinal: Qazvin was the 20th member. */
  ordinal: z.number().int().positive().optional(),
  category: z.enum(['full', 'associate', 'observer']).optional(),
  sources: z.array(sourceSchema).min(1, 'every membership needs at least one source'),
});

/** Event types (corpus vocabulary plus bilateral meetings). */
export const eventTypeSchema = z.enum([
  'congress',
  'general_assembly',
  'session',
  'summit',
  'forum',
  'conference',
  'visit',
  'meeting',
]);

/** An event: a numbered congress, a session hosted by a member city, a visit, a meeting. */
export const eventRecordSchema = z.object({
  id: slugSchema,
  type: z.literal('event'),
  event_type: eventTypeSchema,
  names: z.array(nameSchema).default([]),
  ordinal: z.number().int().positive().optional(),
  organization: slugSchema.optional(),
  host: slugSchema.optional(),
  place: z.string().min(1).optional(),
  virtual: z.boolean().optional(),
  start: partialDateInputSchema.optional(),
  end: partialDateInputSchema.optional(),
  participants: z
    .array(z.object({ entity: slugSchema, role: z.string().min(1).optional(), on_behalf_of: slugSchema.optional() }))
    .default([]),
  sources: z.array(sourceSchema).min(1),
});

/** An agreement between cities or organizations. */
export const agreementRecordSchema = z.object({
  id: slugSchema,
  type: z.literal('agreement'),
  agreement_type: z.enum(['sister_city', 'mou', 'cooperation']),
  parties: z.array(slugSchema).min(2),
  signatories: z.array(slugSchema).default([]),
  status: z.enum(['proposed', 'signed', 'in_force', 'expired', 'terminated']),
  date: partialDateInputSchema.optional(),
  names: z.array(nameSchema).default([]),
  sources: z.array(sourceSchema).min(1),
});

/** Any record of the shipped-data format, discriminated by `type`. */
export const shippedRecordSchema = z.discriminatedUnion('type', [
  countryRecordSchema,
  cityRecordSchema,
  organizationRecordSchema,
  personRecordSchema,
  postRecordSchema,
  membershipRecordSchema,
  eventRecordSchema,
  agreementRecordSchema,
]);

export type CountryRecord = z.output<typeof countryRecordSchema>;
export type CityRecord = z.output<typeof cityRecordSchema>;
export type OrganizationRecord = z.output<typeof organizationRecordSchema>;
export type PersonRecord = z.output<typeof personRecordSchema>;
export type PostRecord = z.output<typeof postRecordSchema>;
export type MembershipRecord = z.output<typeof membershipRecordSchema>;
export type EventRecord = z.output<typeof eventRecordSchema>;
export type AgreementRecord = z.output<typeof agreementRecordSchema>;
export type ShippedRecord = z.output<typeof shippedRecordSchema>;
export type Role = z.output<typeof roleSchema>;

/**
 * The files of a dataset folder, in load order (later files reference earlier ones).
 * Every file is optional; unknown files are ignored.
 */
export const SHIPPED_FILES = [
  'countries.jsonl',
  'cities.jsonl',
  'organizations.jsonl',
  'people.jsonl',
  'posts.jsonl',
  'memberships.jsonl',
  'events.jsonl',
  'agreements.jsonl',
] as const;
