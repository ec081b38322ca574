/**
 * Types of the HTTP API v1, written by hand from the contract and checked against the server's
 * generated document, packages/server/openapi.json (the truth): `openapi.test.ts` fails when a path
 * the client calls is missing or when an object here and its OpenAPI schema disagree on field names.
 * Field names are the wire names (snake_case) so nothing is renamed between server and screen.
 */
import type { PartialDate } from '../format/partial-date.ts';

export type { PartialDate } from '../format/partial-date.ts';

/** Every entity type the registry knows. */
export const ENTITY_TYPES = ['city', 'country', 'organization', 'person', 'post', 'event', 'agreement', 'proposal'] as const;
/** One entity type. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Names by language; either may be missing. */
export interface Labels {
  fa?: string;
  en?: string;
}

/** What a list or a reference shows of an entity. */
export interface EntitySummary {
  id: string;
  type: EntityType;
  labels: Labels;
}

/** One search hit and how the query matched one of its names (null when listing without a query). */
export interface SearchHit extends EntitySummary {
  match_kind: 'exact' | 'prefix' | 'contains' | null;
}

/** A page of a cursor-paged list. */
export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** One name of an entity. */
export interface EntityName {
  lang: string;
  text: string;
  kind: string;
  from?: PartialDate;
  to?: PartialDate;
}

/** Where a fact was stated. */
export interface Reference {
  id: string;
  url: string;
  title?: string;
  publisher?: string;
  published?: PartialDate;
  retrieved?: PartialDate;
  quote?: string;
}

/** Statement kinds of the registry ("subject —kind→ object"): the core's list, one source of truth. */
import { STATEMENT_KINDS } from '@shahrnet/core/domain/statement.ts';

export { STATEMENT_KINDS };
/** A statement kind; the server may add kinds, so any string is accepted and shown as sent. */
export type StatementKind = (typeof STATEMENT_KINDS)[number] | (string & {});

/** A fact with its qualifiers, sources, rank and review status (Wikibase-style). */
export interface Statement {
  id: string;
  kind: StatementKind;
  subject: EntitySummary;
  object: EntitySummary | null;
  post: EntitySummary | null;
  role: string | null;
  on_behalf_of: EntitySummary | null;
  start: PartialDate | null;
  end: PartialDate | null;
  how: string | null;
  ordinal: number | null;
  rank: 'preferred' | 'normal' | 'deprecated';
  status: 'proposed' | 'accepted' | 'rejected';
  /** Kind-specific extras, e.g. `property`/`value` of an `attribute` statement. */
  data: Record<string, unknown>;
  references: Reference[];
  version: number;
}

/** A source document of an entity record as a whole (where its names and attributes come from). */
export interface RecordSource {
  id: string;
  url: string;
  title?: string;
  publisher?: string;
  published?: PartialDate;
  retrieved?: PartialDate;
}

/** Type-specific attributes; every field optional because each type fills its own. */
export interface EntityAttributes {
  country?: EntitySummary | string;
  coordinates?: { lat: number; lon: number };
  population?: number;
  province?: string;
  classification?: string;
  founding_date?: PartialDate;
  founding_place?: EntitySummary;
  parent?: EntitySummary;
  seats?: { city: EntitySummary; since?: PartialDate; until?: PartialDate }[];
  event_type?: string;
  ordinal?: number;
  organization?: EntitySummary;
  host?: EntitySummary;
  virtual?: boolean;
  start?: PartialDate;
  end?: PartialDate;
  agreement_type?: string;
  status?: string;
  date?: PartialDate;
  [key: string]: unknown;
}

/** A full entity record as its page shows it. */
export interface EntityDetail extends EntitySummary {
  names: EntityName[];
  identifiers: Record<string, string | undefined>;
  all_ids: string[];
  version: number;
  attributes: EntityAttributes;
  sources: RecordSource[];
  statements: Statement[];
  /** Set when the id asked for was merged into this entity. */
  redirected_from?: string;
}

/** Roles in the order of their powers. */
export type UserRole = 'admin' | 'editor' | 'reviewer' | 'viewer';

/** A user account. */
export interface User {
  id: string;
  username: string;
  display_name: string;
  role: UserRole;
  disabled: boolean;
}

/** The answer of GET /api/auth/me. */
export interface Session {
  user: User | null;
  csrf_token: string | null;
  public_read: boolean;
}

/** A reference as sent when creating a statement. Dates use the input forms (`jalali:1402`). */
export interface ReferenceInput {
  url: string;
  title?: string;
  publisher?: string;
  published?: string;
  retrieved?: string;
  quote?: string;
}

/** Body of POST /api/statements. Entity fields are ids; dates use the input forms. */
export interface StatementInput {
  kind: StatementKind;
  subject: string;
  object?: string;
  post?: string;
  role?: string;
  on_behalf_of?: string;
  start?: string;
  end?: string;
  how?: string;
  ordinal?: number;
  rank?: Statement['rank'];
  references: ReferenceInput[];
  reason?: string;
}

/** One entry of an entity's history. */
export interface HistoryEntry {
  id: string;
  at: string;
  actor: { kind: string; id: string; name: string };
  action: string;
  target: { type: 'entity' | 'statement'; id: string };
  before: unknown;
  after: unknown;
  reason: string | null;
}
