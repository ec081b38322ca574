import type { PartialDate } from './partial-date.js';

/**
 * The kinds of statement. Every link between two entities is a statement (with references, a term,
 * a rank and a status), read "subject —kind→ object":
 * - `membership`: member (person | city | organization) → organization; with `postId` it is a post
 *   holding (one record per term), `role` from the role vocabulary, `onBehalfOfId` the represented city.
 * - `participation`: participant → event (`role` free text, `onBehalfOfId`).
 * - `host`: event → host city. `organizer`: event → organization.
 * - `party`: party → agreement. `signatory`: signer → agreement (`onBehalfOfId`).
 * - `proposer`: proposer → proposal.
 * - `seat`: organization → city of its secretariat, over a term (seats move).
 * - `parent`: organization → parent organization. `located_in`: organization → its city.
 * - `founded_in`: organization → founding place. `founded_by`: organization → initiator.
 * - `post_of`: post → the organization (or city) the post belongs to.
 * - `attribute`: a sourced literal value of the subject, `data.property` / `data.value`.
 */
export const STATEMENT_KINDS = [
  'membership',
  'participation',
  'host',
  'organizer',
  'party',
  'signatory',
  'proposer',
  'seat',
  'parent',
  'located_in',
  'founded_in',
  'founded_by',
  'post_of',
  'attribute',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Wikidata ranks: superseded facts are deprecated, never deleted. */
export const RANKS = ['preferred', 'normal', 'deprecated'] as const;
export type Rank = (typeof RANKS)[number];

/** Review status: machine claims start `proposed` (issue 4); curated facts are `accepted`. */
export const STATEMENT_STATUSES = ['proposed', 'accepted', 'rejected'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

/** A source document (unique by URL). */
export interface Source {
  id: string;
  url: string;
  title?: string;
  publisher?: string;
  published?: string;
  retrieved?: string;
  contentHash?: string;
}

/** A reference: which source supports a statement, optionally with the quoted span and who extracted it. */
export interface Reference {
  id: string;
  source: Source;
  quote?: string;
  charStart?: number;
  charEnd?: number;
  extractorVersion?: string;
  confidence?: number;
}

/**
 * What every shape of a statement shares: its kind and the entities and qualifiers it links
 * (input, validated and stored forms differ only in dates, ids and bookkeeping).
 */
export interface StatementLinks {
  kind: StatementKind;
  subjectId: string;
  objectId?: string;
  postId?: string;
  role?: string;
  onBehalfOfId?: string;
  ordinal?: number;
  how?: string;
}

/** A statement (domain view). `data` holds kind-specific extras (membership category, attribute values). */
export interface Statement extends StatementLinks {
  id: string;
  start?: PartialDate;
  end?: PartialDate;
  rank: Rank;
  status: StatementStatus;
  data: Record<string, unknown>;
  version: number;
  createdAt: string;
  updatedAt: string;
  references: Reference[];
}

/** Source input: a URL and what is known about the document. Dates as partial ISO / `jalali:` input. */
export interface SourceInput {
  url: string;
  title?: string;
  publisher?: string;
  published?: string;
  retrieved?: string;
  contentHash?: string;
}

/** Reference input: a source plus the quoted span and extraction metadata. */
export interface ReferenceInput {
  source: SourceInput;
  quote?: string;
  charStart?: number;
  charEnd?: number;
  extractorVersion?: string;
  confidence?: number;
}
