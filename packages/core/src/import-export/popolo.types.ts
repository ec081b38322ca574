/**
 * The Popolo JSON document Shahrnet exports and imports. Popolo's own fields are filled for any
 * Popolo tool; a `shahrnet` block on each object (additional properties are allowed by the Popolo
 * schemas) carries what Popolo has no field for — Jalali-stated dates, name kinds, literal
 * attributes, statement kinds, ranks and statuses — so that export → import → export loses nothing.
 * Agreements, proposals, merged (redirecting) entities and non-membership statements live in
 * extension arrays beside Popolo's.
 */

/** A Popolo link (source) with the reference fields Shahrnet keeps. */
export interface PopoloLink {
  url: string;
  note?: string;
  title?: string;
  publisher?: string;
  published?: string;
  retrieved?: string;
  content_hash?: string;
  quote?: string;
  char_start?: number;
  char_end?: number;
  extractor_version?: string;
  confidence?: number;
}

/** A Popolo other_name, with its language and Shahrnet name kind (`note`). */
export interface PopoloOtherName {
  name: string;
  lang: string;
  note: string;
  start_date?: string;
  end_date?: string;
}

/** Shahrnet's exact form of a name: dates in input form (`jalali:1402`). */
export interface NameOut {
  lang: string;
  text: string;
  kind: string;
  from?: string;
  to?: string;
}

/** The exact entity Shahrnet stored. Date attributes are in input form. */
export interface EntityBlock {
  type: string;
  names: NameOut[];
  attributes: Record<string, unknown>;
  merged_into?: string;
}

/** Fields every exported entity object has. */
export interface PopoloEntityBase {
  id: string;
  name: string;
  other_names: PopoloOtherName[];
  identifiers: { scheme: string; identifier: string }[];
  sources: PopoloLink[];
  shahrnet: EntityBlock;
  [popoloField: string]: unknown;
}

/** A statement in Shahrnet's exact form (dates in input form). */
export interface StatementOut {
  id: string;
  kind: string;
  subject_id: string;
  object_id?: string;
  post_id?: string;
  role?: string;
  on_behalf_of_id?: string;
  ordinal?: number;
  how?: string;
  start?: string;
  end?: string;
  rank: string;
  status: string;
  data?: Record<string, unknown>;
  references?: PopoloLink[];
}

/** A Popolo membership; `shahrnet` is the exact statement (its references are `sources`). */
export interface PopoloMembership {
  id: string;
  person_id?: string;
  member?: { '@type': string; id: string };
  organization_id: string;
  post_id?: string;
  role?: string;
  on_behalf_of_id?: string;
  start_date?: string;
  end_date?: string;
  sources: PopoloLink[];
  shahrnet?: Omit<StatementOut, 'references'>;
  [popoloField: string]: unknown;
}

/** The exported document. */
export interface PopoloDocument {
  persons: PopoloEntityBase[];
  organizations: PopoloEntityBase[];
  areas: PopoloEntityBase[];
  posts: PopoloEntityBase[];
  events: PopoloEntityBase[];
  memberships: PopoloMembership[];
  /** Extensions (not Popolo types). */
  agreements?: PopoloEntityBase[];
  proposals?: PopoloEntityBase[];
  /** Entities merged into others; they redirect (their ids are the survivors' `all_ids`). */
  merged?: PopoloEntityBase[];
  /** Statements that are not memberships (host, organizer, party, seat...). */
  statements?: StatementOut[];
  meta?: { generator: string; format_version: number; exported_at?: string };
}
